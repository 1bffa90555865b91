import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'
import type { Service } from '@/payload-types'

import { getPayloadClient } from './payload'

export type FeaturedService = { id: number; title: string; summary: string; href: string }

/** The public address of a service: its full path in the catalogue tree, in the visitor's language. */
export const serviceHref = (
  locale: Locale,
  service: Pick<Service, 'slug' | 'breadcrumbs' | 'id'>,
): string => {
  // nested-docs keeps the whole path ('/permis/renovation') in the last breadcrumb's url.
  const url = service.breadcrumbs?.at(-1)?.url || `/${service.slug ?? service.id}`
  return `/${locale}/services${url.startsWith('/') ? url : `/${url}`}`
}

/**
 * The services the communications team marked "featured on the home page" (published only),
 * alphabetical, at most `limit`. Cached: the home page is served from the cache.
 */
export const getFeaturedServices = (locale: Locale, limit = 6): Promise<FeaturedService[]> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'services',
        locale,
        limit,
        depth: 0,
        overrideAccess: false,
        sort: 'title',
        where: { isFeatured: { equals: true } },
        select: { title: true, summary: true, slug: true, breadcrumbs: true },
      })
      return (docs as Service[]).map((doc) => ({
        id: doc.id,
        title: doc.title,
        summary: doc.summary,
        href: serviceHref(locale, doc),
      }))
    },
    ['services-featured', locale, String(limit)],
    { tags: [tags.services], revalidate: 3600 },
  )()
