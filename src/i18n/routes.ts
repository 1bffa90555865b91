import type { Locale } from './config'

/**
 * Public sections and their URL segment in each language: French URLs in French. The app's folders
 * use the French segment; next.config rewrites the English one onto it.
 */
export const sections = {
  news: { fr: 'actualites', en: 'news' },
  notices: { fr: 'avis', en: 'notices' },
  collections: { fr: 'collectes', en: 'collections' },
  events: { fr: 'evenements', en: 'events' },
  search: { fr: 'recherche', en: 'search' },
} as const satisfies Record<string, Record<Locale, string>>

export type Section = keyof typeof sections

/** The public URL of a section, or of one item in it. */
export const sectionHref = (locale: Locale, section: Section, slug?: string | null): string =>
  `/${locale}/${sections[section][locale]}${slug ? `/${slug}` : ''}`

/** English URL rewrites onto the French folders (used by next.config). */
export const englishRewrites = () =>
  Object.values(sections)
    .filter((segments) => (segments.en as string) !== segments.fr)
    .flatMap((segments) => [
      { source: `/en/${segments.en}`, destination: `/en/${segments.fr}` },
      { source: `/en/${segments.en}/:path*`, destination: `/en/${segments.fr}/:path*` },
    ])
