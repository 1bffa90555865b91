/** What the site imports from the petitions plugin. */
export {
  getPublicPetition,
  getSigningContext,
  listPublicPetitions,
  parseFilters,
  type PetitionDetail,
  type PetitionFilters,
  type PetitionSummary,
  type SigningContext,
} from './load'
export { ConfirmView } from './ConfirmView'
export { getConfirmationContext, type ConfirmationContext } from './loadConfirm'
export { FilingView } from './FilingView'
export { getFilingContext, type FilingContext } from './loadFiling'
export { PetitionList, type SectorOption } from './PetitionList'
export { PetitionView } from './PetitionView'
// Supports by shared link and the outcome emails' unsubscribe page.
export {
  getSupportContext,
  getUnsubscribeContext,
  type SupportContext,
  type UnsubscribeContext,
} from './loadSupport'
export { SupportView } from './SupportView'
export { UnsubscribeView } from './UnsubscribeView'
export { petitionCacheTags } from '../lib/cacheTags'
export { isSigningOpen } from '../lib/model'
export { petitionsOptions } from '../lib/options'
export {
  confirmHref,
  confirmSegment,
  filingHref,
  filingSegment,
  petitionHref,
  unsubscribeHref,
  unsubscribeSegment,
} from '../lib/routes'
export { petitionTranslator } from '../i18n/translate'
export type { PetitionLocale } from '../types'
