import { jwtVerify } from 'jose'
import { type Collection, JWT_AUTH_VERSION, type Payload } from 'payload'
import { parseCookies } from 'payload/shared'

import type { CitizenUser } from './endpointKit'

/**
 * The signed-in citizen behind a page request, checked as Payload's own JWT strategy checks it
 * (payload/dist/auth/strategies/jwt.js: the token's signature, expiry and auth version, an
 * auth-enabled collection, the record, its verification, and its session id among the record's
 * sessions), in one prepared query instead of a findByID: for the dashboard, the page residents
 * open most, where that read was most of the cost.
 *
 * It only ever says yes when Payload would: for anything it does not handle exactly as Payload
 * (an Authorization header, another collection, another auth strategy, no session support), it
 * answers null and the caller goes Payload's way (`authenticateCitizen`). Null therefore means
 * "not sure", never "signed out". tests/fastSession.int.test.ts holds it against
 * executeAuthStrategies on every kind of token.
 */
export const readCitizenSession = async (
  payload: Payload,
  headers: Headers,
  slug: string,
): Promise<CitizenUser | null> => {
  // The JWT and Bearer strategies read this header before the cookie: Payload's way.
  if (headers.get('authorization')) return null
  const plan = queryPlan(payload, slug)
  if (!plan) return null
  const token = parseCookies(headers).get(`${payload.config.cookiePrefix}-token`)
  if (!token) return null
  let claims: { id?: unknown; collection?: unknown; sid?: unknown }
  try {
    const verified = await jwtVerify(token, plan.secretKey)
    if (verified.protectedHeader.authVersion !== JWT_AUTH_VERSION) return null
    claims = verified.payload as typeof claims
  } catch {
    return null
  }
  const { id, collection, sid } = claims
  if (collection !== slug || typeof id !== 'number' || typeof sid !== 'string') return null
  const { rows } = await plan.pool.query<CitizenRow>({
    name: plan.name,
    text: plan.text,
    values: [id, sid],
  })
  const row = rows[0]
  if (!row || !row.hasSession || (plan.requiresVerified && !row._verified)) return null
  return {
    id: row.id,
    collection: slug,
    _sid: sid,
    _strategy: 'local-jwt',
    email: row.email,
    name: row.name,
    phone: row.phone,
    preferredLanguage: row.preferredLanguage,
    address: row.address,
    sector: row.sector,
    household: row.household,
    alertTopics: row.alertTopics,
    alertChannels: row.alertChannels,
    newsTopics: row.newsTopics,
  } as unknown as CitizenUser
}

type CitizenRow = {
  id: number
  email: string
  name: string
  phone: string | null
  preferredLanguage: string | null
  address: number | null
  sector: number | null
  _verified: boolean | null
  hasSession: boolean
  household: { id: string; firstName: string; relationship: string }[]
  alertTopics: string[]
  alertChannels: string[]
  newsTopics: string[]
}

type Pool = {
  query<Row>(query: { name: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }>
}

type Plan = {
  pool: Pool
  name: string
  text: string
  secretKey: Uint8Array
  requiresVerified: boolean
}

const plans = new WeakMap<Payload, Map<string, Plan | null>>()

/** The prepared query for this Payload and collection, or null where this check does not apply. */
const queryPlan = (payload: Payload, slug: string): Plan | null => {
  let bySlug = plans.get(payload)
  if (!bySlug) plans.set(payload, (bySlug = new Map()))
  if (!bySlug.has(slug)) bySlug.set(slug, buildPlan(payload, slug))
  return bySlug.get(slug) ?? null
}

const buildPlan = (payload: Payload, slug: string): Plan | null => {
  const auth = (payload.collections as Record<string, Collection | undefined>)[slug]?.config.auth
  const db = payload.db as unknown as {
    pool?: Pool
    tableNameMap?: Map<string, string>
    tables?: Record<string, unknown>
    schemaName?: string
  }
  // Only Payload's own JWT strategy may answer for a cookie: a custom strategy could run first.
  const isOnlyJwt = (payload.authStrategies ?? []).every(
    (strategy) => strategy.name === 'local-jwt' || /api-key$/.test(strategy.name),
  )
  if (!auth || auth.disableLocalStrategy || !auth.useSessions || !isOnlyJwt || !db.pool) return null
  const table = db.tableNameMap?.get(slug.replace(/-/g, '_')) ?? slug.replace(/-/g, '_')
  const name = (suffix = '') =>
    `${db.schemaName ? `"${db.schemaName}".` : ''}"${`${table}${suffix}`.replace(/"/g, '')}"`
  // A list field the host's options leave out (news topics without news) has no table.
  const has = (suffix: string) => Boolean(db.tables?.[`${table}${suffix}`])
  const values = (suffix: string) =>
    has(suffix)
      ? `array(select v.value::text from ${name(suffix)} v where v.parent_id = c.id order by v."order")`
      : `'{}'::text[]`
  return {
    pool: db.pool,
    name: `citizen-session:${table}`,
    secretKey: new TextEncoder().encode(payload.secret),
    requiresVerified: Boolean(auth.verify),
    text: `select c.id, c.email, c.name, c.phone, c.preferred_language::text as "preferredLanguage",
        c.address_id as address, c.sector_id as sector, c._verified as "_verified",
        exists(select 1 from ${name('_sessions')} s where s._parent_id = c.id and s.id = $2) as "hasSession",
        coalesce((select json_agg(json_build_object('id', h.id, 'firstName', h.first_name,
          'relationship', h.relationship) order by h._order) from ${name('_household')} h
          where h._parent_id = c.id), '[]'::json) as household,
        ${values('_alert_topics')} as "alertTopics",
        ${values('_alert_channels')} as "alertChannels",
        ${values('_news_topics')} as "newsTopics"
      from ${name()} c where c.id = $1`,
  }
}
