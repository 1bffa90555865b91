import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { getSectors } from '@/lib/data/directory'
import { getPayloadClient } from '@/lib/data/payload'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import { accountHref } from '@plugins/citizen-accounts/frontend'
import {
  filingHref,
  FilingView,
  getFilingContext,
  petitionTranslator,
} from '@plugins/petitions/frontend'

// Who files, their draft and a session-bound token: rendered for each request, never shared.
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
    title: petitionTranslator(locale)('file.title'),
    paths: { fr: filingHref('fr'), en: filingHref('en') },
  })
  return { ...meta, robots: { index: false } }
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function FilePetitionPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requirePublishedLocale(locale, { frenchPath: filingHref('fr') })
  const [payload, requestHeaders, query, sectors] = await Promise.all([
    getPayloadClient(),
    headers(),
    searchParams,
    getSectors(locale),
  ])
  const draft = one(query.draft)
  const context = await getFilingContext(payload, new Headers(requestHeaders), {
    locale,
    draftId: draft && /^\d{1,9}$/.test(draft) ? Number(draft) : null,
  })
  return (
    <div className="container stack prose">
      <FilingView
        locale={locale}
        context={context}
        sectors={sectors.map(({ id, name }) => ({ id, name }))}
        query={{
          error: one(query.error),
          fields: one(query.fields),
          typed: one(query.typed),
          status: one(query.status),
        }}
        signInHref={accountHref(locale, 'login', { returnTo: filingHref(locale) })}
      />
    </div>
  )
}
