import { htmlLang, type Locale } from './config'
import { city } from '@engines/city'

const cityTimeZone = city.timeZone

/** "23 novembre 2026" / "November 23, 2026", in the city's time zone. */
export const formatDate = (locale: Locale, value: string | Date): string =>
  new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: 'long', timeZone: cityTimeZone }).format(
    new Date(value),
  )

/** "23 novembre 2026 à 14 h 00" / "November 23, 2026 at 2:00 p.m.", in the city's time zone. */
export const formatDateTime = (locale: Locale, value: string | Date): string =>
  new Intl.DateTimeFormat(htmlLang[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: cityTimeZone,
  }).format(new Date(value))

/** "14 h 00" / "2:00 p.m.", in the city's time zone. */
export const formatTime = (locale: Locale, value: string | Date): string =>
  new Intl.DateTimeFormat(htmlLang[locale], { timeStyle: 'short', timeZone: cityTimeZone }).format(
    new Date(value),
  )

const dayKey = (value: string | Date) =>
  new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', timeZone: cityTimeZone }).format(
    new Date(value),
  )

/** An occurrence's end: its time alone when it ends the day it starts, else its date and time. */
export const formatEnd = (locale: Locale, start: string | Date, end: string | Date): string =>
  dayKey(start) === dayKey(end) ? formatTime(locale, end) : formatDateTime(locale, end)
