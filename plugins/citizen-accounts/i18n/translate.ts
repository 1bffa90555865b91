import {
  asLocale as kitAsLocale,
  createTranslations,
  flatten,
  type MessageKeys,
} from '../../kit/i18n'
import type { AccountLocale } from '../types'
import en from './en.json'
import fr from './fr.json'

/** Every message key of the plugin, from the French source of truth. */
export type AccountMessageKey = MessageKeys<typeof fr>

export type AccountTranslate = (
  key: AccountMessageKey,
  values?: Record<string, string | number>,
) => string

const translations = createTranslations<AccountMessageKey>({ fr, en })

/** The plugin's own messages (plugins/kit/i18n.ts), so a second city can use it without the app's catalogue. */
export const accountTranslator: (locale: AccountLocale) => AccountTranslate =
  translations.translator
export const catalogues: Record<AccountLocale, Record<string, string>> = translations.catalogues
export const hasMessage = translations.hasMessage
export const asLocale = (value: unknown): AccountLocale => kitAsLocale(value)
export { flatten }
