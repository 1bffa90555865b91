import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '@/i18n/config'
import { addressScheduleHref, sectionHref } from '@/i18n/routes'
import { getTranslator, type MessageKey } from '@/i18n/translate'
import { findAddresses, getSchedulesForSector } from '@/lib/data/addresses'
import { getNoticeList } from '@/lib/data/notices'
import { getPayloadClient } from '@/lib/data/payload'
import { formatDay, labelColon } from '@/lib/schedules/format'
import { upcomingCollections } from '@/lib/schedules/upcoming'
import {
  AccountPage,
  accountPageTitle,
  type DashboardSection,
} from '@plugins/citizen-accounts/frontend'

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

/** The app's own blocks of the dashboard: what the city knows about the citizen's sector. */
const sectorSections = (locale: Locale): DashboardSection[] => {
  const t = getTranslator(locale)
  return [
    {
      key: 'collections',
      order: 10,
      render: async ({ citizen }) => {
        if (!citizen.sectorId) return null
        const { schedules } = await getSchedulesForSector(locale, citizen.sectorId)
        const days = upcomingCollections(schedules, { weeks: 2 })
        return (
          <section aria-labelledby="mes-collectes" className="stack">
            <h2 id="mes-collectes">{t('account.collectionsTitle')}</h2>
            {days.length === 0 ? (
              <p>{t('account.noCollections')}</p>
            ) : (
              <ul>
                {days.map((day) => (
                  <li key={day.date}>
                    <time dateTime={day.date}>{formatDay(locale, day.date)}</time>
                    {labelColon(locale)}
                    {day.streams
                      .map((s) => t(`schedules.streams.${s.stream}` as MessageKey))
                      .join(', ')}
                  </li>
                ))}
              </ul>
            )}
            {citizen.addressId ? (
              <p>
                <a href={addressScheduleHref(locale, citizen.addressId)}>
                  {t('account.allCollections')}
                </a>
              </p>
            ) : null}
          </section>
        )
      },
    },
    {
      key: 'notices',
      order: 20,
      render: async ({ citizen }) => {
        if (!citizen.sectorId) return null
        const notices = await getNoticeList(locale, { sectorId: citizen.sectorId })
        return (
          <section aria-labelledby="mes-avis" className="stack">
            <h2 id="mes-avis">{t('account.noticesTitle')}</h2>
            {notices.length === 0 ? (
              <p>{t('account.noNotices')}</p>
            ) : (
              <ul>
                {notices.slice(0, 10).map((n) => (
                  <li key={n.id}>
                    <a href={sectionHref(locale, 'notices', n.slug)}>{n.title}</a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      },
    },
  ]
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
