import type { SurveyLocale } from '../types'

export const surveyPages = {
  survey: { fr: '', en: '' },
  thanks: { fr: 'merci', en: 'thank-you' },
  results: { fr: 'resultats', en: 'results' },
} as const satisfies Record<string, Record<SurveyLocale, string>>

export type SurveyPage = keyof typeof surveyPages

export const defaultBase = { fr: 'sondages', en: 'surveys' } as const

/** /fr/sondages, /fr/sondages/{slug}, /en/surveys/{slug}/results… */
export const surveyHref = (
  locale: SurveyLocale,
  slug?: string | null,
  page: SurveyPage = 'survey',
  query?: Record<string, string>,
  base: Record<SurveyLocale, string> = defaultBase,
) => {
  const segment = surveyPages[page][locale]
  const path = `/${locale}/${base[locale]}${slug ? `/${slug}${segment ? `/${segment}` : ''}` : ''}`
  const search = query ? new URLSearchParams(query).toString() : ''
  return search ? `${path}?${search}` : path
}

/** A page segment after the slug, in either language. */
export const pageFromSegment = (segment: string | undefined): SurveyPage | null => {
  if (!segment) return 'survey'
  for (const [page, segments] of Object.entries(surveyPages)) {
    if (segment && (segments.fr === segment || segments.en === segment)) return page as SurveyPage
  }
  return null
}

/** A "come back here" path from a form: a local path only, never another site. */
export const safeReturnPath = (value: string | null | undefined): string | null =>
  value &&
  /^\/(fr|en)(\/[A-Za-z0-9\-._~/%]*)?(\?[A-Za-z0-9\-._~=&%]*)?$/.test(value) &&
  !value.startsWith('//')
    ? value
    : null
