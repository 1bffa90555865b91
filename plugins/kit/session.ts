import { jwtVerify } from 'jose'
import { JWT_AUTH_VERSION, type Payload } from 'payload'
import { parseCookies } from 'payload/shared'

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
    if (protectedHeader.authVersion !== JWT_AUTH_VERSION) return null
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

type AuthConfig = {
  auth?: { verify?: unknown; useSessions?: boolean }
  flattenedFields: { name: string }[]
}

/**
 * The signed-in resident behind a request, the cheap way, for plugins that must not import the
 * accounts plugin (surveys, petitions): the session cookie's (or `Authorization: JWT`) token
 * verified in process, then the account's row read through Payload's database adapter
 * (`payload.db.findOne`: one query, no hooks, no population), which tells whether the session
 * still exists and has not expired (logging out removes it, as Payload's JWT strategy checks with
 * `useSessions`) and whether the account is verified. `fields` names the row's fields the caller
 * needs (those the collection has are read). Nothing here knows how the host stores its
 * residents: `collection` is any auth collection.
 *
 * The caller checks the request's origin first (the cookie is only trusted for same-site forms).
 */
export const readSessionAccount = async <Row extends Record<string, unknown>>({
  payload,
  headers,
  collection,
  fields,
}: {
  payload: Payload
  headers: Headers
  collection: string
  fields: readonly string[]
}): Promise<{ id: number; sid: string; row: Partial<Row> } | null> => {
  const token =
    parseCookies(headers).get(`${payload.config.cookiePrefix}-token`)?.trim() ??
    headers.get('authorization')?.match(/^JWT (.+)$/)?.[1]
  if (!token) return null
  const claims = await verifiedClaims(payload.secret, token)
  if (!claims || claims.collection !== collection) return null
  const config = (payload.collections as Record<string, { config: AuthConfig } | undefined>)[
    collection
  ]?.config
  const auth = config?.auth
  if (!config || !auth) return null
  const select: Record<string, true> = {}
  for (const name of fields)
    if (config.flattenedFields.some((f) => f.name === name)) select[name] = true
  if (auth.verify) select._verified = true
  if (auth.useSessions) select.sessions = true
  const row = (await payload.db.findOne({
    collection: collection as 'users',
    where: { id: { equals: claims.id } },
    select,
  })) as
    | (Partial<Row> & {
        _verified?: boolean | null
        sessions?: { id?: string | null; expiresAt?: string | Date | null }[] | null
      })
    | null
  if (!row) return null
  if (auth.verify && !row._verified) return null
  if (auth.useSessions) {
    const session = (row.sessions ?? []).find((s) => s.id === claims.sid)
    if (!session?.expiresAt || new Date(session.expiresAt).getTime() <= Date.now()) return null
  }
  return { id: claims.id, sid: claims.sid, row }
}
