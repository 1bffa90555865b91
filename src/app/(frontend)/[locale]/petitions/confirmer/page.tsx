import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { getSignatureConfirmation } from '@/lib/data/petitions'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import { ConfirmView, confirmHref, petitionTranslator } from '@plugins/petitions/frontend'

// The emailed link's own page (its token is the visitor's): rendered for each request, never
// shared or indexed. Opening it signs nothing; its button does (a POST).
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const meta = await pageMetadata({
    locale,
    title: petitionTranslator(locale)('confirm.title'),
    paths: { fr: confirmHref('fr', null), en: confirmHref('en', null) },
  })
  return { ...meta, robots: { index: false } }
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function ConfirmSignaturePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: confirmHref('fr', null) })
  const query = await searchParams
  const context = await getSignatureConfirmation(one(query.token))
  return (
    <div className="container stack prose">
      <ConfirmView locale={locale} context={context} query={{ error: one(query.error) }} />
    </div>
  )
}
