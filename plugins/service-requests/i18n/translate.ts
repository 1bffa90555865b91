import {
  asLocale as kitAsLocale,
  createTranslations,
  flatten,
  type MessageKeys,
} from '../../kit/i18n'
import type { RequestLocale } from '../types'
import en from './en.json'
import fr from './fr.json'

/** Every message key of the plugin, from the French source of truth. */
export type RequestMessageKey = MessageKeys<typeof fr>

export type RequestTranslate = (
  key: RequestMessageKey,
  values?: Record<string, string | number>,
) => string

const translations = createTranslations<RequestMessageKey>({ fr, en })

/** The plugin's own messages (plugins/kit/i18n.ts), so a second city can use it without the app's catalogue. */
export const requestTranslator: (locale: RequestLocale) => RequestTranslate =
  translations.translator
export const catalogues: Record<RequestLocale, Record<string, string>> = translations.catalogues
export const hasMessage = translations.hasMessage
export const asLocale = (value: unknown): RequestLocale => kitAsLocale(value)
export { flatten }
