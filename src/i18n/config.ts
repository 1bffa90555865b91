import { city } from '@engines/city'

export const locales = ['fr', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'fr'

/** BCP 47 tags for `<html lang>` and number/date formatting: Quebec French and Canadian English. */
export const htmlLang: Record<Locale, string> = city.languageTags

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)
