/** What the site imports from the activities plugin. */
export {
  getHoldContext,
  getPublicSession,
  getRegisterContext,
  listProgramme,
  type ActivitySummary,
  type HoldContext,
  type RegisterContext,
  type SessionDetail,
  type SessionSummary,
} from './load'
export { HoldView } from './HoldView'
export { ProgrammeList } from './ProgrammeList'
export { SessionView } from './SessionView'
export { activityCacheTags } from '../lib/cacheTags'
export { activitiesOptions } from '../lib/options'
export { holdHref, holdSegment, programmeHref, sessionHref } from '../lib/routes'
export { activitiesTranslator } from '../i18n/translate'
export type { ActivitiesLocale } from '../types'
