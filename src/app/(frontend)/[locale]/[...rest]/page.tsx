import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { RenderBlocks } from '@/blocks/RenderBlocks'
import { isLocale } from '@/i18n/config'
import { getPageBySlug } from '@/lib/data/pages'
import { getLocalizedSlugs } from '@/lib/data/bySlug'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<{ locale: string; rest: string[] }> }

export const generateStaticParams = () => []

/** A free-form page lives at the top level ("/fr/declaration-accessibilite"); anything deeper is unknown. */
const pageFor = async ({ locale, rest }: { locale: string; rest: string[] }) =>
  isLocale(locale) && rest.length === 1 ? getPageBySlug(locale, rest[0]) : null

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const page = await pageFor(await params)
  if (!page) return {}
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const slugs = await getLocalizedSlugs('pages', page.id)
  return pageMetadata({
    locale,
    title: page.meta?.title || page.title,
    description: page.meta?.description || page.summary || undefined,
    paths: { fr: slugs.fr ? `/fr/${slugs.fr}` : null, en: slugs.en ? `/en/${slugs.en}` : null },
  })
}

// Any other path no page claims: the site's own 404 (inside the site layout) rather than Next's
// bare default, which has no language, header or way back.
export default async function FreeFormPage({ params }: Props) {
  const { locale, rest } = await params
  if (!isLocale(locale)) notFound()
  const page = await pageFor({ locale, rest })
  if (!page) notFound()
  await requirePublishedLocale(locale, {
    frenchPath: `/fr/${(await getLocalizedSlugs('pages', page.id)).fr ?? ''}`,
  })
  return (
    <article className="container stack prose">
      <h1>{page.title}</h1>
      {page.summary ? <p className="lead">{page.summary}</p> : null}
      <RenderBlocks blocks={page.layout} locale={locale} path={`/${locale}/${rest[0]}`} />
    </article>
  )
}
