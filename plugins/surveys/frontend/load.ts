/**
 * Every read the plugin's site pieces make, and nothing else (no JSX): the views in this folder take
 * plain data, which the app's pages get from here (through their cache, `src/lib/data/surveys.ts`)
 * and the extensions (`extensions.tsx`) load here before rendering.
 */
import type { Payload } from 'payload'

import { surveysSlug } from '../defaults'
import { type SurveyTranslate } from '../i18n/translate'
import { blockBinding, createCsrfToken, csrfBinding, trustedHeaders } from '../lib/csrf'
import {
  canSeeResults,
  eligibility,
  type Eligibility,
  type SurveyDoc,
  surveyState,
  type SurveyState,
} from '../lib/model'
import { computeResults, type SurveyResults } from '../lib/results'
import { readSurvey } from '../lib/readSurvey'
import {
  browserCookie,
  findBrowserAnswers,
  findCitizenAnswers,
  findCitizenAnsweredSurveyIds,
} from '../lib/submit'
import type { Answers } from '../lib/validate'
import type { SurveyCitizen, SurveyLocale } from '../types'
import { parseCookies } from 'payload/shared'

import { surveysOptions } from '../lib/options'
import { relationIds } from '../../kit/ids'

export { surveysOptions } from '../lib/options'

export type SurveySummary = Pick<
  SurveyDoc,
  | 'id'
  | 'title'
  | 'slug'
  | 'intro'
  | 'opensAt'
  | 'closesAt'
  | 'audience'
  | 'answerPolicy'
  | 'resultsVisibility'
  | 'status'
> & {
  sectorIds: number[]
  questionCount: number
}

/** Surveys residents may see (not drafts), newest first; the page sorts them by state at request time. */
export const listPublicSurveys = async (
  payload: Payload,
  locale: SurveyLocale,
): Promise<SurveySummary[]> => {
  const { docs } = await payload.find({
    collection: surveysSlug as 'users',
    where: { status: { not_equals: 'draft' } },
    locale,
    depth: 0,
    limit: 100,
    sort: '-opensAt',
    overrideAccess: false,
  })
  return (docs as unknown as SurveyDoc[]).map((s) => ({
    id: s.id,
    title: s.title,
    slug: s.slug,
    intro: s.intro ?? null,
    opensAt: s.opensAt ?? null,
    closesAt: s.closesAt ?? null,
    audience: s.audience,
    answerPolicy: s.answerPolicy,
    resultsVisibility: s.resultsVisibility,
    status: s.status,
    sectorIds: relationIds(s.sectors),
    questionCount: s.questions?.length ?? 0,
  }))
}

/** A public survey by slug, or null (drafts are never public). */
export const getPublicSurvey = async (
  payload: Payload,
  slug: string,
  locale: SurveyLocale,
): Promise<SurveyDoc | null> => {
  const survey = await readSurvey(payload, { slug }, locale)
  return survey && survey.status !== 'draft' ? survey : null
}

/** Results the public may see now, or null while the survey's policy keeps them hidden. */
export const getPublicResults = async (
  payload: Payload,
  survey: SurveyDoc,
  now = new Date(),
): Promise<SurveyResults | null> =>
  canSeeResults(survey, { now }) ? computeResults(payload, survey) : null

export type FormContext = {
  citizen: SurveyCitizen | null
  state: SurveyState
  eligibility: Eligibility
  csrf: string
  /** The respondent's earlier answers, to change them. */
  previous: Answers | null
}

const cookieValue = (headers: Headers, name: string) => parseCookies(headers).get(name)

/** Everything the form needs about this visitor: who they are, whether they may answer, a CSRF token. */
export const getFormContext = async (
  payload: Payload,
  headers: Headers,
  survey: SurveyDoc,
): Promise<FormContext> => {
  const options = surveysOptions(payload)
  const citizen = await options.identifyCitizen({ payload, headers: trustedHeaders(headers) })
  let previous: Answers | null = null
  if (survey.answerPolicy === 'citizen' && citizen)
    previous = await findCitizenAnswers(payload, survey, citizen.id)
  if (survey.answerPolicy === 'anonymous') {
    const browserId = cookieValue(headers, browserCookie)
    if (browserId) previous = await findBrowserAnswers(payload, survey, browserId)
  }
  return {
    citizen,
    state: surveyState(survey),
    eligibility: eligibility(survey, citizen),
    csrf: createCsrfToken(payload.secret, csrfBinding(citizen)),
    previous,
  }
}

export type { SurveyTranslate }

/** The form token of a mini-survey block (a cached page: not bound to a session, see lib/csrf). */
export const createBlockToken = (payload: Payload) => createCsrfToken(payload.secret, blockBinding)

/** A public survey by id (mini-survey blocks hold the id), or null. */
export const getPublicSurveyById = async (
  payload: Payload,
  id: number,
  locale: SurveyLocale,
): Promise<SurveyDoc | null> => {
  const survey = await readSurvey(payload, { id }, locale)
  return survey && survey.status !== 'draft' ? survey : null
}

/** One line of "Surveys for my sector": `answered` is null for anonymous surveys (nothing is linked to the resident). */
export type DashboardSurvey = { id: number; slug: string; title: string; answered: boolean | null }

/**
 * What "Surveys for my sector" in Mon dossier shows: the open surveys this citizen may answer
 * (their sector's and everyone's), each marked answered or not. `listSurveys` is where the list
 * comes from (the app passes its cached read); the only query of its own finds this citizen's answers.
 */
export const loadDashboardSurveys = async ({
  payload,
  locale,
  citizen,
  listSurveys = listPublicSurveys,
  now = new Date(),
}: {
  payload: Payload
  locale: SurveyLocale
  citizen: { id: number; sectorId: number | null }
  listSurveys?: (payload: Payload, locale: SurveyLocale) => Promise<SurveySummary[]>
  now?: Date
}): Promise<DashboardSurvey[]> => {
  const surveys = (await listSurveys(payload, locale)).filter(
    (s) =>
      surveyState(s, now) === 'open' &&
      eligibility(
        { ...s, sectors: s.sectorIds },
        { id: citizen.id, sectorId: citizen.sectorId },
      ) === 'eligible',
  )
  const answeredIds = await findCitizenAnsweredSurveyIds(
    payload,
    surveys.filter((s) => s.answerPolicy === 'citizen').map((s) => s.id),
    citizen.id,
  )
  return surveys.map((s) => ({
    id: s.id,
    slug: s.slug,
    title: s.title,
    answered: s.answerPolicy === 'citizen' ? answeredIds.has(s.id) : null,
  }))
}
