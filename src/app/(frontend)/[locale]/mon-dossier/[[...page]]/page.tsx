import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { sectorSections } from '@/components/account/sectorSections'
import { isLocale } from '@/i18n/config'
import { findAddresses } from '@/lib/data/addresses'
import { getPayloadClient } from '@/lib/data/payload'
import { AccountPage, accountPageTitle } from '@plugins/citizen-accounts/frontend'

// "Mon dossier" reads the session cookie: rendered for each request, never cached or shared
// (Next answers `Cache-Control: private, no-store`, which the micro-cache skips).
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string; page?: string[] }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, page } = await params
  if (!isLocale(locale)) return {}
  const title = accountPageTitle(locale, page)
  return title ? { title, robots: { index: false } } : {}
}

export default async function MyAccountPage({ params, searchParams }: Props) {
  const { locale, page } = await params
  if (!isLocale(locale)) notFound()
  const [payload, requestHeaders, query] = await Promise.all([
    getPayloadClient(),
    headers(),
    searchParams,
  ])
  return (
    <AccountPage
      locale={locale}
      segments={page}
      searchParams={query}
      payload={payload}
      headers={new Headers(requestHeaders)}
      findAddresses={findAddresses}
      sections={sectorSections(locale)}
    />
  )
}
