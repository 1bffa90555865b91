import { match } from '@formatjs/intl-localematcher'
import Negotiator from 'negotiator'

import { defaultLocale, type Locale, locales } from './config'

/** Picks the site language from an Accept-Language header; French whenever the header is unclear. */
export const negotiateLocale = (acceptLanguage: string | null | undefined): Locale => {
  if (!acceptLanguage) return defaultLocale
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage } })
    .languages()
    .filter((tag) => tag !== '*')
  if (requested.length === 0) return defaultLocale
  try {
    return match(requested, [...locales], defaultLocale, { algorithm: 'best fit' }) as Locale
  } catch {
    return defaultLocale
  }
}
