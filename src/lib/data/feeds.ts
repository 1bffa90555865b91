import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'
import type { SectorBoundary } from '@engines/place'
import type { Notice } from '@/payload-types'

import { andWrittenIn } from './localeVersion'
import { getPayloadClient } from './payload'

/** The 50 latest published news items for the RSS feed. */
export const getNewsForFeed = (locale: Locale) =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'news',
        locale,
        limit: 50,
        sort: '-publishedAt',
        depth: 0,
        overrideAccess: false,
        where: andWrittenIn(locale, { publishedAt: { less_than_equal: new Date().toISOString() } }),
        select: {
          title: true,
          summary: true,
          slug: true,
          publishedAt: true,
          updatedAt: true,
          categories: true,
        },
      })
      return docs
    },
    ['news-feed', locale],
    { tags: [tags.news], revalidate: 300 },
  )()

export type CapNoticeData = {
  notice: Notice
  english: Pick<Notice, 'title' | 'summary' | 'instruction'> | null
  sectors: { name: string; boundary: SectorBoundary }[]
}

/** One published notice in both languages, with its sectors' boundaries, for its CAP document. */
export const getNoticeForCap = (id: number, withEnglish: boolean): Promise<CapNoticeData | null> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const found = await payload.find({
        collection: 'notices',
        locale: 'fr',
        limit: 1,
        depth: 1,
        overrideAccess: false,
        where: { id: { equals: id } },
      })
      const notice = found.docs[0]
      if (!notice) return null
      const english = withEnglish
        ? ((
            await payload.find({
              collection: 'notices',
              locale: 'en',
              fallbackLocale: false,
              limit: 1,
              depth: 0,
              overrideAccess: false,
              where: { id: { equals: id } },
              select: { title: true, summary: true, instruction: true },
            })
          ).docs[0] ?? null)
        : null
      const sectors = (notice.sectors ?? []).flatMap((s) =>
        typeof s === 'object'
          ? [{ name: s.name, boundary: s.boundary as unknown as SectorBoundary }]
          : [],
      )
      return { notice, english: english?.title ? english : null, sectors }
    },
    ['notice-cap', String(id), String(withEnglish)],
    { tags: [tags.notices, tags.sectors] },
  )()
