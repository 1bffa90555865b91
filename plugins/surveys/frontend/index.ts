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
  type FormContext,
  type SurveySummary,
} from './data'
export { QuestionResults } from './QuestionResults'
export {
  formatSurveyDate,
  MiniSurvey,
  SurveyForm,
  SurveyList,
  SurveyResultsView,
  SurveyThanks,
  type SurveyFormProps,
} from './views'
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
