import { jwtVerify } from 'jose'
import type { Payload } from 'payload'
import { parseCookies } from 'payload/shared'

import { relationId } from '../../kit/ids'
import type { SurveyCitizen } from '../types'

/** The version Payload 3 writes in its JWT header (`payload/dist/auth/jwtAuth.js`); another one is refused. */
const payloadJwtAuthVersion = 1

const cookieValue = (headers: Headers, name: string) => parseCookies(headers).get(name)?.trim()

/**
 * The claims of a Payload session token, when its HS256 signature (keyed with `payload.secret`, as
 * Payload signs it, verified with jose like Payload's own JWT strategy) holds, its header carries
 * Payload's auth version and it has not expired; otherwise null. Nothing is read from the database.
 */
export const verifiedClaims = async (
  secret: string,
  token: string,
  now = Date.now(),
): Promise<{ id: number; collection: string; sid: string } | null> => {
  try {
    const { payload: claims, protectedHeader } = await jwtVerify(
      token,
      new TextEncoder().encode(secret),
      { algorithms: ['HS256'], currentDate: new Date(now) },
    )
    if (protectedHeader.authVersion !== payloadJwtAuthVersion) return null
    // jose accepts a token without `exp`; a session token always has one.
    if (typeof claims.exp !== 'number') return null
    const id = Number(claims.id)
    if (
      !Number.isSafeInteger(id) ||
      id <= 0 ||
      typeof claims.collection !== 'string' ||
      typeof claims.sid !== 'string'
    )
      return null
    return { id, collection: claims.collection, sid: claims.sid }
  } catch {
    return null
  }
}

type CitizenRow = {
  sector?: unknown
  _verified?: boolean | null
  sessions?: { id?: string | null; expiresAt?: string | Date | null }[] | null
}

/**
 * The signed-in citizen behind a request, the cheap way: the session cookie's JWT verified in
 * process, then the account's row read through Payload's database adapter (`payload.db.findOne`,
 * one query, no hooks, no population), which tells whether the session still exists and has not
 * expired (logging out removes it, as Payload's own JWT strategy checks with `useSessions`),
 * whether the account is verified, and its sector. Same answer as `payload.auth()`, without
 * loading and populating the whole user through the Local API (≈ 3 ms of CPU per call), which the
 * answer endpoint would otherwise pay on every answer. Nothing here knows how the host stores its
 * residents: `collection` is any auth collection (sessions on or off, email check or not) with a
 * `sector` relationship, named by the plugin's `citizensCollection` option.
 *
 * The caller checks the request's origin first (the cookie is only trusted for same-site forms).
 */
export const citizenFromSession = async ({
  payload,
  headers,
  collection,
}: {
  payload: Payload
  headers: Headers
  /** The citizens' auth collection (a `sector` relationship). */
  collection: string
}): Promise<SurveyCitizen | null> => {
  const token =
    cookieValue(headers, `${payload.config.cookiePrefix}-token`) ??
    headers.get('authorization')?.match(/^JWT (.+)$/)?.[1]
  if (!token) return null
  const claims = await verifiedClaims(payload.secret, token)
  if (!claims || claims.collection !== collection) return null
  const auth = (
    payload.collections as Record<
      string,
      { config: { auth?: { verify?: unknown; useSessions?: boolean } } } | undefined
    >
  )[collection]?.config.auth
  if (!auth) return null
  const row = (await payload.db.findOne({
    collection: collection as 'users',
    where: { id: { equals: claims.id } },
    select: {
      sector: true,
      ...(auth.verify ? { _verified: true } : {}),
      ...(auth.useSessions ? { sessions: true } : {}),
    },
  })) as CitizenRow | null
  if (!row) return null
  if (auth.verify && !row._verified) return null
  if (auth.useSessions) {
    const session = (row.sessions ?? []).find((s) => s.id === claims.sid)
    if (!session?.expiresAt || new Date(session.expiresAt).getTime() <= Date.now()) return null
  }
  return { id: claims.id, sid: claims.sid, sectorId: relationId(row.sector) }
}
