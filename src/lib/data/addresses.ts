import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'
import type { CollectionSchedule, SnowOperation, WateringRule } from '@/payload-types'

import { getPayloadClient } from './payload'

export type AddressMatch = { id: number; label: string; postalCode: string; number: number; sectorId: number | null }

/** Lowercase, accent-free words of a typed address, as in the registry's civic key. */
const searchWords = (query: string) =>
  query
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6)

/**
 * Civic addresses matching what a resident typed ("125 erables"), at most 10. A leading civic
 * number must match exactly (so "61" does not list 161 and 261) unless nothing does.
 */
export const findAddresses = async (query: string): Promise<AddressMatch[]> => {
  const words = searchWords(query)
  if (words.length === 0) return []
  const payload = await getPayloadClient()
  const find = (where: Where) =>
    payload.find({
      collection: 'addresses',
      limit: 10,
      depth: 0,
      overrideAccess: false,
      sort: 'label',
      where,
      select: { label: true, postalCode: true, number: true, sector: true },
    })
  const [first, ...rest] = words
  const number = /^\d{1,6}$/.test(first) ? Number(first) : null
  let { docs } =
    number !== null && rest.length
      ? await find({ and: [{ number: { equals: number } }, { civicKey: { like: rest.join(' ') } }] })
      : { docs: [] as never[] }
  if (docs.length === 0) docs = (await find({ civicKey: { like: words.join(' ') } })).docs
  return docs.map((d) => ({
    id: d.id,
    label: d.label ?? '',
    postalCode: d.postalCode,
    number: d.number,
    sectorId: typeof d.sector === 'object' ? (d.sector?.id ?? null) : (d.sector ?? null),
  }))
}

export const getAddress = async (id: number): Promise<AddressMatch | null> => {
  const payload = await getPayloadClient()
  const doc = await payload.findByID({ collection: 'addresses', id, depth: 0, overrideAccess: false, disableErrors: true })
  if (!doc) return null
  return {
    id: doc.id,
    label: doc.label ?? '',
    postalCode: doc.postalCode,
    number: doc.number,
    sectorId: typeof doc.sector === 'object' ? (doc.sector?.id ?? null) : (doc.sector ?? null),
  }
}

/** A sector's collection schedules, snow operations under way or planned, and the city's watering rules. */
export const getSchedulesForSector = (locale: Locale, sectorId: number) =>
  unstable_cache(
    async (): Promise<{ schedules: CollectionSchedule[]; wateringRules: WateringRule[]; snowOperations: SnowOperation[] }> => {
      const payload = await getPayloadClient()
      const [schedules, wateringRules, snowOperations] = await Promise.all([
        payload.find({ collection: 'collection-schedules', locale, limit: 100, depth: 0, overrideAccess: false, where: { sector: { equals: sectorId } } }),
        payload.find({ collection: 'watering-rules', locale, limit: 50, depth: 0, overrideAccess: false }),
        // Only operations staff marked planned or under way: their status changes expire this cache.
        payload.find({
          collection: 'snow-operations',
          locale,
          limit: 10,
          depth: 0,
          overrideAccess: false,
          sort: 'startsAt',
          where: { and: [{ sector: { equals: sectorId } }, { status: { in: ['planned', 'in-progress'] } }] },
        }),
      ])
      return {
        schedules: schedules.docs,
        snowOperations: snowOperations.docs,
        wateringRules: wateringRules.docs.filter((rule) => {
          const ids = (rule.sectors ?? []).map((s) => (typeof s === 'object' ? s.id : s))
          return ids.length === 0 || ids.includes(sectorId)
        }),
      }
    },
    ['sector-schedules-page', locale, String(sectorId)],
    { tags: [tags.schedules] },
  )()
