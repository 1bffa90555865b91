import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'
import type { Notice } from '@/payload-types'

import { getViewableBySlug } from './bySlug'
import { andWrittenIn } from './localeVersion'
import { getPayloadClient } from './payload'

export type NoticeSummary = Pick<
  Notice,
  'id' | 'title' | 'summary' | 'slug' | 'kind' | 'severity' | 'startsAt' | 'endsAt' | 'isSafety'
> & { sectorIds: number[] }

const select = {
  title: true,
  summary: true,
  slug: true,
  kind: true,
  severity: true,
  startsAt: true,
  endsAt: true,
  isSafety: true,
  sectors: true,
} as const

const toSummary = (doc: Notice): NoticeSummary => ({
  id: doc.id,
  title: doc.title,
  summary: doc.summary,
  slug: doc.slug,
  kind: doc.kind,
  severity: doc.severity,
  startsAt: doc.startsAt,
  endsAt: doc.endsAt,
  isSafety: doc.isSafety,
  sectorIds: (doc.sectors ?? []).map((s) => (typeof s === 'number' ? s : s.id)),
})

const severityRank = { emergency: 0, warning: 1, info: 2 } as const

/** True while a notice is in force at `now`: started, and not yet ended. */
export const isInForce = (notice: Pick<Notice, 'startsAt' | 'endsAt'>, now: Date): boolean =>
  new Date(notice.startsAt) <= now && (!notice.endsAt || new Date(notice.endsAt) > now)

/**
 * Published notices that are in force or start within a day, most severe first. Cached for at most
 * a minute so a notice leaves the banner on its own shortly after its end time, even when nobody
 * edits anything; callers filter on the exact time with isInForce.
 */
const getCurrentNotices = (locale: Locale): Promise<NoticeSummary[]> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const now = new Date()
      const { docs } = await payload.find({
        collection: 'notices',
        locale,
        limit: 100,
        depth: 0,
        overrideAccess: false,
        sort: '-startsAt',
        select,
        where: andWrittenIn(locale, {
          and: [
            {
              startsAt: { less_than_equal: new Date(now.getTime() + 24 * 3600_000).toISOString() },
            },
            {
              or: [{ endsAt: { exists: false } }, { endsAt: { greater_than: now.toISOString() } }],
            },
          ],
        }),
      })
      return (docs as Notice[]).map(toSummary)
    },
    ['notices-current', locale],
    { tags: [tags.notices], revalidate: 60 },
  )()

/** The banner's rule: warnings and emergencies in force at `now`, most severe first, then newest. */
export const selectBannerNotices = <T extends Pick<Notice, 'severity' | 'startsAt' | 'endsAt'>>(
  notices: T[],
  now: Date,
): T[] =>
  notices
    .filter((n) => n.severity !== 'info' && isInForce(n, now))
    .sort(
      (a, b) =>
        severityRank[a.severity] - severityRank[b.severity] || b.startsAt.localeCompare(a.startsAt),
    )

/** Warnings and emergencies in force now, for the site-wide banner. */
export const getBannerNotices = async (
  locale: Locale,
  now = new Date(),
): Promise<NoticeSummary[]> => selectBannerNotices(await getCurrentNotices(locale), now)

/**
 * Notices in force at `now` that concern one sector: those naming it and those for the whole city
 * (no sector), every severity, most severe first. From the same one-minute cache as the banner.
 */
export const getActiveNoticesForSector = async (
  locale: Locale,
  sectorId: number,
  now = new Date(),
): Promise<NoticeSummary[]> =>
  (await getCurrentNotices(locale))
    .filter(
      (n) => isInForce(n, now) && (n.sectorIds.length === 0 || n.sectorIds.includes(sectorId)),
    )
    .sort(
      (a, b) =>
        severityRank[a.severity] - severityRank[b.severity] || b.startsAt.localeCompare(a.startsAt),
    )

export type NoticeFilter = { kind?: string | null; sectorId?: number | null; isArchive?: boolean }

/** The notices list: in force (or coming) by default, the archive of ended ones on request. */
export const getNoticeList = (
  locale: Locale,
  { kind, sectorId, isArchive = false }: NoticeFilter,
): Promise<NoticeSummary[]> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      const now = new Date().toISOString()
      const and: Record<string, unknown>[] = [
        isArchive
          ? { endsAt: { less_than_equal: now } }
          : { or: [{ endsAt: { exists: false } }, { endsAt: { greater_than: now } }] },
      ]
      if (kind) and.push({ kind: { equals: kind } })
      if (sectorId)
        and.push({ or: [{ sectors: { in: [sectorId] } }, { sectors: { exists: false } }] })
      const { docs } = await payload.find({
        collection: 'notices',
        locale,
        limit: 100,
        depth: 0,
        overrideAccess: false,
        sort: isArchive ? '-endsAt' : '-startsAt',
        select,
        where: andWrittenIn(locale, { and } as never),
      })
      return (docs as Notice[]).map(toSummary)
    },
    ['notices-list', locale, kind ?? '', String(sectorId ?? ''), String(isArchive)],
    { tags: [tags.notices], revalidate: 60 },
  )()

/** One published notice by slug in the visitor's language. */
export const getNoticeBySlug = (locale: Locale, slug: string): Promise<Notice | null> =>
  getViewableBySlug('notices', locale, slug)
