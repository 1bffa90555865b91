import { jwtVerify } from 'jose'
import type { Payload } from 'payload'
import { parseCookies } from 'payload/shared'

import { relationId } from '../../kit/ids'
import type { PetitionCitizen } from '../types'

/** The version Payload 3 writes in its JWT header (`payload/dist/auth/jwtAuth.js`); another one is refused. */
const payloadJwtAuthVersion = 1

/**
 * The claims of a Payload session token when its HS256 signature (keyed with `payload.secret`, as
 * Payload signs it) holds, its header carries Payload's auth version and it has not expired.
 */
const verifiedClaims = async (
  secret: string,
  token: string,
): Promise<{ id: number; collection: string; sid: string } | null> => {
  try {
    const { payload: claims, protectedHeader } = await jwtVerify(
      token,
      new TextEncoder().encode(secret),
      { algorithms: ['HS256'] },
    )
    if (protectedHeader.authVersion !== payloadJwtAuthVersion) return null
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
  name?: string | null
  address?: unknown
  household?: { firstName?: string | null }[] | null
  _verified?: boolean | null
  sessions?: { id?: string | null; expiresAt?: string | Date | null }[] | null
}

/**
 * The signed-in citizen behind a request, read as the surveys plugin reads it: the session
 * cookie's JWT verified in process, then the account's row through Payload's database adapter
 * (one query, no hooks), which tells whether the session still exists, whether the account is
 * verified, its name, its civic address and its household's first names. Any auth collection with
 * those fields will do (`citizensCollection`); nothing here reads citizen-accounts' code.
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
  collection: string
}): Promise<PetitionCitizen | null> => {
  const token =
    parseCookies(headers).get(`${payload.config.cookiePrefix}-token`)?.trim() ??
    headers.get('authorization')?.match(/^JWT (.+)$/)?.[1]
  if (!token) return null
  const claims = await verifiedClaims(payload.secret, token)
  if (!claims || claims.collection !== collection) return null
  const config = (
    payload.collections as Record<
      string,
      | {
          config: {
            auth?: { verify?: unknown; useSessions?: boolean }
            flattenedFields: { name: string }[]
          }
        }
      | undefined
    >
  )[collection]?.config
  if (!config?.auth) return null
  const has = (name: string) => config.flattenedFields.some((f) => f.name === name)
  const row = (await payload.db.findOne({
    collection: collection as 'users',
    where: { id: { equals: claims.id } },
    select: {
      ...(has('name') ? { name: true } : {}),
      ...(has('address') ? { address: true } : {}),
      ...(has('household') ? { household: true } : {}),
      ...(config.auth.verify ? { _verified: true } : {}),
      ...(config.auth.useSessions ? { sessions: true } : {}),
    },
  })) as CitizenRow | null
  if (!row) return null
  if (config.auth.verify && !row._verified) return null
  if (config.auth.useSessions) {
    const session = (row.sessions ?? []).find((s) => s.id === claims.sid)
    if (!session?.expiresAt || new Date(session.expiresAt).getTime() <= Date.now()) return null
  }
  return {
    id: claims.id,
    sid: claims.sid,
    name: (row.name ?? '').trim(),
    addressId: relationId(row.address),
    household: (row.household ?? [])
      .map((member) => (member.firstName ?? '').trim())
      .filter(Boolean),
  }
}
