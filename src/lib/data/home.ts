import type { Locale } from '@/i18n/config'

import { getServiceEntries, serviceHref } from './services'

export type FeaturedService = { id: number; title: string; summary: string; href: string }

/**
 * The services the communications team marked "featured on the home page", alphabetical, at most
 * `limit`: read from the cached catalogue, so a featured service under an unpublished parent stays
 * hidden here exactly as in the catalogue.
 */
export const getFeaturedServices = async (locale: Locale, limit = 6): Promise<FeaturedService[]> =>
  (await getServiceEntries(locale))
    .filter((entry) => entry.isFeatured)
    .slice(0, limit)
    .map(({ id, title, summary, path }) => ({
      id,
      title,
      summary,
      href: serviceHref(locale, path),
    }))
