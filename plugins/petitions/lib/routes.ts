import type { PetitionLocale } from '../types'

export const defaultBase = { fr: 'petitions', en: 'petitions' } as const

/** /fr/petitions, /fr/petitions/{slug}?…#anchor */
export const petitionHref = (
  locale: PetitionLocale,
  slug?: string | null,
  {
    query,
    hash,
    base = defaultBase,
  }: { query?: Record<string, string>; hash?: string; base?: Record<PetitionLocale, string> } = {},
) => {
  const path = `/${locale}/${base[locale]}${slug ? `/${slug}` : ''}`
  const search = query ? new URLSearchParams(query).toString() : ''
  return `${path}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`
}

/** The filing page's segment after the list: /fr/petitions/nouvelle, /en/petitions/new. */
export const filingSegment = { fr: 'nouvelle', en: 'new' } as const

/** /fr/petitions/nouvelle?… */
export const filingHref = (
  locale: PetitionLocale,
  {
    query,
    base = defaultBase,
  }: { query?: Record<string, string>; base?: Record<PetitionLocale, string> } = {},
) => {
  const kept = Object.entries(query ?? {}).filter(([, v]) => v !== '')
  const search = new URLSearchParams(kept).toString()
  return `/${locale}/${base[locale]}/${filingSegment[locale]}${search ? `?${search}` : ''}`
}

/** The outcome emails' unsubscribe page: /fr/petitions/desabonnement, /en/petitions/unsubscribe. */
export const unsubscribeSegment = { fr: 'desabonnement', en: 'unsubscribe' } as const

/** /fr/petitions/desabonnement?… */
export const unsubscribeHref = (
  locale: PetitionLocale,
  {
    query,
    base = defaultBase,
  }: { query?: Record<string, string>; base?: Record<PetitionLocale, string> } = {},
) => {
  const search = new URLSearchParams(query ?? {}).toString()
  return `/${locale}/${base[locale]}/${unsubscribeSegment[locale]}${search ? `?${search}` : ''}`
}

/** The visitor's confirmation page after the list: /fr/petitions/confirmer, /en/petitions/confirm. */
export const confirmSegment = { fr: 'confirmer', en: 'confirm' } as const

/** /fr/petitions/confirmer?token={token} (the emailed link), or with `?error=` after a refused press. */
export const confirmHref = (
  locale: PetitionLocale,
  token: string | null,
  {
    query,
    base = defaultBase,
  }: { query?: Record<string, string>; base?: Record<PetitionLocale, string> } = {},
) => {
  const search = new URLSearchParams({ ...(token ? { token } : {}), ...query }).toString()
  return `/${locale}/${base[locale]}/${confirmSegment[locale]}${search ? `?${search}` : ''}`
}
