import { createTranslations, flatten, type Messages, type MessageKeys } from '@plugins/kit/i18n'

import type { Locale } from './config'
import en from './messages/en.json'
import fr from './messages/fr.json'

/** Every message key, from the French source of truth. */
export type MessageKey = MessageKeys<typeof fr>

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

const translations = createTranslations<MessageKey>({ fr, en })

/** A translator for one locale: ICU messages (plurals, selects), French as the fallback catalogue (plugins/kit/i18n.ts, as the plugins'). */
export const getTranslator: (locale: Locale) => Translate = translations.translator

export const flattenMessages = flatten
export const messageCatalogues: Record<Locale, Messages> = { fr, en }
