import { htmlLang, type Locale } from '@/i18n/config'
import { city } from '@engines/city'

/**
 * Dates and times as residents read them on the collections pages, in each language's own style
 * (Office québécois de la langue française; Canadian Press for English): the weekday first —
 * collection days are weekdays before they are dates —, "1er" for the first of a month, hours as
 * "20 h" or "6 h 30" in French and "8 p.m." or "6:30 a.m." in English. Intl alone writes
 * "1 mai" and "20 h 00", and "8:00 p.m.".
 */

const timeZone = city.timeZone

const dateParts = (locale: Locale, value: Date, withWeekday: boolean) =>
  new Intl.DateTimeFormat(htmlLang[locale], {
    ...(withWeekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).formatToParts(value)

const longDate = (locale: Locale, value: string | Date, withWeekday: boolean) => {
  const date = new Date(value)
  return dateParts(locale, date, withWeekday)
    .map((part) =>
      locale === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value,
    )
    .join('')
}

/** A calendar day 'YYYY-MM-DD' (a collection day), read at noon in the city so no zone moves it. */
const noonOf = (day: string) => new Date(`${day}T12:00:00-05:00`)

/** "lundi 1er décembre 2026" / "Monday, December 1, 2026". */
export const formatDay = (locale: Locale, day: string) => longDate(locale, noonOf(day), true)

/** "1er mai 2027" / "May 1, 2027" (an instant, read in the city's time zone). */
export const formatLongDate = (locale: Locale, value: string | Date) =>
  longDate(locale, value, false)

/** A wall-clock time "20:00" as "20 h" / "8 p.m.", "06:30" as "6 h 30" / "6:30 a.m.". */
export const formatClock = (locale: Locale, hhmm: string) => {
  const match = /^(\d{1,2}):(\d{2})/.exec(hhmm.trim())
  if (!match) return hhmm
  const hours = Number(match[1])
  const minutes = match[2]
  if (locale === 'fr') return minutes === '00' ? `${hours} h` : `${hours} h ${minutes}`
  if (hours === 0 && minutes === '00') return 'midnight'
  if (hours === 12 && minutes === '00') return 'noon'
  const twelve = hours % 12 === 0 ? 12 : hours % 12
  return `${twelve}${minutes === '00' ? '' : `:${minutes}`} ${hours < 12 ? 'a.m.' : 'p.m.'}`
}

/** The wall-clock time of an instant in the city, "HH:MM". */
const clockOf = (value: string | Date) =>
  new Intl.DateTimeFormat('en-CA', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(value))

/** "lundi 1er décembre 2026 à 20 h" / "Monday, December 1, 2026, 8 p.m.". */
export const formatDayTime = (locale: Locale, value: string | Date) => {
  const date = longDate(locale, value, true)
  const time = formatClock(locale, clockOf(value))
  return locale === 'fr' ? `${date} à ${time}` : `${date}, ${time}`
}

/** The colon after a label: spaced in French ("Arrosage : "), not in English ("Watering: "). */
export const labelColon = (locale: Locale) => (locale === 'fr' ? '\u00a0: ' : ': ')
