/**
 * A hold on places while the household pays: 15 minutes by default, then the places go back.
 * The page shows "until 14 h 05" rather than only a countdown, so it reads right without
 * JavaScript (and a countdown script, where there is one, counts to the same instant).
 *
 * Decisions:
 * - A hold is valid strictly before its expiry instant; at the instant it has expired (the same
 *   rule as waitlist offers), so a payment confirmed at 14:05:00.000 for a hold "until 14 h 05"
 *   finds the places released.
 * - Times are the city's wall-clock time: `14 h 05` in French (Quebec style, 24-hour, `h`),
 *   `2:05 p.m.` in English (Canadian style), from the city profile's language tags.
 * - Releasing expired holds is a partition of the holds given: the database layer deletes the
 *   released rows in the statement that returns their places, so a place comes back once.
 */
import { cityTimeZone } from '@engines/calendar'

import { languageTags } from '../../kit/i18n'
import { type ActivitiesLocale, type Bilingual, bilingual } from '../i18n/translate'

export const defaultHoldMinutes = 15

export type Hold = {
  /** ISO instants */
  createdAt: string
  expiresAt: string
  places: number
}

export const createHold = ({
  at,
  places,
  minutes = defaultHoldMinutes,
}: {
  at: Date
  places: number
  /** @default 15 */
  minutes?: number
}): Hold => {
  if (!Number.isInteger(places) || places < 1) throw new RangeError('places: a whole number ≥ 1')
  if (!Number.isInteger(minutes) || minutes < 1) throw new RangeError('minutes: a whole number ≥ 1')
  return {
    createdAt: at.toISOString(),
    expiresAt: new Date(at.getTime() + minutes * 60_000).toISOString(),
    places,
  }
}

export const isHoldValid = (hold: Pick<Hold, 'expiresAt'>, at: Date): boolean =>
  at.getTime() < Date.parse(hold.expiresAt)

/** Whole seconds left, rounded up (a countdown never shows 0 while the hold still holds). */
export const holdSecondsLeft = (hold: Pick<Hold, 'expiresAt'>, at: Date): number =>
  Math.max(0, Math.ceil((Date.parse(hold.expiresAt) - at.getTime()) / 1000))

const timeFormats = new Map<ActivitiesLocale, Intl.DateTimeFormat>()

/** `14 h 05` / `2:05 p.m.`: the time of day of an instant in the city. */
export const formatTimeOfDay = (instant: Date, locale: ActivitiesLocale): string => {
  let format = timeFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(languageTags[locale], {
      timeZone: cityTimeZone,
      hour: 'numeric',
      minute: '2-digit',
    })
    timeFormats.set(locale, format)
  }
  // Intl separates with plain or narrow no-break spaces depending on the ICU version; the time
  // must never break across lines, and a plain no-break space is what every font handles.
  return format.format(instant).replace(/\s/g, '\u00a0')
}

/** The sentence under the payment form: until when the places are held, or that they are not. */
export const holdText = (hold: Pick<Hold, 'expiresAt'>, at: Date): Bilingual =>
  isHoldValid(hold, at)
    ? bilingual('holds.until', (locale) => ({
        time: formatTimeOfDay(new Date(Date.parse(hold.expiresAt)), locale),
      }))
    : bilingual('holds.expired')

/** The holds still valid at `at`, and those whose places go back now. */
export const partitionHolds = <T extends Pick<Hold, 'expiresAt'>>(
  holds: T[],
  at: Date,
): { valid: T[]; expired: T[] } => ({
  valid: holds.filter((hold) => isHoldValid(hold, at)),
  expired: holds.filter((hold) => !isHoldValid(hold, at)),
})
