import type { Payload } from 'payload'

import { relationId } from '../../kit/ids'
import { readSessionAccount } from '../../kit/session'
import type { SurveyCitizen } from '../types'

export { verifiedClaims } from '../../kit/session'

/**
 * The signed-in citizen behind a request and their sector, read the kit's cheap way
 * (plugins/kit/session.ts: the JWT in process, then one row through the database adapter; the
 * session still there and not expired, the account verified). Same answer as `payload.auth()`,
 * without loading and populating the whole user through the Local API (≈ 3 ms of CPU per call),
 * which the answer endpoint would otherwise pay on every answer. `collection` is any auth
 * collection with a `sector` relationship, named by the plugin's `citizensCollection` option.
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
  const account = await readSessionAccount<{ sector: unknown }>({
    payload,
    headers,
    collection,
    fields: ['sector'],
  })
  if (!account) return null
  return { id: account.id, sid: account.sid, sectorId: relationId(account.row.sector) }
}
