import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { newsCategories } from '@collections/News'
import { ResponsiveImage } from '@/components/ResponsiveImage'
import { isLocale } from '@/i18n/config'
import { formatDate } from '@/i18n/format'
import { sectionHref } from '@/i18n/routes'
import { getTranslator } from '@/i18n/translate'
import { getNewsBySlug } from '@/lib/data/news'
import { frenchPathOf, requirePublishedLocale } from '@/lib/seo/locale'
import { documentMetadata } from '@/lib/seo/metadata'
import type { Media, News } from '@/payload-types'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = () => []

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const textOf = (node: LexicalNode): string =>
  (node.text ?? '') + (node.children ?? []).map(textOf).join('')
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * The body without a first paragraph that only repeats the summary: the summary is the page's
 * lead, and editors often open the body with the same sentence (the demo's news all do).
 */
const withoutRepeatedLead = (
  body: News['body'],
  summary: string | null | undefined,
): News['body'] => {
  const children = (body?.root?.children ?? []) as LexicalNode[]
  const first = children[0]
  if (!body || !summary || first?.type !== 'paragraph' || squash(textOf(first)) !== squash(summary))
    return body
  return { ...body, root: { ...body.root, children: body.root.children.slice(1) } }
}

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
  const body = withoutRepeatedLead(item.body, item.summary)
  return (
    <article className="container stack prose">
      <p>
        <Link href={sectionHref(locale, 'news')}>{t('news.back')}</Link>
      </p>
      <h1>{item.title}</h1>
      <p className="meta">
        <time dateTime={item.publishedAt}>
          {t('news.published', { date: formatDate(locale, item.publishedAt) })}
        </time>
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
      {item.heroImage && typeof item.heroImage === 'object' ? (
        <figure className="news-hero">
          <ResponsiveImage
            media={item.heroImage as Media}
            sizes="(min-width: 48rem) 46rem, calc(100vw - 2rem)"
            isPriority
          />
          {(item.heroImage as Media).credit ? (
            <figcaption className="meta">
              {t('news.credit', { credit: (item.heroImage as Media).credit! })}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      {body?.root?.children?.length ? <RichText data={body} /> : null}
    </article>
  )
}
