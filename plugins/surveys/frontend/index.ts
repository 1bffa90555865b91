/** What the site imports from the surveys plugin. */
export { BarChart } from './BarChart'
export {
  createBlockToken,
  getFormContext,
  getPublicResults,
  getPublicSurvey,
  getPublicSurveyById,
  listPublicSurveys,
  surveysOptions,
  loadDashboardSurveys,
  type DashboardSurvey,
  type FormContext,
  type SurveySummary,
} from './load'
export { QuestionResults } from './QuestionResults'
export { formatSurveyDate } from './format'
export { MiniSurvey } from './MiniSurvey'
export { SurveyForm, type SurveyFormProps } from './SurveyForm'
export { SurveyList } from './SurveyList'
export { SurveyResultsView } from './SurveyResultsView'
export { SurveysDashboard } from './SurveysDashboard'
export { SurveyThanks } from './SurveyThanks'
export { surveyCacheTags } from '../lib/cacheTags'
export {
  canSeeResults,
  eligibility,
  surveyState,
  type SurveyDoc,
  type SurveyState,
} from '../lib/model'
export { computeResults, type SurveyResults } from '../lib/results'
export { pageFromSegment, surveyHref, surveyPages, type SurveyPage } from '../lib/routes'
export { surveyTranslator } from '../i18n/translate'
export type { SurveyLocale } from '../types'
