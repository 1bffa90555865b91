/**
 * Dates shown to residents in both languages (city time zone, the city profile's language tags),
 * and a person's age on a date.
 */
import { cityTimeZone, isLocalDate } from '@engines/calendar'

import { languageTags } from '../../kit/i18n'
import type { ActivitiesLocale } from '../i18n/translate'

const dateFormats = new Map<string, Intl.DateTimeFormat>()

/** `12 mai 2026 à 9 h 00` / `May 12, 2026 at 9:00 a.m.`, in the city's zone. */
export const formatDateTime = (instant: Date, locale: ActivitiesLocale): string => {
  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(languageTags[locale], {
      timeZone: cityTimeZone,
      // Not timeStyle 'short', which writes `09 h 00` in fr-CA: Quebec writes `9 h 00`.
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    })
    dateFormats.set(locale, format)
  }
  return format.format(instant)
}

/**
 * Full years of age on a local date (negative before birth), or null when either is not a real
 * date. Someone born on 29 February has their birthday on 1 March in other years (as the
 * calendar engine moves 29 February to a year without one): they turn 6 on 1 March 2027.
 */
export const ageOn = (birthDate: string, onDate: string): number | null => {
  if (!isLocalDate(birthDate) || !isLocalDate(onDate)) return null
  const [birthYear, birthMonth, birthDay] = birthDate.split('-').map(Number)
  const [year, month, day] = onDate.split('-').map(Number)
  let age = year - birthYear
  // Compared as month-day; 29 February counts as "after 28 February", i.e. reached on 1 March
  // in a year without one.
  const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const birthdayThisYear =
    birthMonth === 2 && birthDay === 29 && !isLeap(year) ? [3, 1] : [birthMonth, birthDay]
  if (month < birthdayThisYear[0] || (month === birthdayThisYear[0] && day < birthdayThisYear[1])) {
    age -= 1
  }
  return age
}
