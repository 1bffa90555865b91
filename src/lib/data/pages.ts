import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'
import type { Page } from '@/payload-types'

import { getPublishedBySlug } from './bySlug'
import { andWrittenIn } from './localeVersion'
import { getPayloadClient } from './payload'

export type PageLink = { key: string; title: string; href: string }

/** One published page by its slug in the visitor's language, or null. */
export const getPageBySlug = (locale: Locale, slug: string): Promise<Page | null> =>
  /^[a-z0-9-]{1,100}$/.test(slug)
    ? getPublishedBySlug('pages', locale, slug)
    : Promise.resolve(null)

/**
 * Links to published pages named by their French slug (the stable key the footer uses), in the
 * visitor's language and in the order asked; pages that are missing or unpublished are left out.
 */
export const loadPageLinks = async (
  payload: Payload,
  locale: Locale,
  frenchSlugs: string[],
): Promise<PageLink[]> => {
  const french = await payload.find({
    collection: 'pages',
    locale: 'fr',
    limit: frenchSlugs.length,
    depth: 0,
    overrideAccess: false,
    where: { slug: { in: frenchSlugs } },
    select: { slug: true, title: true },
  })
  const keyById = new Map(french.docs.map((d) => [d.id, d.slug ?? '']))
  const docs =
    locale === 'fr'
      ? french.docs
      : (
          await payload.find({
            collection: 'pages',
            locale,
            limit: frenchSlugs.length,
            depth: 0,
            overrideAccess: false,
            where: andWrittenIn(locale, { id: { in: [...keyById.keys()] } }),
            select: { slug: true, title: true },
          })
        ).docs
  return docs
    .flatMap((d) =>
      d.slug
        ? [{ key: keyById.get(d.id) ?? '', title: d.title, href: `/${locale}/${d.slug}` }]
        : [],
    )
    .sort((a, b) => frenchSlugs.indexOf(a.key) - frenchSlugs.indexOf(b.key))
}

export const getPageLinks = (locale: Locale, frenchSlugs: string[]): Promise<PageLink[]> =>
  unstable_cache(
    async () => loadPageLinks(await getPayloadClient(), locale, frenchSlugs),
    ['page-links', locale, ...frenchSlugs],
    {
      tags: [tags.pages],
    },
  )()
