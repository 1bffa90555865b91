import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'
import type { News } from '@/payload-types'

import { getViewableBySlug } from './bySlug'
import { andWrittenIn } from './localeVersion'
import { getPayloadClient } from './payload'

export type NewsSummary = Pick<
  News,
  'id' | 'title' | 'summary' | 'slug' | 'publishedAt' | 'categories'
>
export type NewsPage = { items: NewsSummary[]; page: number; totalPages: number }

const summarySelect = {
  title: true,
  summary: true,
  slug: true,
  publishedAt: true,
  categories: true,
} as const

/** Published news, newest first, 12 per page. */
export const getNewsPage = (locale: Locale, page = 1): Promise<NewsPage> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const result = await payload.find({
        collection: 'news',
        locale,
        page,
        limit: 12,
        sort: '-publishedAt',
        depth: 0,
        overrideAccess: false,
        where: andWrittenIn(locale, { publishedAt: { less_than_equal: new Date().toISOString() } }),
        select: summarySelect,
      })
      return {
        items: result.docs as NewsSummary[],
        page: result.page ?? 1,
        totalPages: result.totalPages,
      }
    },
    ['news-page', locale, String(page)],
    { tags: [tags.news], revalidate: 300 },
  )()

/** One published news item by its slug in the visitor's language, or null. */
export const getNewsBySlug = (locale: Locale, slug: string): Promise<News | null> =>
  getViewableBySlug('news', locale, slug)
