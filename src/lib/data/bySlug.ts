import { unstable_cache } from 'next/cache'
import { draftMode, headers } from 'next/headers'
import type { DataFromCollectionSlug } from 'payload'

import { isStaffUser } from '@/access/roles'
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

/**
 * The staff member previewing drafts in this browser (draft mode turned on by /fr/apercu and a
 * valid admin session), else null. Outside draft mode this reads no header, so pages stay static.
 */
export const getPreviewUser = async () => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return isStaffUser(user) ? user : null
}

/**
 * What a visitor sees at a slug: the published document, or — for staff in preview — the latest
 * draft, read with their own access rights and never cached.
 */
export const getViewableBySlug = async <T extends SluggedCollection>(
  collection: T,
  locale: Locale,
  slug: string,
): Promise<DataFromCollectionSlug<T> | null> => {
  const user = await getPreviewUser()
  if (!user) return getPublishedBySlug(collection, locale, slug)
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    locale,
    limit: 1,
    depth: 1,
    draft: true,
    overrideAccess: false,
    user,
    where: { slug: { equals: slug } },
  })
  return (docs[0] as DataFromCollectionSlug<T> | undefined) ?? null
}

/** A document's slug in every language, for links to the same page in the other language. */
export const getLocalizedSlugs = (
  collection: SluggedCollection,
  id: number,
): Promise<Partial<Record<Locale, string>>> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const doc = await payload
        .findByID({
          collection,
          id,
          locale: 'all',
          depth: 0,
          overrideAccess: false,
          select: { slug: true },
        })
        .catch(() => null)
      const slug = (doc as { slug?: unknown } | null)?.slug
      return slug && typeof slug === 'object' ? (slug as Partial<Record<Locale, string>>) : {}
    },
    ['localized-slugs', collection, String(id)],
    { tags: [tags[collection]] },
  )()

/** A service's public path in every language, from its localized breadcrumbs (nested-docs). */
export const getServicePaths = (id: number): Promise<Partial<Record<Locale, string>>> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const doc = await payload
        .findByID({
          collection: 'services',
          id,
          locale: 'all',
          depth: 0,
          overrideAccess: false,
          select: { breadcrumbs: true },
        })
        .catch(() => null)
      const byLocale = ((doc as { breadcrumbs?: unknown } | null)?.breadcrumbs ?? {}) as Record<
        string,
        { url?: string | null }[] | null
      >
      const paths: Partial<Record<Locale, string>> = {}
      for (const locale of ['fr', 'en'] as const) {
        const url = byLocale[locale]?.at(-1)?.url
        if (url) paths[locale] = `/${locale}/services${url}`
      }
      return paths
    },
    ['service-paths', String(id)],
    { tags: [tags.services] },
  )()
