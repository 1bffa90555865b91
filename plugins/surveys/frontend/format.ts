import { city } from '@engines/city'

import type { SurveyLocale } from '../types'

const tags: Record<SurveyLocale, string> = city.languageTags
/** Dates in the city's time zone. */
export const formatSurveyDate = (locale: SurveyLocale, iso: string) =>
  new Intl.DateTimeFormat(tags[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: city.timeZone,
  }).format(new Date(iso))
