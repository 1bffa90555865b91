import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'
import type { CollectionSchedule, SnowOperation, WateringRule } from '@/payload-types'

import { getPayloadClient } from './payload'

export type AddressMatch = {
  id: number
  label: string
  postalCode: string
  number: number
  sectorId: number | null
}

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

/** A street's filing name: "rue des Érables" files under "erables", as in a phone book. */
const streetKey = (street: string) =>
  street
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(
      /^(rue|avenue|boulevard|chemin|place|rang|route|montee|impasse|croissant|terrasse|allee)\s+/,
      '',
    )
    .replace(/^(?:(?:de l|d|l)['’]\s*|(?:de la|des|du|de|la|le|les)\s+)/, '')

type AddressRow = {
  id: number
  label?: string | null
  postalCode: string
  number: number
  suffix?: string | null
  street: string
  sector?: number | { id: number } | null
}

const toMatch = (d: AddressRow): AddressMatch => ({
  id: d.id,
  label: d.label ?? '',
  postalCode: d.postalCode,
  number: d.number,
  sectorId: typeof d.sector === 'object' ? (d.sector?.id ?? null) : (d.sector ?? null),
})

/** At most this many matches are read and ordered for one lookup (a whole street is 110). */
const maxMatches = 500

/**
 * Civic addresses matching what a resident typed ("125 erables", "61", "rue des érables"), in the
 * order a resident looks for theirs: by street (its name, not its "rue"/"avenue"), then civic
 * number; `total` says how many match, `limit` how many to return. A leading civic number must
 * match exactly (so "61" does not list 161 and 261) unless nothing does.
 */
export const searchAddresses = async (
  query: string,
  { limit = 10 }: { limit?: number } = {},
): Promise<{ matches: AddressMatch[]; total: number }> => {
  const words = searchWords(query)
  if (words.length === 0) return { matches: [], total: 0 }
  const payload = await getPayloadClient()
  const find = async (where: Where) =>
    (
      await payload.find({
        collection: 'addresses',
        limit: maxMatches,
        pagination: false,
        depth: 0,
        overrideAccess: false,
        sort: 'id',
        where,
        select: {
          label: true,
          postalCode: true,
          number: true,
          suffix: true,
          street: true,
          sector: true,
        },
      })
    ).docs as unknown as AddressRow[]
  const [first, ...rest] = words
  const number = /^\d{1,6}$/.test(first) ? Number(first) : null
  let docs: AddressRow[] = []
  if (number !== null)
    docs = await find(
      rest.length
        ? { and: [{ number: { equals: number } }, { civicKey: { like: rest.join(' ') } }] }
        : { number: { equals: number } },
    )
  if (docs.length === 0) docs = await find({ civicKey: { like: words.join(' ') } })
  const ordered = docs
    .map((d) => ({ d, key: streetKey(d.street) }))
    .sort(
      (a, b) =>
        a.key.localeCompare(b.key, 'fr') ||
        a.d.street.localeCompare(b.d.street, 'fr') ||
        a.d.number - b.d.number ||
        (a.d.suffix ?? '').localeCompare(b.d.suffix ?? ''),
    )
    .map(({ d }) => d)
  return { matches: ordered.slice(0, limit).map(toMatch), total: ordered.length }
}

/** The first matches of a lookup (the request form's and Mon dossier's address steps). */
export const findAddresses = async (query: string): Promise<AddressMatch[]> =>
  (await searchAddresses(query, { limit: 10 })).matches

/**
 * An address of the registry to show as the example under the address field ("Par exemple :
 * 11, rue des Érables"): taken from the data, so typing it always finds it. The first one
 * imported; read once an hour.
 */
export const getExampleAddress = unstable_cache(
  async (): Promise<string | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'addresses',
      limit: 1,
      depth: 0,
      sort: 'id',
      overrideAccess: false,
      select: { label: true },
    })
    return docs[0]?.label ?? null
  },
  ['example-address'],
  { tags: [tags.sectors], revalidate: 3600 },
)

export const getAddress = async (id: number): Promise<AddressMatch | null> => {
  const payload = await getPayloadClient()
  const doc = await payload.findByID({
    collection: 'addresses',
    id,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
  })
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
    async (): Promise<{
      schedules: CollectionSchedule[]
      wateringRules: WateringRule[]
      snowOperations: SnowOperation[]
    }> => {
      const payload = await getPayloadClient()
      const [schedules, wateringRules, snowOperations] = await Promise.all([
        payload.find({
          collection: 'collection-schedules',
          locale,
          limit: 100,
          depth: 0,
          overrideAccess: false,
          where: { sector: { equals: sectorId } },
        }),
        payload.find({
          collection: 'watering-rules',
          locale,
          limit: 50,
          depth: 0,
          overrideAccess: false,
        }),
        // Only operations staff marked planned or under way: their status changes expire this cache.
        payload.find({
          collection: 'snow-operations',
          locale,
          limit: 10,
          depth: 0,
          overrideAccess: false,
          sort: 'startsAt',
          where: {
            and: [{ sector: { equals: sectorId } }, { status: { in: ['planned', 'in-progress'] } }],
          },
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
