import {
  asLocale as kitAsLocale,
  createTranslations,
  flatten,
  type MessageKeys,
} from '../../kit/i18n'
import type { PetitionLocale } from '../types'
import en from './en.json'
import fr from './fr.json'

/** Every message key of the plugin, from the French source of truth. */
export type PetitionMessageKey = MessageKeys<typeof fr>

export type PetitionTranslate = (
  key: PetitionMessageKey,
  values?: Record<string, string | number>,
) => string

const translations = createTranslations<PetitionMessageKey>({ fr, en })

/** The plugin's own messages (plugins/kit/i18n.ts), so a second city can use it without the app's catalogue. */
export const petitionTranslator: (locale: PetitionLocale) => PetitionTranslate =
  translations.translator
export const catalogues: Record<PetitionLocale, Record<string, string>> = translations.catalogues
export const hasMessage = translations.hasMessage
export const asLocale = (value: unknown): PetitionLocale => kitAsLocale(value)
export { flatten }
