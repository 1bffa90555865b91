import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'

import { getPayloadClient } from './payload'

export type SitemapDoc = { slug: string; updatedAt: string }

/** Slugs of the published news, notices and pages in one language, for the sitemap. */
export const getSitemapDocs = (locale: Locale) =>
  unstable_cache(
    async (): Promise<{ news: SitemapDoc[]; notices: SitemapDoc[]; pages: SitemapDoc[] }> => {
      const payload = await getPayloadClient()
      const [news, notices, pages] = await Promise.all(
        (['news', 'notices', 'pages'] as const).map((collection) =>
          payload.find({
            collection,
            locale,
            limit: 5000,
            depth: 0,
            overrideAccess: false,
            select: { slug: true, updatedAt: true },
          }),
        ),
      )
      const keep = (docs: { slug?: string | null; updatedAt: string }[]) =>
        docs.flatMap((d) => (d.slug ? [{ slug: d.slug, updatedAt: d.updatedAt }] : []))
      return { news: keep(news.docs), notices: keep(notices.docs), pages: keep(pages.docs) }
    },
    ['sitemap', locale],
    { tags: [tags.news, tags.notices, tags.pages], revalidate: 3600 },
  )()
