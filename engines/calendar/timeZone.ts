import { TZDate, tz, tzOffset } from '@date-fns/tz'
import { format, isValid, parse } from 'date-fns'

import { city } from '../city'
import { CalendarError } from './errors'

/** Every date the city publishes is wall-clock time in this zone (the city profile's, `engines/city`). */
export const cityTimeZone = city.timeZone

/**
 * A local wall-clock date/time carried in a Date's UTC fields ("floating" time in RFC 5545 terms).
 * UTC has no daylight-saving shifts, so calendar arithmetic on these values (rrule's, or adding
 * minutes) is wall-clock arithmetic; they become real instants only through `floatingToInstant`.
 */
export type FloatingTime = Date

const localDateFormat = 'yyyy-MM-dd'
const localDateTimeFormat = "yyyy-MM-dd'T'HH:mm"
// date-fns accepts unpadded fields ("2026-3-8"); the stored format is strictly padded.
const localDateShape = /^\d{4}-\d{2}-\d{2}$/
const localDateTimeShape = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/
const utc = tz('UTC')
const minuteMs = 60_000
const dayMs = 86_400_000
// Only consulted for tokens absent from the format, and every format here is complete.
const referenceDate = new Date(0)

const parseStrict = (value: string, pattern: string): FloatingTime | null => {
  const parsed = parse(value, pattern, referenceDate, { in: utc })
  return isValid(parsed) ? new Date(parsed.getTime()) : null
}

/** True for a real calendar date written 'YYYY-MM-DD' (so '2026-02-30' is false). */
export const isLocalDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  localDateShape.test(value) &&
  parseStrict(value, localDateFormat) !== null

/** True for a real local date and time written 'YYYY-MM-DDTHH:mm'. */
export const isLocalDateTime = (value: unknown): value is string =>
  typeof value === 'string' &&
  localDateTimeShape.test(value) &&
  parseStrict(value, localDateTimeFormat) !== null

/**
 * Reads 'YYYY-MM-DD' (an all-day value, at midnight) or 'YYYY-MM-DDTHH:mm' as floating time;
 * null when it is neither.
 */
export const parseFloating = (
  value: unknown,
): { floating: FloatingTime; isAllDay: boolean } | null => {
  if (typeof value !== 'string') return null
  if (localDateShape.test(value)) {
    const floating = parseStrict(value, localDateFormat)
    return floating && { floating, isAllDay: true }
  }
  if (localDateTimeShape.test(value)) {
    const floating = parseStrict(value, localDateTimeFormat)
    return floating && { floating, isAllDay: false }
  }
  return null
}

/** Writes floating time back as 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm'. */
// Its UTC fields are the wall time, so the ISO form already reads right; this runs once per
// expanded occurrence, where date-fns' general formatter is the slowest step.
export const formatFloating = (floating: FloatingTime, { isAllDay = false } = {}): string =>
  floating.toISOString().slice(0, isAllDay ? 10 : 16)

/**
 * The instant at which the zone's clocks show this wall time. A time skipped by the spring change
 * (02:30 on the second Sunday of March) is read with the offset before the gap, landing at 03:30,
 * and a repeated one (01:30 on the first Sunday of November) is its first, daylight-time
 * occurrence, as RFC 5545 §3.3.5 prescribes for TZID values, so the site and calendar apps agree.
 * Built on tzOffset rather than TZDate's wall-clock constructor, which resolves the repeated hour
 * differently depending on the server's own zone.
 */
export const floatingToInstant = (floating: FloatingTime, timeZone = cityTimeZone): Date => {
  const wall = floating.getTime()
  // Zones change offset at most once in a day, so these are the offsets on each side of any change.
  const offsetBefore = tzOffset(timeZone, new Date(wall - dayMs))
  const offsetAfter = tzOffset(timeZone, new Date(wall + dayMs))
  const showsWall = (offset: number) =>
    tzOffset(timeZone, new Date(wall - offset * minuteMs)) === offset
  const candidates = [offsetBefore, offsetAfter]
    .filter(showsWall)
    .map((offset) => wall - offset * minuteMs)
  return new Date(candidates.length > 0 ? Math.min(...candidates) : wall - offsetBefore * minuteMs)
}

/** What the zone's clocks show at this instant, as floating time. */
export const instantToFloating = (instant: Date, timeZone = cityTimeZone): FloatingTime => {
  const local = new TZDate(instant.getTime(), timeZone)
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ),
  )
}

/** Throws a CalendarError for a name the runtime's time-zone database does not know. */
export const assertTimeZone = (timeZone: string): void => {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
  } catch {
    throw new CalendarError({
      fr: `Fuseau horaire inconnu : « ${timeZone} »`,
      en: `Unknown time zone: "${timeZone}"`,
    })
  }
}

/**
 * The instant of a local 'YYYY-MM-DD' (its midnight) or 'YYYY-MM-DDTHH:mm' in the zone.
 * Throws a CalendarError for anything else.
 */
export const localToInstant = (local: string, timeZone = cityTimeZone): Date => {
  const parsed = parseFloating(local)
  if (!parsed) {
    throw new CalendarError({
      fr: `Date invalide : « ${local} » (attendu AAAA-MM-JJ ou AAAA-MM-JJTHH:mm)`,
      en: `Invalid date: "${local}" (expected YYYY-MM-DD or YYYY-MM-DDTHH:mm)`,
    })
  }
  return floatingToInstant(parsed.floating, timeZone)
}

/** The local calendar date of an instant in the zone, 'YYYY-MM-DD'. */
export const instantToLocalDate = (instant: Date, timeZone = cityTimeZone): string =>
  format(instant, localDateFormat, { in: tz(timeZone) })

/** The local date and time of an instant in the zone, 'YYYY-MM-DDTHH:mm'. */
export const instantToLocalDateTime = (instant: Date, timeZone = cityTimeZone): string =>
  format(instant, localDateTimeFormat, { in: tz(timeZone) })
