import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { instantToLocalDate, instantToLocalDateTime, validateRecurrence } from '@engines/calendar'

/** Refuses an event whose RRULE the Calendar engine cannot expand, with the engine's message. */
export const validateEventRecurrence: CollectionBeforeValidateHook = ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data }
  const rrule = merged.recurrence?.rrule
  if (!rrule || !merged.startsAt) return data
  const exceptions = Array.isArray(merged.recurrence?.exceptions)
    ? merged.recurrence.exceptions.flatMap((row: { date?: string }) =>
        row?.date ? [instantToLocalDate(new Date(row.date))] : [],
      )
    : []
  const startsAt = new Date(merged.startsAt)
  const start = merged.isAllDay ? instantToLocalDate(startsAt) : instantToLocalDateTime(startsAt)
  const problem = validateRecurrence({ rrule: String(rrule), start, exceptions })
  if (problem) {
    throw new ValidationError({
      collection: 'events',
      errors: [{ path: 'recurrence.rrule', message: problem }],
      req,
    })
  }
  return data
}
