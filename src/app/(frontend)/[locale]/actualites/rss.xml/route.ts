import { isLocale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import { getNewsForFeed } from '@/lib/data/feeds'
import { getSiteSettings } from '@/lib/data/siteSettings'
import { buildRss } from '@/lib/feeds'
import { siteUrl } from '@/utilities/siteUrl'
import { city } from '@engines/city'

/** RSS 2.0 of the latest news, in the language of the URL (/fr/actualites/rss.xml, /en/news/rss.xml). */
export const GET = async (
  _request: Request,
  { params }: { params: Promise<{ locale: string }> },
) => {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const settings = await getSiteSettings(locale)
  if (locale === 'en' && !settings.englishEnabled) return new Response('Not found', { status: 404 })
  const t = getTranslator(locale)
  const base = siteUrl()
  const items = await getNewsForFeed(locale)
  const xml = buildRss({
    title: `${t('news.title')} — ${settings.cityName}`,
    description: t('news.intro'),
    siteUrl: `${base}${sectionHref(locale, 'news')}`,
    feedUrl: `${base}${sectionHref(locale, 'news')}/rss.xml`,
    language: city.languageTags[locale],
    items: items.map((item) => ({
      title: item.title,
      link: `${base}${sectionHref(locale, 'news', item.slug)}`,
      summary: item.summary,
      published: new Date(item.publishedAt),
      updated: new Date(item.updatedAt),
      categories: item.categories ?? [],
    })),
    ttlMinutes: 15,
  })
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
