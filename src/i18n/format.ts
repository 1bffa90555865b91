import { htmlLang, type Locale } from './config'

const cityTimeZone = 'America/Toronto'

/** "23 novembre 2026" / "November 23, 2026", in the city's time zone. */
export const formatDate = (locale: Locale, value: string | Date): string =>
  new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: 'long', timeZone: cityTimeZone }).format(new Date(value))

/** "23 novembre 2026 à 14 h 00" / "November 23, 2026 at 2:00 p.m.", in the city's time zone. */
export const formatDateTime = (locale: Locale, value: string | Date): string =>
  new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: 'long', timeStyle: 'short', timeZone: cityTimeZone }).format(
    new Date(value),
  )
