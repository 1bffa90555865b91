/** What the site imports from the citizen-accounts plugin. */
export {
  AccountPage,
  accountPageTitle,
  type AccountPageProps,
  type AddressChoice,
} from './AccountPage'
export { getCitizenSummary, getSignedInCitizen } from './citizen'
export { fastDashboard, type FastDashboardArgs } from './fastDashboard'
export { accountBase, accountHref, accountPages } from '../lib/routes'
export type {
  AccountLocale,
  CitizenSummary,
  DashboardSection,
  DashboardSectionArgs,
} from '../types'
