/** What the site imports from the service-requests plugin. */
export { loadMyRequests, myRequestsDashboardSection, MyRequestsSection } from './MyRequestsSection'
export { inlineScripts } from './inlineScripts'
export {
  listActiveTypes,
  NewRequestPage,
  type AddressChoice,
  type NewRequestPageProps,
  type RequestTypeChoice,
} from './NewRequestPage'
export {
  PublicRequestsPage,
  publicFiltersFrom,
  type PublicRequestsPageProps,
} from './PublicRequestsPage'
export { requestOptions } from './options'
export {
  listPublicRequests,
  listPublicTypes,
  type PublicFilters,
  type PublicList,
} from '../public/publicList'
export { loadCityMap, type CityMap } from '../places/map'
export { publicRequestCacheTags } from '../public/cacheTags'
export { RequestStatusPage, type RequestStatusPageProps } from './RequestStatusPage'
export { requestTranslator } from '../i18n/translate'
export {
  newRequestHref,
  newRequestSegment,
  publicListHref,
  requestHref,
  requestsBase,
} from '../requests/routes'
export { trackingNumberShape } from '../requests/trackingNumber'
