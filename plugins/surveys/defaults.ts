import type { Payload } from 'payload'

import type { ResolvedSurveysOptions, SurveyCitizen, SurveysOptions } from './types'

/** Without the app's wiring: any signed-in user of the `citizens` collection, its sector as stored. */
const identifyFromPayload = async ({ payload, headers }: { payload: Payload; headers: Headers }): Promise<SurveyCitizen | null> => {
  const { user } = await payload.auth({ headers })
  if (!user || user.collection !== 'citizens') return null
  const sector = (user as { sector?: number | { id: number } | null }).sector
  return {
    id: Number(user.id),
    sid: (user as { _sid?: string })._sid ?? null,
    sectorId: sector && typeof sector === 'object' ? sector.id : (sector ?? null),
  }
}

export const defaults = {
  enabled: true,
  staffCollection: 'users',
  sectorsCollection: 'sectors',
  linkableCollections: ['news', 'pages'],
  identifyCitizen: identifyFromPayload,
  getClientIp: (headers: Headers) => headers.get('x-real-ip') ?? 'unknown',
  defaultIpLimit: 25,
  miniSurveyBlockIn: [],
  basePath: { fr: 'sondages', en: 'surveys' },
} satisfies ResolvedSurveysOptions

export const resolveOptions = (options: SurveysOptions = {}): ResolvedSurveysOptions => ({ ...defaults, ...options })

/** Where the plugin leaves its resolved options for its endpoints and frontend (config.custom). */
export const customKey = 'surveys'

export const surveysSlug: string = 'surveys'
export const responsesSlug: string = 'survey-responses'
/** The responses table, written and aggregated in SQL (upsert on the unique key, counts per option). */
export const responsesTable = 'survey_responses'
