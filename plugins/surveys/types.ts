import type { Payload } from 'payload'

export type SurveyLocale = 'fr' | 'en'

/** Who answers: the plugin only needs an id (hashed, never stored), the session id and the sector. */
export type SurveyCitizen = {
  id: number
  /** Session id, binds the form's CSRF token to this session. */
  sid?: string | null
  sectorId: number | null
}

export type SurveysOptions = {
  /**
   * A disabled plugin still registers its collections (migrations stay stable) but adds no
   * endpoints or hooks.
   * @default true
   */
  enabled?: boolean
  /** Slug of the staff auth collection (admin.user). @default 'users' */
  staffCollection?: string
  /**
   * Staff roles (`user.roles`) that create, edit, close, duplicate and export surveys and read their
   * answers and results (the communications team). Other staff read what the public reads.
   * @default ['admin', 'editor']
   */
  managerRoles?: string[]
  /**
   * Staff roles that may delete answers, or a survey that has answers (each deletion is audited in
   * `survey-audit`), and read that audit. @default ['admin']
   */
  adminRoles?: string[]
  /** Slug of the sectors collection (audience by sector, results by sector). @default 'sectors' */
  sectorsCollection?: string
  /** Collections a survey may link to (its news item or page), kept only when they exist. @default ['news', 'pages'] */
  linkableCollections?: string[]
  /**
   * Slug of the residents' auth collection, read by the default `identifyCitizen` through Payload's
   * database adapter: an auth collection with a `sector` relationship (its sessions and email check
   * are honoured when on). A host without it identifies nobody. @default 'citizens'
   */
  citizensCollection?: string
  /**
   * The signed-in, verified citizen behind a request, or null. Called on every answer, so keep it
   * cheap. The default verifies the session cookie's JWT in process and reads the session, the
   * verification and the sector in one `payload.db.findOne` (`lib/identify.ts`), instead of
   * `payload.auth()`.
   * @default citizenFromSession over `citizensCollection`
   */
  identifyCitizen?: (args: { payload: Payload; headers: Headers }) => Promise<SurveyCitizen | null>
  /**
   * The client's IP address for the per-IP limit of anonymous surveys. The default reads
   * `x-real-ip`, which the app's server (scripts/serve.ts) sets from the socket.
   * @default (headers) => headers.get('x-real-ip') ?? 'unknown'
   */
  getClientIp?: (headers: Headers) => string
  /** Answers accepted per IP address and survey when the survey is open to anonymous visitors. @default 25 */
  defaultIpLimit?: number
  /**
   * Blocks fields that get the "mini-survey" block, e.g. `[{ collection: 'pages', field: 'layout' }]`
   * (a top-level blocks field of that collection). @default []
   */
  miniSurveyBlockIn?: { collection: string; field: string }[]
  /** Public URL segment of the surveys in each language. @default { fr: 'sondages', en: 'surveys' } */
  basePath?: Record<SurveyLocale, string>
}

export type ResolvedSurveysOptions = Required<SurveysOptions>
