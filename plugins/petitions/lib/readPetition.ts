import type { Payload } from 'payload'

import { relationId } from '../../kit/ids'
import { petitionsSlug } from '../defaults'
import type { PetitionForSigning, PetitionRules, PetitionStatus } from './model'
import type { ResolvedPetitionsOptions } from '../types'

type Row = {
  id: number
  slug?: string
  title?: string
  status?: PetitionStatus
  opensAt?: string | null
  closesAt?: string | null
  areaKind?: 'city' | 'sector'
  sector?: unknown
  rules?: PetitionRules | null
}

/** A petition's state for signing, read fresh from the database (no cache): null when unknown. */
export const readPetitionForSigning = async (
  payload: Payload,
  id: number,
): Promise<(PetitionForSigning & { slug: string; title: string }) | null> => {
  if (!Number.isSafeInteger(id) || id <= 0) return null
  const row = (await payload.db.findOne({
    collection: petitionsSlug as 'users',
    where: { id: { equals: id } },
    select: {
      slug: true,
      title: true,
      status: true,
      opensAt: true,
      closesAt: true,
      areaKind: true,
      sector: true,
      rules: true,
    },
  })) as Row | null
  if (!row) return null
  const sectorId = relationId(row.sector)
  return {
    id: row.id,
    slug: row.slug ?? '',
    title: row.title ?? '',
    status: row.status ?? 'draft',
    opensAt: row.opensAt ?? null,
    closesAt: row.closesAt ?? null,
    area: row.areaKind === 'sector' && sectorId ? { kind: 'sector', sectorId } : { kind: 'city' },
    rules: row.rules ?? null,
  }
}

/** The sector of a civic address in the registry (placed there by the Place engine), or null. */
export const sectorOfAddress = async (
  payload: Payload,
  options: ResolvedPetitionsOptions,
  addressId: number | null,
): Promise<number | null> => {
  if (!addressId) return null
  const row = (await payload.db.findOne({
    collection: options.addressesCollection as 'users',
    where: { id: { equals: addressId } },
    select: { sector: true },
  })) as { sector?: unknown } | null
  return relationId(row?.sector)
}
