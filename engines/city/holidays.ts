/**
 * Quebec statutory holidays (Act respecting labour standards, s. 60, and the National Holiday Act),
 * computed for any year, as local dates 'YYYY-MM-DD'. City offices are closed on all of them, so a
 * request's deadline does not count them. Good Friday and Easter Monday are both included: the Act
 * lets an employer pick one, and Quebec municipalities commonly close on both.
 */

const pad = (n: number) => String(n).padStart(2, '0')
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`

/** Calendar dates in UTC fields only: dates, never instants. */
export const utcDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d))
export const isoOf = (date: Date) =>
  iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
export const shift = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000)

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export const easterSunday = (year: number): Date => {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return utcDate(year, month, day)
}

/** The n-th given weekday (0 = Sunday) of a month. */
const nthWeekday = (year: number, month: number, weekday: number, n: number) => {
  const first = utcDate(year, month, 1)
  const offset = (weekday - first.getUTCDay() + 7) % 7
  return shift(first, offset + (n - 1) * 7)
}

export type Holiday = { date: string; key: string; fr: string; en: string }

export const quebecHolidays = (year: number): Holiday[] => {
  const easter = easterSunday(year)
  // Journée nationale des patriotes: the Monday before May 25.
  const may25 = utcDate(year, 5, 25)
  const patriots = shift(may25, -((may25.getUTCDay() + 6) % 7 || 7))
  // June 24 and July 1 falling on a Sunday are observed on the Monday (National Holiday Act, s. 2; LNT s. 60).
  const sundayToMonday = (m: number, d: number) => {
    const date = utcDate(year, m, d)
    return date.getUTCDay() === 0 ? shift(date, 1) : date
  }
  return [
    { date: iso(year, 1, 1), key: 'new-year', fr: 'Jour de l’An', en: 'New Year’s Day' },
    { date: isoOf(shift(easter, -2)), key: 'good-friday', fr: 'Vendredi saint', en: 'Good Friday' },
    {
      date: isoOf(shift(easter, 1)),
      key: 'easter-monday',
      fr: 'Lundi de Pâques',
      en: 'Easter Monday',
    },
    {
      date: isoOf(patriots),
      key: 'patriots',
      fr: 'Journée nationale des patriotes',
      en: 'National Patriots’ Day',
    },
    {
      date: isoOf(sundayToMonday(6, 24)),
      key: 'fete-nationale',
      fr: 'Fête nationale du Québec',
      en: 'Quebec National Holiday',
    },
    {
      date: isoOf(sundayToMonday(7, 1)),
      key: 'canada-day',
      fr: 'Fête du Canada',
      en: 'Canada Day',
    },
    {
      date: isoOf(nthWeekday(year, 9, 1, 1)),
      key: 'labour-day',
      fr: 'Fête du Travail',
      en: 'Labour Day',
    },
    {
      date: isoOf(nthWeekday(year, 10, 1, 2)),
      key: 'thanksgiving',
      fr: 'Action de grâce',
      en: 'Thanksgiving',
    },
    { date: iso(year, 12, 25), key: 'christmas', fr: 'Noël', en: 'Christmas Day' },
  ]
}
