import type { RRule as RRuleInstance } from 'rrule'

import { CalendarError } from './errors'
import { type ParsedRule, buildRRule, parseRule } from './rule'
import {
  type FloatingTime,
  assertTimeZone,
  cityTimeZone,
  floatingToInstant,
  formatFloating,
  instantToFloating,
  isLocalDate,
  parseFloating,
} from './timeZone'

export { CalendarError }

export type Recurrence = {
  /** RFC 5545 RRULE body without DTSTART, e.g. 'FREQ=WEEKLY;BYDAY=TU' or 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE' */
  rrule?: string | null
  /** local wall-clock start in the city's zone: 'YYYY-MM-DD' (all-day) or 'YYYY-MM-DDTHH:mm' */
  start: string
  /**
   * local end for a single occurrence, same format; or use durationMinutes. An all-day end is the
   * last day included ('2026-07-03' to '2026-07-05' lasts three days).
   */
  end?: string | null
  durationMinutes?: number | null
  /** local dates ('YYYY-MM-DD') on which an occurrence is cancelled */
  exceptions?: string[] | null
  /** occurrences moved to another local date (e.g. a holiday): the time of day is kept */
  moves?: { from: string; to: string }[] | null
}

export type Occurrence = {
  start: Date
  /** exclusive; for all-day occurrences, the local midnight after the last day */
  end: Date
  /** local date of the start, 'YYYY-MM-DD' */
  localDate: string
  isAllDay: boolean
  isMoved: boolean
}

/** A validated recurrence in floating time, ready to expand or publish. */
export type CompiledRecurrence = {
  timeZone: string
  isAllDay: boolean
  start: FloatingTime
  /** wall-clock length of each occurrence */
  lengthMs: number
  rule: ParsedRule | null
  rrule: RRuleInstance | null
  /** the first occurrence the rule produces, before exceptions and moves */
  first: FloatingTime
  exceptions: string[]
  moves: { from: string; to: string }[]
}

const minuteMs = 60_000
const dayMs = 86_400_000
const defaultLimit = 1000

const dateError = ({
  field,
  value,
  isDateOnly,
}: {
  field: [string, string]
  value: unknown
  isDateOnly: boolean
}) =>
  new CalendarError({
    fr: `${field[0]} invalide : « ${String(value)} » (attendu ${isDateOnly ? 'AAAA-MM-JJ' : 'AAAA-MM-JJ ou AAAA-MM-JJTHH:mm'})`,
    en: `Invalid ${field[1]}: "${String(value)}" (expected ${isDateOnly ? 'YYYY-MM-DD' : 'YYYY-MM-DD or YYYY-MM-DDTHH:mm'})`,
  })

const moveError = (fr: string, en: string) =>
  new CalendarError({ fr: `Déplacement invalide : ${fr}`, en: `Invalid move: ${en}` })

const hasValue = <T>(value: T | null | undefined | ''): value is T =>
  value !== null && value !== undefined && value !== ''

const lengthOf = (
  recurrence: Recurrence,
  { start, isAllDay }: { start: FloatingTime; isAllDay: boolean },
): number => {
  if (hasValue(recurrence.end)) {
    const end = parseFloating(recurrence.end)
    if (!end) throw dateError({ field: ['Fin', 'end'], value: recurrence.end, isDateOnly: false })
    if (end.isAllDay !== isAllDay) {
      throw new CalendarError({
        fr: 'Le début et la fin doivent être tous deux des dates, ou tous deux des dates avec une heure',
        en: 'The start and the end must both be dates, or both be dates with a time',
      })
    }
    if (end.floating < start) {
      throw new CalendarError({
        fr: `La fin (${recurrence.end}) précède le début (${recurrence.start})`,
        en: `The end (${recurrence.end}) is before the start (${recurrence.start})`,
      })
    }
    return end.floating.getTime() - start.getTime() + (isAllDay ? dayMs : 0)
  }
  if (hasValue(recurrence.durationMinutes)) {
    const minutes = recurrence.durationMinutes
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 0) {
      throw new CalendarError({
        fr: `Durée invalide : ${String(minutes)} (attendu un nombre entier de minutes, 0 ou plus)`,
        en: `Invalid duration: ${String(minutes)} (expected a whole number of minutes, 0 or more)`,
      })
    }
    return isAllDay ? Math.max(1, Math.ceil(minutes / 1440)) * dayMs : minutes * minuteMs
  }
  // RFC 5545 §3.6.1: without DTEND an all-day event lasts one day and a timed one is an instant.
  return isAllDay ? dayMs : 0
}

const checkedDates = (dates: unknown, field: [string, string]): string[] => {
  if (!hasValue(dates)) return []
  if (!Array.isArray(dates)) {
    throw new CalendarError({
      fr: `${field[0]} : une liste de dates AAAA-MM-JJ est attendue`,
      en: `${field[1]}: a list of YYYY-MM-DD dates is expected`,
    })
  }
  for (const date of dates) {
    if (!isLocalDate(date)) throw dateError({ field, value: date, isDateOnly: true })
  }
  return [...new Set(dates as string[])].sort()
}

const checkedMoves = (moves: unknown, exceptions: string[]): { from: string; to: string }[] => {
  if (!hasValue(moves)) return []
  if (!Array.isArray(moves)) {
    throw moveError('une liste { from, to } est attendue', 'a list of { from, to } is expected')
  }
  const seen = new Set<string>()
  return moves.map((move: unknown) => {
    const { from, to } = (move ?? {}) as { from?: unknown; to?: unknown }
    if (!isLocalDate(from)) {
      throw moveError(
        `la date d'origine « ${String(from)} » n'est pas une date valide (AAAA-MM-JJ)`,
        `the original date "${String(from)}" is not a valid date (YYYY-MM-DD)`,
      )
    }
    if (!isLocalDate(to)) {
      throw moveError(
        `la nouvelle date « ${String(to)} » n'est pas une date valide (AAAA-MM-JJ)`,
        `the new date "${String(to)}" is not a valid date (YYYY-MM-DD)`,
      )
    }
    if (seen.has(from)) {
      throw moveError(`le ${from} est déplacé deux fois`, `${from} is moved twice`)
    }
    if (exceptions.includes(from)) {
      throw moveError(
        `le ${from} est à la fois annulé et déplacé`,
        `${from} is both cancelled and moved`,
      )
    }
    seen.add(from)
    return { from, to }
  })
}

/** Validates a recurrence and prepares it for expansion. Throws a CalendarError. */
export const compileRecurrence = (
  recurrence: Recurrence,
  { timeZone = cityTimeZone }: { timeZone?: string } = {},
): CompiledRecurrence => {
  assertTimeZone(timeZone)
  if (!recurrence || typeof recurrence !== 'object') {
    throw new CalendarError({ fr: 'Récurrence manquante', en: 'Missing recurrence' })
  }
  const parsedStart = parseFloating(recurrence.start)
  if (!parsedStart) {
    throw dateError({ field: ['Début', 'start'], value: recurrence.start, isDateOnly: false })
  }
  const { floating: start, isAllDay } = parsedStart
  const lengthMs = lengthOf(recurrence, { start, isAllDay })
  const exceptions = checkedDates(recurrence.exceptions, ["Date d'exception", 'exception date'])
  const moves = checkedMoves(recurrence.moves, exceptions)

  if (!hasValue(recurrence.rrule) || !recurrence.rrule.trim()) {
    return {
      timeZone,
      isAllDay,
      start,
      lengthMs,
      rule: null,
      rrule: null,
      first: start,
      exceptions,
      moves,
    }
  }
  const rule = parseRule(recurrence.rrule, { timeZone })
  const { rrule, first } = buildRRule(rule, start)
  return { timeZone, isAllDay, start, lengthMs, rule, rrule, first, exceptions, moves }
}

const timeOfDayMs = (floating: FloatingTime) => ((floating.getTime() % dayMs) + dayMs) % dayMs

/** Where an occurrence on this local date would start: the date at the series' time of day. */
export const occurrenceStartOn = (compiled: CompiledRecurrence, localDate: string): FloatingTime =>
  new Date(Date.parse(`${localDate}T00:00:00Z`) + timeOfDayMs(compiled.start))

/** Whether the series (before exceptions and moves) has an occurrence on this local date. */
export const hasOccurrenceOn = (compiled: CompiledRecurrence, localDate: string): boolean => {
  const candidate = occurrenceStartOn(compiled, localDate)
  if (!compiled.rrule) return candidate.getTime() === compiled.start.getTime()
  return compiled.rrule.between(candidate, candidate, true).length > 0
}

const assertRange = (range: { from: Date; to: Date }) => {
  const isInstant = (value: unknown) => value instanceof Date && !Number.isNaN(value.getTime())
  if (!range || !isInstant(range.from) || !isInstant(range.to) || range.to < range.from) {
    throw new CalendarError({
      fr: 'Plage de dates invalide (deux dates, la fin après le début)',
      en: 'Invalid date range (two dates, the end after the start)',
    })
  }
}

/**
 * The occurrences of a recurrence inside [from, to), counting one that is under way at `from`,
 * sorted by start and at most `limit` of them. Occurrences keep their wall-clock time across
 * daylight-saving changes: the rule is expanded in floating time and only each result is placed
 * in the zone. Throws a CalendarError for an invalid recurrence.
 */
export const expandOccurrences = (
  recurrence: Recurrence,
  range: { from: Date; to: Date },
  { timeZone = cityTimeZone, limit = defaultLimit }: { timeZone?: string; limit?: number } = {},
): Occurrence[] => {
  assertRange(range)
  if (!Number.isInteger(limit) || limit < 1) {
    throw new CalendarError({
      fr: `Limite invalide : ${String(limit)} (attendu un entier positif)`,
      en: `Invalid limit: ${String(limit)} (expected a positive integer)`,
    })
  }
  const compiled = compileRecurrence(recurrence, { timeZone })
  const { isAllDay, lengthMs } = compiled

  const toOccurrence = (start: FloatingTime, isMoved: boolean): Occurrence => ({
    start: floatingToInstant(start, timeZone),
    end: floatingToInstant(new Date(start.getTime() + lengthMs), timeZone),
    localDate: formatFloating(start, { isAllDay: true }),
    isAllDay,
    isMoved,
  })
  const isInRange = ({ start, end }: Occurrence) =>
    start < range.to && (end > range.from || start >= range.from)

  const replaced = new Set([...compiled.exceptions, ...compiled.moves.map(({ from }) => from)])
  const found: Occurrence[] = []
  // Returning false stops rrule, which is what bounds the work by `limit`.
  const collect = (start: FloatingTime): boolean => {
    if (replaced.has(formatFloating(start, { isAllDay: true }))) return true
    const occurrence = toOccurrence(start, false)
    if (isInRange(occurrence)) found.push(occurrence)
    return found.length < limit
  }
  if (compiled.rrule) {
    // A day's margin on each side absorbs the zone's offset; the exact test is isInRange.
    const windowStart = new Date(
      instantToFloating(range.from, timeZone).getTime() - lengthMs - dayMs,
    )
    const windowEnd = new Date(instantToFloating(range.to, timeZone).getTime() + dayMs)
    compiled.rrule.between(windowStart, windowEnd, true, collect)
  } else {
    collect(compiled.start)
  }

  for (const move of compiled.moves) {
    const occurrence = toOccurrence(occurrenceStartOn(compiled, move.to), true)
    if (isInRange(occurrence) && hasOccurrenceOn(compiled, move.from)) found.push(occurrence)
  }
  return found.sort((a, b) => a.start.getTime() - b.start.getTime()).slice(0, limit)
}

/**
 * Null when the recurrence is valid, otherwise the bilingual message, for Payload field
 * validators. Stricter than expansion: it also reports exceptions and moves that fall on no
 * occurrence, a typo that would otherwise leave a holiday collection in place. Expansion ignores
 * those so that a rule edited later does not break pages rendering the older data.
 */
export const validateRecurrence = (
  recurrence: Recurrence,
  { timeZone = cityTimeZone }: { timeZone?: string } = {},
): string | null => {
  try {
    const compiled = compileRecurrence(recurrence, { timeZone })
    for (const date of compiled.exceptions) {
      if (!hasOccurrenceOn(compiled, date)) {
        throw new CalendarError({
          fr: `Exception invalide : aucune occurrence le ${date}`,
          en: `Invalid exception: no occurrence on ${date}`,
        })
      }
    }
    for (const { from } of compiled.moves) {
      if (!hasOccurrenceOn(compiled, from)) {
        throw moveError(
          `aucune occurrence le ${from} à déplacer`,
          `no occurrence on ${from} to move`,
        )
      }
    }
    return null
  } catch (error) {
    if (error instanceof CalendarError) return error.message
    throw error
  }
}
