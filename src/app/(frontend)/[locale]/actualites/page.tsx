import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n/config'
import { formatDate } from '@/i18n/format'
import { sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import { getNewsPage } from '@/lib/data/news'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { sectionMetadata } from '@/lib/seo/metadata'

// Reads the query string (page, filters): rendered per request, from cached data.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getTranslator(locale)
  return sectionMetadata(locale, 'news', t('news.title'), t('news.intro'))
}

const pageNumber = (value: string | undefined) => {
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1
}

export default async function NewsListPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: sectionHref('fr', 'news') })
  const page = pageNumber((await searchParams).page)
  const t = getTranslator(locale)
  const { items, totalPages } = await getNewsPage(locale, page)
  const pageHref = (n: number) => `${sectionHref(locale, 'news')}${n > 1 ? `?page=${n}` : ''}`
  return (
    <div className="container stack">
      <h1>{t('news.title')}</h1>
      <p className="lead">{t('news.intro')}</p>
      <p>
        {t('feeds.newsIntro')}{' '}
        <a href={`${sectionHref(locale, 'news')}/rss.xml`} type="application/rss+xml">
          {t('feeds.subscribe')} (RSS)
        </a>
      </p>
      {items.length === 0 ? (
        <p>{t('news.empty')}</p>
      ) : (
        <ul className="item-list">
          {items.map((item) => (
            <li key={item.id} className="card">
              <h2>
                <Link href={sectionHref(locale as Locale, 'news', item.slug)}>{item.title}</Link>
              </h2>
              <p className="meta">
                <time dateTime={item.publishedAt}>
                  {t('news.published', { date: formatDate(locale, item.publishedAt) })}
                </time>
              </p>
              <p>{item.summary}</p>
            </li>
          ))}
        </ul>
      )}
      {totalPages > 1 ? (
        <nav aria-label={t('news.pagination')} className="pagination">
          {page > 1 ? <Link href={pageHref(page - 1)}>{t('news.previous')}</Link> : null}
          <span>{t('news.pageOf', { page, total: totalPages })}</span>
          {page < totalPages ? <Link href={pageHref(page + 1)}>{t('news.next')}</Link> : null}
        </nav>
      ) : null}
    </div>
  )
}
