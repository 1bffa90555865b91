import { city } from '@engines/city'

import type { PetitionLocale } from '../types'

const tags: Record<PetitionLocale, string> = city.languageTags

/** A day in the city's time zone: "7 décembre 2026". */
export const formatDay = (locale: PetitionLocale, iso: string) =>
  new Intl.DateTimeFormat(tags[locale], { dateStyle: 'long', timeZone: city.timeZone }).format(
    new Date(iso),
  )

/** A day and time in the city's time zone. */
export const formatDateTime = (locale: PetitionLocale, iso: string) =>
  new Intl.DateTimeFormat(tags[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: city.timeZone,
  }).format(new Date(iso))
