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
