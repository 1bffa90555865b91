import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'

import { andWrittenIn } from './localeVersion'
import { getPayloadClient } from './payload'

export type SitemapDoc = { slug: string; updatedAt: string }

/** Slugs of the published news, notices, pages and events written in one language, for the sitemap. */
export const getSitemapDocs = (locale: Locale) =>
  unstable_cache(
    async (): Promise<{
      news: SitemapDoc[]
      notices: SitemapDoc[]
      pages: SitemapDoc[]
      events: SitemapDoc[]
    }> => {
      const payload = await getPayloadClient()
      const [news, notices, pages, events] = await Promise.all(
        (['news', 'notices', 'pages', 'events'] as const).map((collection) =>
          payload.find({
            collection,
            locale,
            limit: 5000,
            depth: 0,
            overrideAccess: false,
            where: andWrittenIn(locale),
            select: { slug: true, updatedAt: true },
          }),
        ),
      )
      const keep = (docs: { slug?: string | null; updatedAt: string }[]) =>
        docs.flatMap((d) => (d.slug ? [{ slug: d.slug, updatedAt: d.updatedAt }] : []))
      return {
        news: keep(news.docs),
        notices: keep(notices.docs),
        pages: keep(pages.docs),
        events: keep(events.docs),
      }
    },
    ['sitemap', locale],
    { tags: [tags.news, tags.notices, tags.pages, tags.events], revalidate: 3600 },
  )()
