import { isLocale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getTranslator, type MessageKey } from '@/i18n/translate'
import { getNoticeForCap } from '@/lib/data/feeds'
import { getSiteSettings } from '@/lib/data/siteSettings'
import { buildCapAlert, CAP_MIME_TYPE, type CapInfo } from '@/lib/feeds'
import { capIdentifier } from '@/utilities/capIdentifier'
import { siteUrl } from '@/utilities/siteUrl'
import { city } from '@engines/city'

/**
 * One notice as a CAP 1.2 alert: French always; English too when the site publishes in English or
 * the notice concerns health or safety (allowed even for a French-only city). Sector polygons become
 * <area><polygon>.
 */
export const GET = async (
  _request: Request,
  { params }: { params: Promise<{ locale: string; file: string }> },
) => {
  const { locale, file } = await params
  const match = /^(\d{1,9})\.xml$/.exec(file)
  if (!isLocale(locale) || !match) return new Response('Not found', { status: 404 })
  const settings = await getSiteSettings('fr')
  const data = await getNoticeForCap(Number(match[1]), true)
  if (!data)
    return new Response('Avis introuvable. / Notice not found.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  const { notice, english, sectors } = data
  const fr = getTranslator('fr')
  const en = getTranslator('en')
  const kindKey = `notices.kinds.${notice.kind}` as MessageKey
  const infos: CapInfo[] = [
    {
      language: city.languageTags.fr,
      event: fr(kindKey),
      headline: notice.title,
      description: notice.summary,
      instruction: notice.instruction ?? null,
    },
  ]
  if (english && (settings.englishEnabled || notice.isSafety)) {
    infos.push({
      language: city.languageTags.en,
      event: en(kindKey),
      headline: english.title,
      description: english.summary,
      instruction: english.instruction ?? null,
    })
  }
  const base = siteUrl()
  const xml = buildCapAlert({
    identifier: capIdentifier(notice.id),
    sender: `avis@${new URL(base).hostname}`,
    senderName: settings.cityName,
    sent: new Date(notice.updatedAt),
    msgType: 'Alert',
    kind: notice.kind,
    severity: notice.severity,
    effective: new Date(notice.startsAt),
    expires: notice.endsAt ? new Date(notice.endsAt) : null,
    web: `${base}${sectionHref('fr', 'notices', notice.slug)}`,
    contact: settings.contact.phone ?? null,
    infos,
    areas: sectors.length
      ? sectors.map((sector) => ({ description: sector.name, boundary: sector.boundary }))
      : [{ description: settings.cityName, boundary: null }],
  })
  return new Response(xml, {
    headers: {
      'Content-Type': `${CAP_MIME_TYPE}; charset=utf-8`,
      'Cache-Control': 'public, max-age=60',
    },
  })
}
