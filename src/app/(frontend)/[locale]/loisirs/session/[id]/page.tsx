import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/config'
import { getActivitySession } from '@/lib/data/activities'
import { getPayloadClient } from '@/lib/data/payload'
import { requirePublishedLocale } from '@/lib/seo/locale'
import { pageMetadata } from '@/lib/seo/metadata'
import { accountHref } from '@plugins/citizen-accounts/frontend'
import { getRegisterContext, sessionHref, SessionView } from '@plugins/activities/frontend'

import { activitiesBase } from '../../base'

// The register form depends on who is asking (their household, what they hold or wait for) and
// carries a CSRF token bound to the session: rendered for each request, never shared. The session
// itself comes from the cache.
export const dynamic = 'force-dynamic'

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const idOf = (value: string) => (/^\d{1,9}$/.test(value) ? Number(value) : null)
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, id } = await params
  const sessionId = idOf(id)
  if (!isLocale(locale) || !sessionId) return {}
  const detail = await getActivitySession(locale, sessionId)
  if (!detail) return {}
  return pageMetadata({
    locale,
    title: `${detail.activity.title} — ${detail.session.name}`,
    description: detail.activity.description,
    paths: {
      fr: sessionHref('fr', activitiesBase, sessionId),
      en: sessionHref('en', activitiesBase, sessionId),
    },
  })
}

export default async function ActivitySessionPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  const sessionId = idOf(id)
  if (!isLocale(locale) || !sessionId) notFound()
  const detail = await getActivitySession(locale, sessionId)
  if (!detail) notFound()
  await requirePublishedLocale(locale, { frenchPath: sessionHref('fr', activitiesBase, sessionId) })
  const [payload, requestHeaders, query] = await Promise.all([
    getPayloadClient(),
    headers(),
    searchParams,
  ])
  const context = await getRegisterContext(payload, new Headers(requestHeaders), sessionId)
  return (
    <div className="container stack prose">
      <SessionView
        locale={locale}
        detail={detail}
        context={context}
        query={{
          status: one(query.status),
          error: one(query.error),
          reasons: one(query.reasons),
          position: one(query.position),
        }}
        basePath={activitiesBase}
        signInHref={accountHref(locale, 'login', {
          returnTo: sessionHref(locale, activitiesBase, sessionId),
        })}
      />
    </div>
  )
}
