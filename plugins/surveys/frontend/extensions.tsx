import type { Payload } from 'payload'
import type { ReactNode } from 'react'

import { anonymiseCitizenAnswers, exportCitizenAnswers } from '../lib/personalData'
import type { SurveyLocale } from '../types'
import {
  type DashboardSurvey,
  listPublicSurveys,
  loadDashboardSurveys,
  type SurveySummary,
} from './load'
import { SurveysDashboard } from './SurveysDashboard'

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
  load: ({ citizen, locale, payload }: SectionArgs) =>
    loadDashboardSurveys({ payload, locale, citizen, listSurveys }),
  Component: ({ data, locale }: { data: DashboardSurvey[]; locale: SurveyLocale }): ReactNode => (
    <SurveysDashboard locale={locale} surveys={data} />
  ),
})

/** Survey answers in "Download my data" and "Delete my account" (citizen-accounts personalDataProviders). */
export const surveysPersonalData = () => ({
  key: 'surveys',
  export: async ({ citizenId, payload }: { citizenId: number; email: string; payload: Payload }) =>
    exportCitizenAnswers(payload, citizenId),
  erase: async ({ citizenId, payload }: { citizenId: number; email: string; payload: Payload }) =>
    anonymiseCitizenAnswers(payload, citizenId),
})
