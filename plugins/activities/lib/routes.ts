import type { ActivitiesLocale } from '../types'

export type BasePath = Record<ActivitiesLocale, string>

export const holdSegment: Record<ActivitiesLocale, string> = { fr: 'reservation', en: 'hold' }

/** The programme (`/fr/loisirs`), a session's page, or a hold's page, in a language. */
export const programmeHref = (locale: ActivitiesLocale, base: BasePath) =>
  `/${locale}/${base[locale]}`

export const sessionHref = (locale: ActivitiesLocale, base: BasePath, sessionId: number | string) =>
  `/${locale}/${base[locale]}/session/${sessionId}`

export const holdHref = (locale: ActivitiesLocale, base: BasePath, reference: string) =>
  `/${locale}/${base[locale]}/${holdSegment[locale]}/${reference}`
