import { redirect } from 'next/navigation'

import type { Locale } from '@/i18n/config'
import { type Section, sectionHref } from '@/i18n/routes'
import { getLocalizedSlugs } from '@/lib/data/bySlug'
import { getSiteSettings } from '@/lib/data/siteSettings'

/**
 * A city without bilingual status publishes in French only (Charter of the French Language), except
 * health and safety notices. Every public page calls this first: an English page the city does not
 * publish sends the visitor to its French version.
 */
export const requirePublishedLocale = async (
  locale: Locale,
  { frenchPath = '/fr', isSafety = false }: { frenchPath?: string | null; isSafety?: boolean } = {},
) => {
  if (locale !== 'en' || isSafety) return
  const settings = await getSiteSettings(locale)
  if (!settings.englishEnabled) redirect(frenchPath || '/fr')
}

/** The French address of a document's page, where a French-only city sends English visitors. */
export const frenchPathOf = async (
  collection: 'news' | 'notices' | 'events' | 'services' | 'pages',
  section: Section,
  id: number,
): Promise<string> => {
  const { fr } = await getLocalizedSlugs(collection, id)
  return fr ? sectionHref('fr', section, fr) : sectionHref('fr', section)
}
