import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { getPayloadClient } from '@/lib/data/payload'
import { activitiesTranslator, getHoldContext, HoldView } from '@plugins/activities/frontend'

import { activitiesBase } from '../../base'

// One resident's hold: read for each request with their session, never cached or indexed.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string; reference: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return {
    title: activitiesTranslator(locale)('pages.holdTitle'),
    robots: { index: false, follow: false },
  }
}

export default async function ActivityHoldPage({ params, searchParams }: Props) {
  const { locale, reference } = await params
  if (!isLocale(locale)) notFound()
  const [payload, requestHeaders, query] = await Promise.all([
    getPayloadClient(),
    headers(),
    searchParams,
  ])
  const hold = await getHoldContext(payload, new Headers(requestHeaders), reference, locale)
  if (!hold) notFound()
  return (
    <div className="container stack prose">
      <HoldView
        locale={locale}
        hold={hold}
        query={{ status: one(query.status), error: one(query.error) }}
        basePath={activitiesBase}
      />
    </div>
  )
}
