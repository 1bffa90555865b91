import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { getPayloadClient } from '@/lib/data/payload'
import { getCityMap, getPublicRequests, getPublicRequestTypes } from '@/lib/data/requests'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import {
  PublicRequestsPage,
  publicFiltersFrom,
  publicListHref,
  requestTranslator,
} from '@plugins/service-requests/frontend'

// Reached through its cached route (requetes/%5Fq/[query], src/proxy.ts): the same page for every
// visitor, rendered once per filter combination, from cached reads.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({
    locale,
    title: requestTranslator(locale)('public.title'),
    paths: { fr: publicListHref('fr'), en: publicListHref('en') },
  })
}

/** /fr/requetes, /en/requests: the open requests, as a list and a map, with "Moi aussi". */
export default async function RequestsIndex({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: publicListHref('fr') })
  const query = await searchParams
  const { filters, page } = publicFiltersFrom(query)
  const [payload, list, map, types] = await Promise.all([
    getPayloadClient(),
    getPublicRequests(locale, filters, page),
    getCityMap(locale),
    getPublicRequestTypes(locale),
  ])
  return (
    <PublicRequestsPage
      locale={locale}
      searchParams={query}
      payload={payload}
      list={list}
      map={map}
      types={types}
    />
  )
}
