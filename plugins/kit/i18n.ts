import { IntlMessageFormat } from 'intl-messageformat'
import { city } from '@engines/city'

/**
 * A plugin's own messages, in ICU MessageFormat (plurals, values), French the source of truth and
 * the fallback: a plugin carries its catalogue so a second city can use it without the app's.
 */
export type Messages = { [key: string]: string | Messages }

/** Every dotted key of a nested catalogue (`errors.csrf`). */
export type MessageKeys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : MessageKeys<T[K], `${P}${K}.`>
}[keyof T & string]

export type PluginLocale = 'fr' | 'en'

export const flatten = (messages: Messages, prefix = ''): Record<string, string> =>
  Object.entries(messages).reduce<Record<string, string>>((flat, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') flat[path] = value
    else Object.assign(flat, flatten(value, path))
    return flat
  }, {})

/** BCP 47 tags of the plugins' languages (the city profile's, in Quebec). */
export const languageTags: Record<PluginLocale, string> = city.languageTags

/** `fr` unless it says `en`. */
export const asLocale = (value: unknown): PluginLocale => (value === 'en' ? 'en' : 'fr')

/**
 * The translator of one catalogue: `translator(locale)(key, values)`, compiled formats kept per
 * key; a key missing in English falls back to French, an unknown key reads as itself.
 */
export const createTranslations = <Key extends string>(sources: { fr: Messages; en: Messages }) => {
  const catalogues: Record<PluginLocale, Record<string, string>> = {
    fr: flatten(sources.fr),
    en: flatten(sources.en),
  }
  const compiled = new Map<string, IntlMessageFormat>()
  const translator =
    (locale: PluginLocale) =>
    (key: Key, values?: Record<string, string | number>): string => {
      const source = catalogues[locale][key] ?? catalogues.fr[key]
      if (source === undefined) return key
      const cacheKey = `${locale}\u0000${key}`
      let format = compiled.get(cacheKey)
      if (!format) {
        format = new IntlMessageFormat(source, languageTags[locale])
        compiled.set(cacheKey, format)
      }
      return String(format.format(values))
    }
  /** True when a key exists (query-string status codes are checked before being shown). */
  const hasMessage = (key: string): key is Key => key in catalogues.fr
  return { catalogues, translator, hasMessage }
}
