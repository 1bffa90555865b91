import type { RequestLocale } from '../types'

/** /fr/requetes, /en/requests (the app rewrites English segments onto the French folders). */
export const requestsBase = { fr: 'requetes', en: 'requests' } as const
export const newRequestSegment = { fr: 'nouvelle', en: 'new' } as const

export const formSteps = ['type', 'details', 'location', 'photos', 'questions', 'review'] as const
export type FormStep = (typeof formSteps)[number]
/** The steps a type shows: no photo step when it takes no photo, no questions step without questions. */
export const stepsFor = ({
  hasQuestions,
  takesPhotos,
}: {
  hasQuestions: boolean
  takesPhotos: boolean
}): FormStep[] =>
  formSteps.filter((s) => (s !== 'questions' || hasQuestions) && (s !== 'photos' || takesPhotos))

/** The step after (or before) this one among the type's steps. */
export const neighbourStep = (
  step: FormStep,
  direction: 1 | -1,
  shape: { hasQuestions: boolean; takesPhotos: boolean },
): FormStep => {
  const steps = stepsFor(shape)
  const index = steps.indexOf(step)
  return steps[Math.max(0, Math.min(steps.length - 1, index + direction))]
}

export const isFormStep = (value: unknown): value is FormStep =>
  typeof value === 'string' && (formSteps as readonly string[]).includes(value)

const withQuery = (path: string, query?: Record<string, string | undefined>) => {
  const search = new URLSearchParams(
    Object.entries(query ?? {}).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString()
  return search ? `${path}?${search}` : path
}

export const newRequestHref = (locale: RequestLocale, query?: Record<string, string | undefined>) =>
  withQuery(`/${locale}/${requestsBase[locale]}/${newRequestSegment[locale]}`, query)

/** A request's follow-up page; the secret `token` lets an anonymous submitter in. */
export const requestHref = (
  locale: RequestLocale,
  trackingNumber: string,
  query?: Record<string, string | undefined>,
) => withQuery(`/${locale}/${requestsBase[locale]}/${trackingNumber}`, query)

/** The public list and map of open requests: /fr/requetes, /en/requests. */
export const publicListHref = (locale: RequestLocale, query?: Record<string, string | undefined>) =>
  withQuery(`/${locale}/${requestsBase[locale]}`, query)
