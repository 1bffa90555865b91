import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { getPayloadClient } from '@/lib/data/payload'
import { getCityMap, getPublicRequests, getPublicRequestTypes } from '@/lib/data/requests'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import { PublicRequestsPage, publicFiltersFrom, publicListHref, requestTranslator } from '@plugins/service-requests/frontend'

// The "me too" forms carry a CSRF token bound to the visitor's session and show what this visitor
// already follows: rendered per request (the list, map and types themselves are cached reads).
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({ locale, title: requestTranslator(locale)('public.title'), paths: { fr: publicListHref('fr'), en: publicListHref('en') } })
}

/** /fr/requetes, /en/requests: the open requests, as a list and a map, with "Moi aussi". */
export default async function RequestsIndex({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: publicListHref('fr') })
  const query = await searchParams
  const { filters, page } = publicFiltersFrom(query)
  const [payload, requestHeaders, list, map, types] = await Promise.all([
    getPayloadClient(),
    headers(),
    getPublicRequests(locale, filters, page),
    getCityMap(locale),
    getPublicRequestTypes(locale),
  ])
  return <PublicRequestsPage locale={locale} searchParams={query} payload={payload} headers={new Headers(requestHeaders)} list={list} map={map} types={types} />
}
