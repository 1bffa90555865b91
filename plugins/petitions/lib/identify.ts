import type { Payload } from 'payload'

import { relationId } from '../../kit/ids'
import { readSessionAccount } from '../../kit/session'
import type { PetitionCitizen } from '../types'

/**
 * The signed-in citizen behind a request, read the kit's cheap way (plugins/kit/session.ts: the
 * JWT in process, then one row through the database adapter, which tells whether the session
 * still exists and the account is verified), with their name, civic address and household's first
 * names. Any auth collection with those fields will do (`citizensCollection`); nothing here reads
 * citizen-accounts' code.
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
  const account = await readSessionAccount<{
    name: string | null
    address: unknown
    household: { firstName?: string | null }[] | null
    email: string | null
  }>({ payload, headers, collection, fields: ['name', 'address', 'household', 'email'] })
  if (!account) return null
  const { row } = account
  return {
    id: account.id,
    sid: account.sid,
    name: (row.name ?? '').trim(),
    addressId: relationId(row.address),
    household: (row.household ?? [])
      .map((member) => (member.firstName ?? '').trim())
      .filter(Boolean),
    email: row.email ?? null,
  }
}
