import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { getSectors } from '@/lib/data/directory'
import { getPayloadClient } from '@/lib/data/payload'
import { getPetitionBySlug, getSupportPage } from '@/lib/data/petitions'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import { accountHref } from '@plugins/citizen-accounts/frontend'
import {
  getSigningContext,
  isSigningOpen,
  petitionHref,
  PetitionView,
  SupportView,
} from '@plugins/petitions/frontend'

// The signing block depends on who is asking (signed in, eligible, who of the household signed)
// and carries a CSRF token bound to the session: rendered for each request, never shared. The
// petition itself comes from the cache.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params, searchParams }: Props): Promise<Metadata> => {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  // A draft's share link: never indexed, its token never sent on as a referrer.
  if ((await searchParams).appui !== undefined)
    return { robots: { index: false, follow: false }, referrer: 'no-referrer' }
  const petition = await getPetitionBySlug(locale, slug)
  if (!petition) return {}
  return pageMetadata({
    locale,
    title: petition.title,
    description: petition.request,
    paths: { fr: petitionHref('fr', slug), en: petitionHref('en', slug) },
  })
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export default async function PetitionPage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  // A draft gathering its supports, by its share link: read fresh, never cached.
  const token = one((await searchParams).appui)
  if (token) {
    const [query, requestHeaders, sectors] = await Promise.all([
      searchParams,
      headers(),
      getSectors(locale),
    ])
    const support = await getSupportPage(slug, token, new Headers(requestHeaders))
    if (support)
      return (
        <div className="container stack prose">
          <SupportView
            locale={locale}
            context={support}
            sectors={sectors.map(({ id, name }) => ({ id, name }))}
            query={{ status: one(query.status), error: one(query.error) }}
            signInHref={accountHref(locale, 'login', {
              returnTo: petitionHref(locale, slug, { query: { appui: token } }),
            })}
          />
        </div>
      )
  }
  const petition = await getPetitionBySlug(locale, slug)
  if (!petition) notFound()
  await requirePublishedLocale(locale, { frenchPath: petitionHref('fr', slug) })
  const [payload, requestHeaders, query, sectors] = await Promise.all([
    getPayloadClient(),
    headers(),
    searchParams,
    getSectors(locale),
  ])
  const context = isSigningOpen(petition)
    ? await getSigningContext(payload, new Headers(requestHeaders), petition, undefined, {
        typed: one(query.typed),
      })
    : null
  return (
    <div className="container stack prose">
      <PetitionView
        locale={locale}
        petition={petition}
        sectors={sectors.map(({ id, name }) => ({ id, name }))}
        context={context}
        query={{ status: one(query.status), error: one(query.error) }}
        signInHref={accountHref(locale, 'login', { returnTo: petitionHref(locale, slug) })}
      />
    </div>
  )
}
