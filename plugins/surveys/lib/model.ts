import type { QuestionType } from '../collections/Surveys/fields/questions'
import type { SurveyCitizen } from '../types'
import { relationIds } from '../../kit/ids'

export type SurveyOption = { id: string; label: string }

export type SurveyQuestion = {
  id: string
  blockType: QuestionType
  question: string
  help?: string | null
  required?: boolean | null
  options?: SurveyOption[] | null
  maxChoices?: number | null
  scaleMin?: number | null
  scaleMax?: number | null
  minLabel?: string | null
  maxLabel?: string | null
}

/** A survey as the plugin reads it (depth 0, one locale). */
export type SurveyDoc = {
  id: number
  title: string
  slug: string
  intro?: string | null
  status: 'draft' | 'scheduled' | 'open' | 'closed'
  opensAt?: string | null
  closesAt?: string | null
  audience: 'anyone' | 'residents' | 'sectors'
  sectors?: (number | { id: number })[] | null
  answerPolicy: 'citizen' | 'anonymous'
  ipLimit?: number | null
  resultsVisibility: 'live' | 'afterClose' | 'staff'
  related?: { relationTo: string; value: number | { id: number; slug?: string | null } } | null
  questions: SurveyQuestion[]
}

export type SurveyState = 'draft' | 'upcoming' | 'open' | 'closed'

/**
 * Where a survey stands at `now`: the status an editor set, bounded by the opening and closing
 * times (a scheduled or open survey opens at `opensAt` and closes at `closesAt` on its own).
 */
export const surveyState = (
  survey: Pick<SurveyDoc, 'status' | 'opensAt' | 'closesAt'>,
  now: Date = new Date(),
): SurveyState => {
  if (survey.status === 'draft') return 'draft'
  if (survey.status === 'closed') return 'closed'
  if (survey.closesAt && new Date(survey.closesAt) <= now) return 'closed'
  if (survey.opensAt && new Date(survey.opensAt) > now) return 'upcoming'
  if (survey.status === 'scheduled' && !survey.opensAt) return 'upcoming'
  return 'open'
}

export const sectorIdsOf = (survey: Pick<SurveyDoc, 'sectors'>): number[] =>
  relationIds(survey.sectors)

/** A survey needs a signed-in citizen when it counts one answer per resident or is for residents only. */
export const needsCitizen = (survey: Pick<SurveyDoc, 'audience' | 'answerPolicy'>) =>
  survey.answerPolicy === 'citizen' || survey.audience !== 'anyone'

export type Eligibility = 'eligible' | 'signInRequired' | 'notInSector' | 'noSector'

export const eligibility = (
  survey: Pick<SurveyDoc, 'audience' | 'answerPolicy' | 'sectors'>,
  citizen: SurveyCitizen | null,
): Eligibility => {
  if (!needsCitizen(survey)) return 'eligible'
  if (!citizen) return 'signInRequired'
  if (survey.audience !== 'sectors') return 'eligible'
  if (!citizen.sectorId) return 'noSector'
  return sectorIdsOf(survey).includes(citizen.sectorId) ? 'eligible' : 'notInSector'
}

/** Whether the results may be shown: staff always; the public as the survey says. */
export const canSeeResults = (
  survey: Pick<SurveyDoc, 'resultsVisibility' | 'status' | 'opensAt' | 'closesAt'>,
  { isStaff = false, now = new Date() } = {},
) => {
  if (isStaff) return true
  const state = surveyState(survey, now)
  if (state === 'draft' || state === 'upcoming') return false
  if (survey.resultsVisibility === 'live') return true
  if (survey.resultsVisibility === 'afterClose') return state === 'closed'
  return false
}
