import type { ReactNode } from 'react'

import { accountTranslator } from '../../i18n/translate'
import { accountHref } from '../../lib/routes'
import type { AccountLocale, CitizenSummary } from '../../types'

export type DashboardPageProps = {
  locale: AccountLocale
  summary: Pick<CitizenSummary, 'name' | 'addressLabel'>
  sectorName: string | null
  /** Whether the citizen chose at least one topic and one channel. */
  isAnyAlertOn: boolean
  /** The dashboard sections' blocks, already rendered by their owners, in order. */
  sections: { key: string; node: ReactNode }[]
}

export const DashboardPage = ({
  locale,
  summary,
  sectorName,
  isAnyAlertOn,
  sections,
}: DashboardPageProps) => {
  const t = accountTranslator(locale)
  return (
    <>
      <p className="lead">{t('dashboard.welcome', { name: summary.name })}</p>
      {/* Nothing is sent by default: a new resident is told so, and where to choose. */}
      {!isAnyAlertOn ? (
        <section aria-labelledby="choisir-alertes" className="card stack">
          <h2 id="choisir-alertes">{t('dashboard.alertsTitle')}</h2>
          <p>{t('dashboard.alertsNone')}</p>
          <p>
            <a href={accountHref(locale, 'preferences')}>{t('dashboard.alertsLink')}</a>
          </p>
        </section>
      ) : null}
      {summary.addressLabel ? (
        <p>
          {t('fields.currentAddress', { address: summary.addressLabel })}
          {sectorName ? <> · {t('fields.sector', { sector: sectorName })}</> : null}
        </p>
      ) : (
        <section aria-labelledby="sans-adresse" className="card">
          <h2 id="sans-adresse">{t('dashboard.noAddressTitle')}</h2>
          <p>{t('dashboard.noAddress')}</p>
          <p>
            <a href={accountHref(locale, 'profile')}>{t('dashboard.profileLink')}</a>
          </p>
        </section>
      )}
      {sections.map(({ key, node }) => (node ? <div key={key}>{node}</div> : null))}
    </>
  )
}
