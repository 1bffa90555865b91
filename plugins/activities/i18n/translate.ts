import {
  asLocale as kitAsLocale,
  createTranslations,
  type MessageKeys,
  type PluginLocale,
} from '../../kit/i18n'
import en from './en.json'
import fr from './fr.json'

/** Every message key of the plugin, from the French source of truth. */
export type ActivitiesMessageKey = MessageKeys<typeof fr>

export type ActivitiesLocale = PluginLocale

export type ActivitiesTranslate = (
  key: ActivitiesMessageKey,
  values?: Record<string, string | number>,
) => string

const translations = createTranslations<ActivitiesMessageKey>({ fr, en })

/** The plugin's own messages (plugins/kit/i18n.ts), so a second city can use it without the app's catalogue. */
export const activitiesTranslator: (locale: ActivitiesLocale) => ActivitiesTranslate =
  translations.translator
export const catalogues: Record<ActivitiesLocale, Record<string, string>> = translations.catalogues
export const hasMessage = translations.hasMessage
export const asLocale = (value: unknown): ActivitiesLocale => kitAsLocale(value)

/** A message in both languages, as the receipt and the eligibility reasons carry it. */
export type Bilingual = { fr: string; en: string }

type Values = Record<string, string | number>

/** Values may differ by language (an amount is `25,00 $` in French, `$25.00` in English). */
export const bilingual = (
  key: ActivitiesMessageKey,
  values?: Values | ((locale: ActivitiesLocale) => Values),
): Bilingual => {
  const valuesFor = (locale: ActivitiesLocale) =>
    typeof values === 'function' ? values(locale) : values
  return {
    fr: activitiesTranslator('fr')(key, valuesFor('fr')),
    en: activitiesTranslator('en')(key, valuesFor('en')),
  }
}
