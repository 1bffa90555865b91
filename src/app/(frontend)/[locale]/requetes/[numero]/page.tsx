import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { getPayloadClient } from '@/lib/data/payload'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import { siteUrl } from '@/utilities/siteUrl'
import {
  RequestStatusPage,
  requestHref,
  requestTranslator,
  trackingNumberShape,
} from '@plugins/service-requests/frontend'

// Shown only to the submitter or the holder of the secret link: rendered per request, never cached.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string; numero: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, numero } = await params
  if (!isLocale(locale) || !trackingNumberShape.test(numero)) return {}
  const metadata = await pageMetadata({
    locale,
    title: requestTranslator(locale)('pages.status', { number: numero }),
    paths: { fr: requestHref('fr', numero), en: requestHref('en', numero) },
  })
  // The follow-up secret is in the address: not indexed, and no Referer at all (the Referrer-Policy
  // header of src/server/securityHeaders.ts, sent before the page's first stylesheet is fetched).
  return { ...metadata, robots: { index: false } }
}

export default async function RequestStatus({ params, searchParams }: Props) {
  const { locale, numero } = await params
  if (!isLocale(locale) || !trackingNumberShape.test(numero)) notFound()
  await requirePublishedLocale(locale, { frenchPath: requestHref('fr', numero) })
  const [payload, requestHeaders, query] = await Promise.all([
    getPayloadClient(),
    headers(),
    searchParams,
  ])
  return (
    <RequestStatusPage
      locale={locale}
      trackingNumber={numero}
      searchParams={query}
      payload={payload}
      headers={new Headers(requestHeaders)}
      siteUrl={siteUrl()}
    />
  )
}
