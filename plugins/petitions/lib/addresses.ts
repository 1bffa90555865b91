import type { Payload } from 'payload'

import type { PetitionAddressMatch } from '../types'

/** Lowercase, accent-free words (letters and digits), as the registry's addresses are compared. */
const words = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean)

type Row = {
  id: number
  number?: number | null
  suffix?: string | null
  street?: string | null
  postalCode?: string | null
  label?: string | null
}

/** Most matches offered for one typed address. */
export const maxAddressMatches = 10

/**
 * Civic addresses of the registry matching what a visitor typed: the civic number (with its
 * letter, "125A" or "125 A") must match exactly, and every other word must begin a word of the
 * street or be the postal code ("125 erables", "125, rue des Érables J0A 1B0"). Without a civic
 * number, nothing matches: a signature is one home, not a street. Read with the public's access.
 */
export const findRegistryAddresses = async ({
  payload,
  collection,
  query,
}: {
  payload: Payload
  collection: string
  query: string
}): Promise<PetitionAddressMatch[]> => {
  const typed = words(query.slice(0, 200))
  const first = /^(\d{1,6})([a-z]?)$/.exec(typed[0] ?? '')
  if (!first) return []
  const number = Number(first[1])
  let suffix = first[2] ?? ''
  let rest = typed.slice(1)
  // "125 A rue …": a lone letter after the number is its suffix.
  if (!suffix && /^[a-z]$/.test(rest[0] ?? '')) {
    suffix = rest[0]!
    rest = rest.slice(1)
  }
  const { docs } = await payload.find({
    collection: collection as 'users',
    where: { number: { equals: number } },
    limit: 200,
    depth: 0,
    pagination: false,
    sort: 'id',
    select: { number: true, suffix: true, street: true, postalCode: true, label: true } as never,
    overrideAccess: false,
  })
  const matches = (docs as unknown as Row[]).filter((row) => {
    if ((row.suffix ?? '').trim().toLowerCase() !== suffix) return false
    const street = words(row.street ?? '')
    const postal = (row.postalCode ?? '').replace(/\s/g, '').toLowerCase()
    const postalParts = words(row.postalCode ?? '')
    return rest.every(
      (word) =>
        street.some((w) => w.startsWith(word)) ||
        word === postal ||
        postalParts.includes(word) ||
        (postal.startsWith(word) && word.length >= 3),
    )
  })
  return matches.slice(0, maxAddressMatches).map((row) => ({
    id: row.id,
    label: [row.label ?? `${row.number}${row.suffix ?? ''}, ${row.street ?? ''}`, row.postalCode]
      .filter(Boolean)
      .join(' '),
  }))
}
