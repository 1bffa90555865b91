/** What the site imports from the service-requests plugin. */
export { MyRequestsSection } from './MyRequestsSection'
export { NewRequestPage, type AddressChoice, type NewRequestPageProps } from './NewRequestPage'
export { RequestStatusPage, type RequestStatusPageProps } from './RequestStatusPage'
export { requestTranslator } from '../i18n/translate'
export { newRequestHref, newRequestSegment, requestHref, requestsBase } from '../lib/routes'
export { trackingNumberShape } from '../lib/trackingNumber'
