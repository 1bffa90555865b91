import { isLocale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import { getSectors } from '@/lib/data/directory'
import { getNoticeList } from '@/lib/data/notices'
import { getSiteSettings } from '@/lib/data/siteSettings'
import { buildRss } from '@/lib/feeds'
import { sectorNoticesFeedHref } from '@/lib/feeds/links'
import { readIndexParam } from '@/server/pageQuery'
import { siteUrl } from '@/utilities/siteUrl'
import { city } from '@engines/city'

/**
 * RSS 2.0 of current notices; `?sector=code` keeps those for one sector (and the whole city). The
 * French `?secteur=code` of the feed's first links is read too, for ever: readers keep the address
 * they subscribed to.
 */
export const GET = async (
  request: Request,
  { params }: { params: Promise<{ locale: string }> },
) => {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const settings = await getSiteSettings(locale)
  if (locale === 'en' && !settings.englishEnabled) return new Response('Not found', { status: 404 })
  // `?sector=`, or `?secteur=` of the feed's first links (src/server/pageQuery.ts holds both).
  const code = readIndexParam('notices', 'sector', new URL(request.url).searchParams)
  const sector = code ? (await getSectors(locale)).find((s) => s.code === code) : null
  if (code && !sector) {
    return new Response('Secteur inconnu. / Unknown sector.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const t = getTranslator(locale)
  const base = siteUrl()
  const notices = await getNoticeList(locale, { sectorId: sector?.id ?? null })
  const xml = buildRss({
    title: `${t('notices.title')}${sector ? ` — ${sector.name}` : ''} — ${settings.cityName}`,
    description: t('notices.intro'),
    siteUrl: `${base}${sectionHref(locale, 'notices')}`,
    feedUrl: `${base}${sector ? sectorNoticesFeedHref(locale, sector.code) : `${sectionHref(locale, 'notices')}/rss.xml`}`,
    language: city.languageTags[locale],
    items: notices.map((notice) => ({
      title: notice.title,
      link: `${base}${sectionHref(locale, 'notices', notice.slug)}`,
      summary: notice.summary,
      published: new Date(notice.startsAt),
      categories: [notice.kind, notice.severity],
    })),
    ttlMinutes: 5,
  })
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=60',
    },
  })
}
