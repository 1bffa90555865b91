import type { Payload } from 'payload'

import { relationId } from '../../kit/ids'
import { readSessionAccount } from '../../kit/session'
import type { ActivitiesCitizen } from '../types'

type HouseholdRow = { id?: string | null; firstName?: string | null; birthDate?: string | null }

const localDate = (value: unknown): string | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const iso = value instanceof Date ? value.toISOString() : value
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null
}

/**
 * The signed-in resident behind a request, read the kit's cheap way (plugins/kit/session.ts), with
 * the members they may register: themself, then their household (first name, and date of birth
 * where the host keeps one). Any auth collection with those fields will do (`citizensCollection`).
 * The caller checks the request's origin first.
 */
export const citizenFromSession = async ({
  payload,
  headers,
  collection,
}: {
  payload: Payload
  headers: Headers
  collection: string
}): Promise<ActivitiesCitizen | null> => {
  const account = await readSessionAccount<{
    name: string | null
    email: string | null
    preferredLanguage: string | null
    birthDate: unknown
    address: unknown
    household: HouseholdRow[] | null
  }>({
    payload,
    headers,
    collection,
    fields: ['name', 'email', 'preferredLanguage', 'birthDate', 'address', 'household'],
  })
  if (!account) return null
  const { row } = account
  const name = (row.name ?? '').trim() || `#${account.id}`
  return {
    id: account.id,
    sid: account.sid,
    name,
    email: row.email ?? null,
    preferredLanguage: row.preferredLanguage === 'en' ? 'en' : 'fr',
    addressId: relationId(row.address),
    members: [
      { key: 'self', name, birthDate: localDate(row.birthDate) },
      ...(row.household ?? [])
        .filter((member) => member.id && (member.firstName ?? '').trim())
        .map((member) => ({
          key: `m:${member.id}`,
          name: (member.firstName ?? '').trim(),
          birthDate: localDate(member.birthDate),
        })),
    ],
  }
}
