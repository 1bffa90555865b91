import './account.css'

import { accountTranslator } from '../i18n/translate'
import type { AccountLocale } from '../types'
import { AccountViewTree } from './account/AccountView'
import {
  dashboardSections,
  loadAccountPage,
  type LoadAccountPageArgs,
  pageOf,
} from './account/load'

export type { AddressChoice } from './account/load'

export type AccountPageProps = LoadAccountPageArgs

/** The page title, for generateMetadata. */
export const accountPageTitle = (locale: AccountLocale, segments?: string[]) => {
  const page = pageOf(segments)
  return page ? accountTranslator(locale)(`pages.${page}`) : null
}

/**
 * Every page of "Mon dossier", rendered on the server for each request (never cached: it reads the
 * session cookie). Forms post to the plugin's endpoints and come back here with ?status or ?error.
 * The reads and redirects are the loader's (account/load.ts); each page draws its plain data.
 */
export const AccountPage = async (props: AccountPageProps) => {
  const view = await loadAccountPage(props)
  return <AccountViewTree view={view} sections={dashboardSections(props.payload, props.sections)} />
}
