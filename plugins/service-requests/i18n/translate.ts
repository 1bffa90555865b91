import { IntlMessageFormat } from 'intl-messageformat'

import type { RequestLocale } from '../types'
import en from './en.json'
import fr from './fr.json'

type Messages = { [key: string]: string | Messages }
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]

/** Every message key of the plugin, from the French source of truth. */
export type RequestMessageKey = Leaves<typeof fr>

export const flatten = (messages: Messages, prefix = ''): Record<string, string> =>
  Object.entries(messages).reduce<Record<string, string>>((flat, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') flat[path] = value
    else Object.assign(flat, flatten(value, path))
    return flat
  }, {})

export const catalogues: Record<RequestLocale, Record<string, string>> = { fr: flatten(fr), en: flatten(en) }
const tags: Record<RequestLocale, string> = { fr: 'fr-CA', en: 'en-CA' }
const compiled = new Map<string, IntlMessageFormat>()

export type RequestTranslate = (key: RequestMessageKey, values?: Record<string, string | number>) => string

/** The plugin carries its own messages so a second city can reuse it without the app's catalogue. */
export const requestTranslator =
  (locale: RequestLocale): RequestTranslate =>
  (key, values) => {
    const source = catalogues[locale][key] ?? catalogues.fr[key]
    if (source === undefined) return key
    const cacheKey = `${locale}\u0000${key}`
    let format = compiled.get(cacheKey)
    if (!format) {
      format = new IntlMessageFormat(source, tags[locale])
      compiled.set(cacheKey, format)
    }
    return String(format.format(values))
  }

/** True when a key exists (query-string status codes are checked before being shown). */
export const hasMessage = (key: string): key is RequestMessageKey => key in catalogues.fr

export const asLocale = (value: unknown): RequestLocale => (value === 'en' ? 'en' : 'fr')
