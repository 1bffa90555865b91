import { type Holiday, quebecHolidays } from './holidays'
import { type CitySegments, quebecSegments } from './segments'

export { easterSunday, type Holiday, quebecHolidays } from './holidays'
export { addBusinessDays, isNonBusinessDay } from './businessDays'
export { type CitySegments, quebecSegments } from './segments'

/**
 * The city profile: what is Quebec's (or the city's) in the code, in one place. A city elsewhere
 * changes this file: its time zone, the language tags of its two languages, its public holidays,
 * the first day of its weeks and its sections' URL segments. The app, the plugins and the other engines read it from here
 * (`@engines/city`); nothing else names a time zone, a region or a holiday.
 */
export type CityProfile = {
  /** IANA time zone of every date the city publishes (wall-clock times). */
  timeZone: string
  /** BCP 47 tags of the site's languages: `lang` attributes, feeds, number and date formats. */
  languageTags: { fr: string; en: string }
  /** The days city offices are closed, for a year (business-day deadlines skip them). */
  holidays: (year: number) => Holiday[]
  /** First day of a week in month grids (0 = Sunday): CLDR's week data for the language tags. */
  weekStartsOn: 0 | 1
  /** The public URL segment of each section in each language (segments.ts). */
  segments: CitySegments
}

export const city: CityProfile = {
  // Quebec observes Eastern time; America/Toronto is the canonical IANA zone for it
  // (America/Montreal is a deprecated link to it).
  timeZone: 'America/Toronto',
  languageTags: { fr: 'fr-CA', en: 'en-CA' },
  holidays: quebecHolidays,
  weekStartsOn: 0,
  segments: quebecSegments,
}
