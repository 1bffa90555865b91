import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { findAddresses } from '@/lib/data/addresses'
import { getPayloadClient } from '@/lib/data/payload'
import { getCityMap, getRequestTypeChoices } from '@/lib/data/requests'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import { accountHref } from '@plugins/citizen-accounts/frontend'
import {
  NewRequestPage,
  newRequestHref,
  requestTranslator,
} from '@plugins/service-requests/frontend'

// Reads the session cookie and the draft in the query string: rendered per request, never cached
// (the types and the map it shows are cached reads; per request remain the citizen, the draft and the CSRF token).
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const metadata = await pageMetadata({
    locale,
    title: requestTranslator(locale)('pages.new'),
    paths: { fr: newRequestHref('fr'), en: newRequestHref('en') },
  })
  // The draft key in the address is a secret: the page sends no Referer at all (the Referrer-Policy
  // header of src/server/securityHeaders.ts).
  return metadata
}

export default async function NewRequest({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: newRequestHref('fr') })
  const [payload, requestHeaders, query] = await Promise.all([
    getPayloadClient(),
    headers(),
    searchParams,
  ])
  return (
    <NewRequestPage
      locale={locale}
      searchParams={query}
      payload={payload}
      headers={new Headers(requestHeaders)}
      findAddresses={findAddresses}
      signInHref={accountHref(locale, 'login')}
      registerHref={accountHref(locale, 'register')}
      listTypes={getRequestTypeChoices}
      loadMap={getCityMap}
      enhancementScriptSrc
    />
  )
}
