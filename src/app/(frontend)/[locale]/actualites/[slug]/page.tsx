import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { newsCategories } from '@collections/News'
import { isLocale } from '@/i18n/config'
import { formatDate } from '@/i18n/format'
import { sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import { getNewsBySlug } from '@/lib/data/news'
import { frenchPathOf, requirePublishedLocale } from '@/lib/seo/locale'
import { documentMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const item = await getNewsBySlug(locale, slug)
  return item ? documentMetadata({ locale, collection: 'news', section: 'news', doc: item }) : {}
}

export default async function NewsItemPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const item = await getNewsBySlug(locale, slug)
  if (!item) notFound()
  await requirePublishedLocale(locale, { frenchPath: await frenchPathOf('news', 'news', item.id) })
  const t = getTranslator(locale)
  return (
    <article className="container stack prose">
      <p>
        <Link href={sectionHref(locale, 'news')}>{t('news.back')}</Link>
      </p>
      <h1>{item.title}</h1>
      <p className="meta">
        <time dateTime={item.publishedAt}>{t('news.published', { date: formatDate(locale, item.publishedAt) })}</time>
        {newsCategories
          .filter((c) => (item.categories as string[] | null | undefined)?.includes(c.value))
          .map((c) => (
            <span key={c.value}>
              {' '}
              · <span className="tag">{c.label[locale]}</span>
            </span>
          ))}
      </p>
      <p className="lead">{item.summary}</p>
      {item.body ? <RichText data={item.body} /> : null}
    </article>
  )
}
