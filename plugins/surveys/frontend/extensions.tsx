import type { Payload } from 'payload'
import type { ReactNode } from 'react'

import { surveyTranslator } from '../i18n/translate'
import { anonymiseCitizenAnswers, exportCitizenAnswers } from '../lib/personalData'
import { eligibility, surveyState } from '../lib/model'
import { surveyHref } from '../lib/routes'
import { findCitizenAnsweredSurveyIds } from '../lib/submit'
import type { SurveyLocale } from '../types'
import { listPublicSurveys, type SurveySummary } from './data'

/** The shape citizen-accounts gives a dashboard section (structural: this plugin does not import it). */
type SectionArgs = {
  citizen: { id: number; sectorId: number | null }
  locale: SurveyLocale
  payload: Payload
}

/**
 * "Surveys for my sector" in Mon dossier: the open surveys this citizen may answer (their sector's
 * and everyone's), each marked answered or not. Pass it in citizenAccountsPlugin({ dashboardSections }).
 * `listSurveys` is where the list comes from: the app passes its cached read (the list is the same
 * for every resident), so the section's only query is the one that finds this citizen's answers.
 */
export const surveysDashboardSection = ({
  order = 30,
  listSurveys = listPublicSurveys,
}: {
  order?: number
  /** @default listPublicSurveys (uncached) */
  listSurveys?: (payload: Payload, locale: SurveyLocale) => Promise<SurveySummary[]>
} = {}) => ({
  key: 'surveys',
  order,
  render: async ({ citizen, locale, payload }: SectionArgs): Promise<ReactNode> => {
    const t = surveyTranslator(locale)
    const now = new Date()
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
    const answered = surveys.map((s) =>
      s.answerPolicy === 'citizen' ? answeredIds.has(s.id) : null,
    )
    return (
      <section aria-labelledby="mes-sondages" className="stack">
        <h2 id="mes-sondages">{t('dashboard.title')}</h2>
        {surveys.length === 0 ? (
          <p>{t('dashboard.none')}</p>
        ) : (
          <ul>
            {surveys.map((s, i) => (
              <li key={s.id}>
                <a href={surveyHref(locale, s.slug)}>{s.title}</a>
                {answered[i] === null
                  ? null
                  : ` (${answered[i] ? t('dashboard.answered') : t('dashboard.notAnswered')})`}
              </li>
            ))}
          </ul>
        )}
      </section>
    )
  },
})

/** Survey answers in "Download my data" and "Delete my account" (citizen-accounts personalDataProviders). */
export const surveysPersonalData = () => ({
  key: 'surveys',
  export: async ({ citizenId, payload }: { citizenId: number; email: string; payload: Payload }) =>
    exportCitizenAnswers(payload, citizenId),
  erase: async ({ citizenId, payload }: { citizenId: number; email: string; payload: Payload }) =>
    anonymiseCitizenAnswers(payload, citizenId),
})
