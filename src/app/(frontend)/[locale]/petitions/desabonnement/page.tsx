import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { getUnsubscribePage } from '@/lib/data/petitions'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import { petitionTranslator, unsubscribeHref, UnsubscribeView } from '@plugins/petitions/frontend'

// The link's signature is checked on each request; opening the page changes nothing (the button's
// POST unsubscribes), so a mail scanner following the link unsubscribes nobody.
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
    title: petitionTranslator(locale)('unsubscribe.title'),
    paths: { fr: unsubscribeHref('fr'), en: unsubscribeHref('en') },
  })
  return { ...meta, robots: { index: false, follow: false }, referrer: 'no-referrer' }
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function PetitionUnsubscribePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: unsubscribeHref('fr') })
  const query = await searchParams
  const link = { signature: one(query.signature), s: one(query.s) }
  const context = link.signature ? await getUnsubscribePage(link) : null
  return (
    <div className="container stack prose">
      <UnsubscribeView
        locale={locale}
        context={context}
        query={{ ...link, status: one(query.status), error: one(query.error) }}
      />
    </div>
  )
}
