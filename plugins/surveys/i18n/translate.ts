import {
  asLocale as kitAsLocale,
  createTranslations,
  flatten,
  type MessageKeys,
} from '../../kit/i18n'
import type { SurveyLocale } from '../types'
import en from './en.json'
import fr from './fr.json'

/** Every message key of the plugin, from the French source of truth. */
export type SurveyMessageKey = MessageKeys<typeof fr>

export type SurveyTranslate = (
  key: SurveyMessageKey,
  values?: Record<string, string | number>,
) => string

const translations = createTranslations<SurveyMessageKey>({ fr, en })

/** The plugin's own messages (plugins/kit/i18n.ts), so a second city can use it without the app's catalogue. */
export const surveyTranslator: (locale: SurveyLocale) => SurveyTranslate = translations.translator
export const catalogues: Record<SurveyLocale, Record<string, string>> = translations.catalogues
export const hasMessage = translations.hasMessage
export const asLocale = (value: unknown): SurveyLocale => kitAsLocale(value)
export { flatten }
