import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n/config'
import { formatDateTime } from '@/i18n/format'
import { sectionHref } from '@/i18n/routes'
import { getTranslator, type MessageKey } from '@/i18n/translate'
import { getSectors } from '@/lib/data/directory'
import { getNoticeList, type NoticeSummary } from '@/lib/data/notices'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { sectionMetadata } from '@/lib/seo/metadata'
import { sectorNoticesFeedHref } from '@/lib/feeds/links'

// Reads the query string (page, filters): rendered per request, from cached data.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ type?: string; sector?: string; archives?: string }>
}

const kinds = [
  'boil-water',
  'water-outage',
  'road-closure',
  'snow-clearing',
  'emergency',
  'legal',
] as const

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return sectionMetadata(locale, 'notices', getTranslator(locale)('notices.title'))
}

export default async function NoticesPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: sectionHref('fr', 'notices') })
  const query = await searchParams
  const t = getTranslator(locale)
  const sectors = await getSectors(locale)
  // Unknown values are ignored rather than refused: a shared link with a stale filter still works.
  const kind = kinds.find((k) => k === query.type) ?? null
  const sector = sectors.find((s) => s.code === query.sector) ?? null
  const isArchive = query.archives === '1'
  const notices = await getNoticeList(locale, { kind, sectorId: sector?.id ?? null, isArchive })
  const sectorName = new Map(sectors.map((s) => [s.id, s.name]))
  const base = sectionHref(locale, 'notices')
  return (
    <div className="container stack">
      <h1>{isArchive ? t('notices.archiveTitle') : t('notices.title')}</h1>
      <p className="lead">{t('notices.intro')}</p>
      <nav aria-label={t('feeds.subscribe')}>
        <p>{t('feeds.noticesIntro')}</p>
        <ul className="subscribe-links">
          <li>
            <a href={`${base}/rss.xml`} type="application/rss+xml">
              {t('feeds.subscribe')} — RSS
            </a>
          </li>
          {sector ? (
            <li>
              <a href={sectorNoticesFeedHref(locale, sector.code)} type="application/rss+xml">
                {t('feeds.sectorNotices', { sector: sector.name })}
              </a>
            </li>
          ) : null}
          <li>
            <a href={`${base}/cap.xml`} type="application/atom+xml">
              {t('feeds.subscribe')} — CAP
            </a>
          </li>
        </ul>
      </nav>
      <form method="get" action={base} className="filters" aria-label={t('notices.filters')}>
        <div>
          <label htmlFor="filtre-type">{t('notices.kind')}</label>
          <select id="filtre-type" name="type" defaultValue={kind ?? ''}>
            <option value="">{t('notices.allKinds')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`notices.kinds.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filtre-secteur">{t('notices.sector')}</label>
          <select id="filtre-secteur" name="sector" defaultValue={sector?.code ?? ''}>
            <option value="">{t('notices.allSectors')}</option>
            {sectors.map((s) => (
              <option key={s.id} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        {isArchive ? <input type="hidden" name="archives" value="1" /> : null}
        <button type="submit">{t('notices.apply')}</button>
      </form>
      <p>
        <Link href={isArchive ? base : `${base}?archives=1`}>
          {isArchive ? t('notices.showCurrent') : t('notices.showArchive')}
        </Link>
      </p>
      {notices.length === 0 ? (
        <p role="status">{t('notices.empty')}</p>
      ) : (
        <ul className="item-list">
          {notices.map((notice) => (
            <NoticeCard key={notice.id} locale={locale} notice={notice} sectorName={sectorName} />
          ))}
        </ul>
      )}
    </div>
  )
}

const NoticeCard = ({
  locale,
  notice,
  sectorName,
}: {
  locale: Locale
  notice: NoticeSummary
  sectorName: Map<number, string>
}) => {
  const t = getTranslator(locale)
  const names = notice.sectorIds
    .map((id) => sectorName.get(id))
    .filter(Boolean)
    .join(', ')
  return (
    <li className="card">
      <p>
        <span className={`tag tag-${notice.severity}`}>
          {t(`notices.severities.${notice.severity}` as MessageKey)}
        </span>{' '}
        <span className="tag">{t(`notices.kinds.${notice.kind}` as MessageKey)}</span>
      </p>
      <h2>
        <Link href={sectionHref(locale, 'notices', notice.slug)}>{notice.title}</Link>
      </h2>
      <p>{notice.summary}</p>
      <p className="meta">
        {t('notices.starts', { date: formatDateTime(locale, notice.startsAt) })} ·{' '}
        {notice.endsAt
          ? t('notices.ends', { date: formatDateTime(locale, notice.endsAt) })
          : t('notices.untilFurther')}{' '}
        · {names ? t('notices.sectors', { names }) : t('notices.wholeCity')}
      </p>
    </li>
  )
}
