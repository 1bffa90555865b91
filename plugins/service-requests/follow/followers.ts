import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { requestOptions } from '../frontend/options'
import type { ResolvedOptions } from '../types'

/**
 * "Me too" followers live in `service_requests.followers` (created by the `requests_followers`
 * migration, in the plugin's own schema so drizzle's schema comparison leaves it alone): one row per
 * (request, follower), the primary key making a double submit count once. A citizen's row carries
 * their id (deleted with the account); a browser's row only a keyed hash of its random cookie.
 */
const followersTable = sql`"service_requests"."followers"`

type Executor = { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
const dbOf = (payload: Payload) => (payload.db as unknown as { drizzle: Executor }).drizzle

const keys = new Map<string, Buffer>()
const keyFor = (secret: string) => {
  let key = keys.get(secret)
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'ville-ouverte', 'service-requests:followers', 32))
    keys.set(secret, key)
  }
  return key
}
const hmac = (secret: string, text: string) =>
  createHmac('sha256', keyFor(secret)).update(text).digest('base64url')

/** The browser cookie of anonymous followers: a random id and its signature. */
export const browserCookieName = 'vo_request_browser'

export const newBrowserCookie = (secret: string) => {
  const id = randomBytes(18).toString('base64url')
  return `${id}.${hmac(secret, `browser\u0000${id}`).slice(0, 22)}`
}

/** The id in a browser cookie, or null when it is missing or not signed by this server. */
export const browserIdFrom = (secret: string, cookie: string | null | undefined): string | null => {
  const [id, mac] = (cookie ?? '').split('.')
  if (!id || !mac || !/^[A-Za-z0-9_-]{24}$/.test(id)) return null
  const expected = Buffer.from(hmac(secret, `browser\u0000${id}`).slice(0, 22))
  const given = Buffer.from(mac)
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null
}

export type FollowOutcome = 'added' | 'already' | 'rateLimited'

/**
 * Adds a follower to a request, once per citizen or per browser, and updates the request's public
 * count in the same statement batch. Anonymous follows are limited per IP address (a keyed hash,
 * never the address) over the last hour, so clearing cookies cannot inflate a count.
 */
export const addFollower = async ({
  payload,
  options,
  requestId,
  citizenId,
  browserId,
  ip,
  ipLimit,
}: {
  payload: Payload
  options: ResolvedOptions
  requestId: number
  citizenId: number | null
  browserId: string | null
  ip: string
  ipLimit: number
}): Promise<FollowOutcome> => {
  if (citizenId === null && !browserId) throw new Error('a follower is a citizen or a browser')
  const key =
    citizenId !== null ? `c:${citizenId}` : `b:${hmac(payload.secret, `browser\u0000${browserId}`)}`
  const ipKey = citizenId !== null ? null : hmac(payload.secret, `ip\u0000${ip}`)
  const guard = ipKey
    ? sql`WHERE (SELECT count(*) FROM ${followersTable} WHERE ip_key = ${ipKey} AND created_at > now() - interval '1 hour') < ${ipLimit}`
    : sql``
  const db = dbOf(payload)
  const { rows } = await db.execute(sql`
    INSERT INTO ${followersTable} (request_id, follower_key, citizen_id, ip_key)
    SELECT ${requestId}, ${key}, ${citizenId}, ${ipKey} ${guard}
    ON CONFLICT (request_id, follower_key) DO NOTHING
    RETURNING 1 AS added`)
  if (rows.length === 0) {
    const { rows: existing } = await db.execute(
      sql`SELECT 1 FROM ${followersTable} WHERE request_id = ${requestId} AND follower_key = ${key}`,
    )
    return existing.length ? 'already' : 'rateLimited'
  }
  // The IP hash only serves the last hour's limit: older ones are forgotten (Law 25, minimum data).
  if (ipKey)
    await db.execute(
      sql`UPDATE ${followersTable} SET ip_key = NULL WHERE ip_key IS NOT NULL AND created_at < now() - interval '1 hour'`,
    )
  // The count is recomputed, not incremented: concurrent follows cannot lose an update.
  await db.execute(sql`
    UPDATE ${sql.identifier(options.requestsCollection.replace(/-/g, '_'))}
    SET followers = (SELECT count(*) FROM ${followersTable} WHERE request_id = ${requestId})
    WHERE id = ${requestId}`)
  return 'added'
}

/** Whether this citizen or browser already follows these requests (to show "you follow it"). */
export const followedAmong = async ({
  payload,
  requestIds,
  citizenId,
  browserId,
}: {
  payload: Payload
  requestIds: number[]
  citizenId: number | null
  browserId: string | null
}) => {
  if (!requestIds.length || (citizenId === null && !browserId)) return new Set<number>()
  const key =
    citizenId !== null ? `c:${citizenId}` : `b:${hmac(payload.secret, `browser\u0000${browserId}`)}`
  const { rows } = await dbOf(payload).execute(
    sql`SELECT request_id FROM ${followersTable} WHERE follower_key = ${key} AND request_id IN (${sql.join(
      requestIds.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  )
  return new Set(rows.map((r) => Number(r.request_id)))
}

/** The citizens following a request (for status emails). */
export const citizenFollowers = async (payload: Payload, requestId: number): Promise<number[]> => {
  const { rows } = await dbOf(payload).execute(
    sql`SELECT citizen_id FROM ${followersTable} WHERE request_id = ${requestId} AND citizen_id IS NOT NULL`,
  )
  return rows.map((r) => Number(r.citizen_id))
}

type PersonalDataArgs = { citizenId: number; email: string; payload: Payload }

/** A citizen's "me too" in their Law 25 export: which requests they follow, since when. */
export const exportCitizenFollows = async ({ citizenId, payload }: PersonalDataArgs) => {
  const requests = sql.identifier(requestOptions(payload).requestsCollection.replace(/-/g, '_'))
  const { rows } = await dbOf(payload).execute(sql`
    SELECT r.tracking_number AS "trackingNumber", f.created_at AS "since"
    FROM ${followersTable} f JOIN ${requests} r ON r.id = f.request_id
    WHERE f.citizen_id = ${citizenId} ORDER BY f.created_at`)
  return rows.map((r) => ({
    trackingNumber: String(r.trackingNumber),
    since: new Date(String(r.since)).toISOString(),
  }))
}

/** On account deletion their follows go, and the counts of the requests they followed drop. */
export const eraseCitizenFollows = async ({ citizenId, payload }: PersonalDataArgs) => {
  const requests = sql.identifier(requestOptions(payload).requestsCollection.replace(/-/g, '_'))
  const { rows } = await dbOf(payload).execute(
    sql`DELETE FROM ${followersTable} WHERE citizen_id = ${citizenId} RETURNING request_id`,
  )
  for (const id of new Set(rows.map((r) => Number(r.request_id)))) {
    await dbOf(payload).execute(
      sql`UPDATE ${requests} SET followers = (SELECT count(*) FROM ${followersTable} WHERE request_id = ${id}) WHERE id = ${id}`,
    )
  }
}
