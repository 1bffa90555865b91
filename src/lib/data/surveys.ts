import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/config'
import {
  canSeeResults,
  computeResults,
  getPublicSurvey,
  getPublicSurveyById,
  listPublicSurveys,
  surveyCacheTags,
  type SurveyDoc,
  type SurveyResults,
  surveyState,
  type SurveySummary,
} from '@plugins/surveys/frontend'

import { getPayloadClient } from './payload'

/**
 * Surveys residents may see. Cached by tag (an edit expires it) and for at most a minute, since a
 * survey opens and closes on its own at its times; pages compute the state at request time.
 */
export const getSurveyList = (locale: Locale): Promise<SurveySummary[]> =>
  unstable_cache(
    async () => listPublicSurveys(await getPayloadClient(), locale),
    ['surveys-list', locale],
    {
      tags: [surveyCacheTags.surveys],
      revalidate: 60,
    },
  )()

/** The list with each survey's state now: open, upcoming or closed. */
export const getSurveyListWithState = async (locale: Locale, now = new Date()) =>
  (await getSurveyList(locale)).map((s) => ({ ...s, state: surveyState(s, now) }))

/** One public survey (never a draft) by its slug. */
export const getSurveyBySlug = (locale: Locale, slug: string): Promise<SurveyDoc | null> =>
  unstable_cache(
    async () => getPublicSurvey(await getPayloadClient(), slug, locale),
    ['survey', locale, slug],
    {
      tags: [surveyCacheTags.surveys],
      revalidate: 60,
    },
  )()

/**
 * A survey's public results, or null while its policy keeps them hidden. The counts come from SQL
 * and are cached under the survey's results tag, which every new answer expires.
 */
export const getSurveyResults = async (
  locale: Locale,
  survey: SurveyDoc,
  now = new Date(),
): Promise<SurveyResults | null> => {
  if (!canSeeResults(survey, { now })) return null
  return unstable_cache(
    async () => computeResults(await getPayloadClient(), survey),
    ['survey-results', locale, String(survey.id)],
    {
      tags: [surveyCacheTags.results(survey.id), surveyCacheTags.surveys],
      revalidate: 300,
    },
  )()
}

/** A public survey by id, for the mini-survey block of a page. */
export const getSurveyById = (locale: Locale, id: number): Promise<SurveyDoc | null> =>
  unstable_cache(
    async () => getPublicSurveyById(await getPayloadClient(), id, locale),
    ['survey-by-id', locale, String(id)],
    {
      tags: [surveyCacheTags.surveys],
      revalidate: 60,
    },
  )()
