import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { instantToLocalDate, validateRecurrence } from '@engines/calendar'

const dates = (rows: unknown, key: string): string[] =>
  Array.isArray(rows)
    ? rows.flatMap((row) => (row?.[key] ? [instantToLocalDate(new Date(row[key]))] : []))
    : []

/** Refuses a collection schedule whose rule, dates or moves the Calendar engine cannot expand. */
export const validateScheduleRecurrence: CollectionBeforeValidateHook = ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data }
  if (!merged.rrule || !merged.startDate) return data
  const moves = Array.isArray(merged.moves)
    ? merged.moves.flatMap((m: { from?: string; to?: string }) =>
        m?.from && m?.to
          ? [{ from: instantToLocalDate(new Date(m.from)), to: instantToLocalDate(new Date(m.to)) }]
          : [],
      )
    : []
  const problem = validateRecurrence({
    rrule: String(merged.rrule),
    start: instantToLocalDate(new Date(merged.startDate)),
    exceptions: dates(merged.exceptions, 'date'),
    moves,
  })
  if (problem) {
    throw new ValidationError({
      collection: 'collection-schedules',
      errors: [{ path: 'rrule', message: problem }],
      req,
    })
  }
  return data
}
