import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { patternOf } from '../../../lib/model'
import { sessionSchedule } from '../../../lib/schedule'

/** A weekly pattern the calendar engine cannot expand is refused at save, in both languages. */
export const checkSchedule: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  try {
    const { meetings } = sessionSchedule(patternOf(merged))
    if (meetings.length === 0) throw new RangeError('no meeting')
  } catch (err) {
    throw new ValidationError({
      collection: 'activity-sessions',
      errors: [
        {
          path: 'schedule',
          message: `Horaire invalide (${(err as Error).message}) / Invalid schedule`,
        },
      ],
      req,
    })
  }
  return data
}
