import type { ReactElement } from 'react'

import { sectorSections } from '@/components/account/sectorSections'
import { type Locale, locales } from '@/i18n/config'
import { dashboardFastPathKey } from '@/server/dossierSlot'
import { accountHref, fastDashboard } from '@plugins/citizen-accounts/frontend'

import { findAddresses } from './addresses'
import { getPayloadClient } from './payload'

/** What the Next bundle lends the web server for the signed-in dashboard (src/server/dossierFastPath.ts). */
export type DashboardFastPath = {
  /** The dashboard's address in each language, without a query string. */
  paths: Record<string, Locale>
  /** The dashboard as Next would draw it inside the layout, or null: let Next answer. */
  render(args: { headers: Headers; locale: Locale }): Promise<ReactElement | null>
}

/**
 * Puts the dashboard's loader where scripts/serve.ts finds it: the same loader and components as
 * the page (src/app/(frontend)/[locale]/mon-dossier), the same sections, the session read in one
 * query (citizen-accounts' fastDashboard).
 */
export const registerDashboardFastPath = () => {
  const fastPath: DashboardFastPath = {
    paths: Object.fromEntries(locales.map((locale) => [accountHref(locale, 'dashboard'), locale])),
    render: async ({ headers, locale }) =>
      fastDashboard({
        payload: await getPayloadClient(),
        headers,
        locale,
        findAddresses,
        sections: sectorSections(locale),
      }),
  }
  ;(globalThis as Record<symbol, unknown>)[dashboardFastPathKey] = fastPath
}
