import { unstable_cache } from 'next/cache'
import type { DataFromCollectionSlug } from 'payload'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'

import { getPayloadClient } from './payload'

type SluggedCollection = 'news' | 'notices' | 'events' | 'services' | 'pages'

/**
 * One published document by its slug in the visitor's language (drafts stay invisible: access is
 * checked as for an anonymous visitor), cached under the collection's tag.
 */
export const getPublishedBySlug = <T extends SluggedCollection>(
  collection: T,
  locale: Locale,
  slug: string,
): Promise<DataFromCollectionSlug<T> | null> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection,
        locale,
        limit: 1,
        depth: 1,
        overrideAccess: false,
        where: { slug: { equals: slug } },
      })
      return (docs[0] as DataFromCollectionSlug<T> | undefined) ?? null
    },
    ['by-slug', collection, locale, slug],
    { tags: [tags[collection]] },
  )()
