import { citizenFromSession } from './lib/identify'
import type { ResolvedSurveysOptions, SurveysOptions } from './types'

export const defaults = {
  enabled: true,
  staffCollection: 'users',
  managerRoles: ['admin', 'editor'],
  adminRoles: ['admin'],
  sectorsCollection: 'sectors',
  linkableCollections: ['news', 'pages'],
  citizensCollection: 'citizens',
  identifyCitizen: ({ payload, headers }) =>
    citizenFromSession({ payload, headers, collection: 'citizens' }),
  getClientIp: (headers: Headers) => headers.get('x-real-ip') ?? 'unknown',
  defaultIpLimit: 25,
  miniSurveyBlockIn: [],
  basePath: { fr: 'sondages', en: 'surveys' },
} satisfies ResolvedSurveysOptions

export const resolveOptions = (options: SurveysOptions = {}): ResolvedSurveysOptions => {
  const collection = options.citizensCollection ?? defaults.citizensCollection
  return {
    ...defaults,
    identifyCitizen: ({ payload, headers }) => citizenFromSession({ payload, headers, collection }),
    ...options,
    citizensCollection: collection,
  }
}

/** Where the plugin leaves its resolved options for its endpoints and frontend (config.custom). */
export const customKey = 'surveys'

export const surveysSlug: string = 'surveys'
export const responsesSlug: string = 'survey-responses'
/** Who deleted answers (by hand, with a survey, or by a job), when, and how many: read by administrators. */
export const auditSlug: string = 'survey-audit'
/** The responses table, written and aggregated in SQL (upsert on the unique key, counts per option). */
export const responsesTable = 'survey_responses'
