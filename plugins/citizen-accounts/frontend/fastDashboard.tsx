import type { ReactElement } from 'react'
import type { Payload } from 'payload'

import { readCitizenSession } from '../lib/fastSession'
import type { AccountLocale, DashboardSection } from '../types'
import { AccountViewTree } from './account/AccountView'
import { type AddressChoice, dashboardSections, loadAccountPage } from './account/load'
import { accountOptions } from './citizen'

export type FastDashboardArgs = {
  payload: Payload
  headers: Headers
  locale: AccountLocale
  findAddresses?: (query: string) => Promise<AddressChoice[]>
  sections?: DashboardSection[]
}

/**
 * The dashboard ("Mon dossier", no query string) of the citizen signed in on these headers, as
 * the element tree Next would render inside the site's layout, or null when Next should answer
 * (signed out, or a session this check leaves to Payload: lib/fastSession.ts).
 *
 * For a web server that draws this page itself, around the layout it caches (scripts/serve.ts,
 * src/server/dossierFastPath.ts): the same loader as the page (account/load.ts) with the session
 * read in one query, and the same components (account/AccountView.tsx). Elements only, no HTML:
 * whoever calls it renders them (Next's server components may not import react-dom/server).
 */
export const fastDashboard = async ({
  payload,
  headers,
  locale,
  findAddresses,
  sections,
}: FastDashboardArgs): Promise<ReactElement | null> => {
  const { slug } = accountOptions(payload)
  const citizen = await readCitizenSession(payload, headers, slug)
  if (!citizen) return null
  const view = await loadAccountPage({
    locale,
    searchParams: {},
    payload,
    headers,
    findAddresses,
    sections,
    authenticate: async () => citizen,
  })
  return <AccountViewTree view={view} sections={dashboardSections(payload, sections)} />
}
