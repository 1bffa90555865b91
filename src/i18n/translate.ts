import { IntlMessageFormat } from 'intl-messageformat'

import { htmlLang, type Locale } from './config'
import en from './messages/en.json'
import fr from './messages/fr.json'

type Messages = { [key: string]: string | Messages }
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]

/** Every message key, from the French source of truth. */
export type MessageKey = Leaves<typeof fr>

const catalogues: Record<Locale, Messages> = { fr, en }

export const flattenMessages = (messages: Messages, prefix = ''): Record<string, string> =>
  Object.entries(messages).reduce<Record<string, string>>((flat, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') flat[path] = value
    else Object.assign(flat, flattenMessages(value, path))
    return flat
  }, {})

const flat: Record<Locale, Record<string, string>> = { fr: flattenMessages(fr), en: flattenMessages(en) }
const compiled = new Map<string, IntlMessageFormat>()

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

/** A translator for one locale: ICU messages (plurals, selects), French as the fallback catalogue. */
export const getTranslator = (locale: Locale): Translate => (key, values) => {
  const source = flat[locale][key] ?? flat.fr[key]
  if (source === undefined) return key
  const cacheKey = `${locale}\u0000${key}`
  let format = compiled.get(cacheKey)
  if (!format) {
    format = new IntlMessageFormat(source, htmlLang[locale])
    compiled.set(cacheKey, format)
  }
  return String(format.format(values))
}

export const messageCatalogues = catalogues
