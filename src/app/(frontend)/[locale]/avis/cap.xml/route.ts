import { isLocale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import { getNoticeList } from '@/lib/data/notices'
import { getSiteSettings } from '@/lib/data/siteSettings'
import { buildCapIndex } from '@/lib/feeds'
import { capIdentifier } from '@/utilities/capIdentifier'
import { siteUrl } from '@/utilities/siteUrl'

/** Atom index of the notices in force, each linking to its CAP 1.2 document (for alerting systems). */
export const GET = async (
  _request: Request,
  { params }: { params: Promise<{ locale: string }> },
) => {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const settings = await getSiteSettings(locale)
  const t = getTranslator(locale)
  const base = siteUrl()
  const now = new Date()
  const notices = (await getNoticeList(locale, {})).filter((n) => new Date(n.startsAt) <= now)
  const xml = buildCapIndex({
    title: `${t('notices.title')} (CAP) — ${settings.cityName}`,
    feedUrl: `${base}${sectionHref(locale, 'notices')}/cap.xml`,
    siteUrl: `${base}${sectionHref(locale, 'notices')}`,
    updated: now,
    authorName: settings.cityName,
    alerts: notices.map((notice) => ({
      identifier: capIdentifier(notice.id),
      headline: notice.title,
      capUrl: `${base}${sectionHref(locale, 'notices')}/cap/${notice.id}.xml`,
      sent: new Date(notice.startsAt),
      expires: notice.endsAt ? new Date(notice.endsAt) : null,
      severity: notice.severity,
    })),
  })
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=60',
    },
  })
}
