import type { Payload, Where } from 'payload'

import type { RequestLocale, ResolvedOptions } from '../types'
import { relationId } from '../../kit/ids'
import { metresBetween, type Point, roughPoint } from '../places/map'
import { nearestAddress } from '../places/places'
import type { RequestStatus } from '../requests/status'

/** Statuses the public list shows: everything still open, and resolved (the resident may reopen it). */
export const publicStatuses = [
  'submitted',
  'acknowledged',
  'assigned',
  'in_progress',
  'resolved',
] as const satisfies readonly RequestStatus[]

/** Of those, the ones still open: "Moi aussi" is offered, and the list's heading counts, only these. */
export const openStatuses = [
  'submitted',
  'acknowledged',
  'assigned',
  'in_progress',
] as const satisfies readonly RequestStatus[]

/**
 * What anyone may see of a request: no submitter, no contact, no description (residents write
 * names, phone numbers and door codes in it), no photo, no note; the place as a street name or a
 * point rounded to about 100 m. A point alone is named by the street of the nearest civic address
 * (`nearStreet`), never shown as coordinates.
 */
export type PublicRequest = {
  id: number
  trackingNumber: string
  typeId: number | null
  typeName: string
  status: RequestStatus
  createdAt: string
  sectorId: number | null
  sectorName: string | null
  street: string | null
  /** For a place given as a point: the street of the nearest civic address, if one is near. */
  nearStreet: string | null
  point: Point | null
  followers: number
}

export type PublicFilters = {
  typeId?: number | null
  sectorId?: number | null
  trackingNumber?: string | null
  /** A rounded point of the map: the requests drawn there. */
  near?: Point | null
}

type Stored = {
  id: number
  trackingNumber: string
  type?: { id: number; name?: string } | number | null
  status: RequestStatus
  createdAt: string
  sector?: { id: number; name?: string } | number | null
  address?: { street?: string } | number | null
  lat?: number | null
  lng?: number | null
  followers?: number | null
}

/**
 * A request's place as anyone may see it, wherever it is shown (this list, its map, Open311's
 * public reads): the street without the civic number, the point rounded to 0.001° (about 100 m).
 */
export const publicPlace = ({
  street,
  lat,
  lng,
}: {
  street?: string | null
  lat?: number | null
  lng?: number | null
}): { street: string | null; point: Point | null } => ({
  street: street ?? null,
  point: typeof lat === 'number' && typeof lng === 'number' ? roughPoint({ lat, lng }) : null,
})

const toPublic = (doc: Stored): PublicRequest => {
  const place = publicPlace({
    street: doc.address && typeof doc.address === 'object' ? doc.address.street : null,
    lat: doc.lat,
    lng: doc.lng,
  })
  return {
    id: doc.id,
    trackingNumber: doc.trackingNumber,
    typeId: relationId(doc.type),
    typeName: doc.type && typeof doc.type === 'object' ? (doc.type.name ?? '') : '',
    status: doc.status,
    createdAt: doc.createdAt,
    sectorId: relationId(doc.sector),
    sectorName: doc.sector && typeof doc.sector === 'object' ? (doc.sector.name ?? null) : null,
    street: place.street,
    nearStreet: null,
    point: place.point,
    followers: doc.followers ?? 0,
  }
}

const whereFor = (
  { typeId, sectorId, trackingNumber, near }: PublicFilters,
  statuses: readonly RequestStatus[] = publicStatuses,
): Where => ({
  and: [
    { status: { in: [...statuses] } },
    ...(typeId ? [{ type: { equals: typeId } }] : []),
    ...(sectorId ? [{ sector: { equals: sectorId } }] : []),
    ...(trackingNumber ? [{ trackingNumber: { equals: trackingNumber } }] : []),
    // The points a rounded point stands for (rounding is to 0.001°).
    ...(near
      ? [
          { lat: { greater_than_equal: near.lat - 0.0005 } },
          { lat: { less_than: near.lat + 0.0005 } },
          { lng: { greater_than_equal: near.lng - 0.0005 } },
          { lng: { less_than: near.lng + 0.0005 } },
        ]
      : []),
  ],
})

type ReadArgs = {
  payload: Payload
  options: ResolvedOptions
  locale: RequestLocale
  where: Where
  page: number
  limit: number
  sort?: string
}

/** Requests as stored, with only the public columns (and the names they point to) read. */
const readStored = async ({
  payload,
  options,
  locale,
  where,
  page,
  limit,
  sort = '-createdAt',
}: ReadArgs) => {
  const result = await payload.find({
    collection: options.requestsCollection as 'service-requests',
    where,
    sort,
    page,
    limit,
    depth: 1,
    locale,
    // Read as the system, but only these fields leave the database.
    overrideAccess: true,
    select: {
      trackingNumber: true,
      type: true,
      status: true,
      createdAt: true,
      sector: true,
      address: true,
      lat: true,
      lng: true,
      followers: true,
    },
    populate: {
      [options.typesCollection]: { name: true },
      [options.sectorsCollection]: { name: true },
      [options.addressesCollection]: { street: true },
    } as never,
  })
  return { ...result, docs: result.docs as unknown as Stored[] }
}

/** Names the place of requests given as a point by the nearest civic address's street. */
const withNearStreets = async (payload: Payload, options: ResolvedOptions, stored: Stored[]) =>
  Promise.all(
    stored.map(async (doc) => {
      const view = toPublic(doc)
      if (view.street || typeof doc.lat !== 'number' || typeof doc.lng !== 'number') return view
      const nearest = await nearestAddress(payload, options, { lat: doc.lat, lng: doc.lng })
      return { ...view, nearStreet: nearest?.street || null }
    }),
  )

const read = async (args: ReadArgs) => {
  const result = await readStored(args)
  return { ...result, docs: await withNearStreets(args.payload, args.options, result.docs) }
}

export const publicPageSize = 20

/** One page of open requests, newest first, with the points of every matching request for the map (at most 500). */
export const listPublicRequests = async ({
  payload,
  options,
  locale,
  filters,
  page,
}: {
  payload: Payload
  options: ResolvedOptions
  locale: RequestLocale
  filters: PublicFilters
  page: number
}) => {
  const where = whereFor(filters)
  const [list, forMap, open] = await Promise.all([
    read({ payload, options, locale, where, page: Math.max(1, page), limit: publicPageSize }),
    readStored({
      payload,
      options,
      locale,
      where: { and: [where, { lat: { exists: true } }] },
      page: 1,
      limit: 500,
    }),
    payload.count({
      collection: options.requestsCollection as 'service-requests',
      where: whereFor(filters, openStatuses),
      overrideAccess: true,
    }),
  ])
  return {
    requests: list.docs,
    totalDocs: list.totalDocs,
    /** Of `totalDocs`, those still open (the rest are resolved, listed so their residents can reopen them). */
    openCount: open.totalDocs,
    page: list.page ?? 1,
    totalPages: list.totalPages,
    points: forMap.docs
      .map(toPublic)
      .filter((r) => r.point)
      .map((r) => ({ trackingNumber: r.trackingNumber, typeName: r.typeName, point: r.point! })),
  }
}

export type PublicList = Awaited<ReturnType<typeof listPublicRequests>>

/**
 * Open requests (not resolved) of a type near a place, for the form ("already reported?"): within `metres` of the
 * point, or in the same sector when the place has no point. At most five, nearest first.
 */
export const nearbyOpenRequests = async ({
  payload,
  options,
  locale,
  typeId,
  point,
  sectorId,
  metres = 150,
}: {
  payload: Payload
  options: ResolvedOptions
  locale: RequestLocale
  typeId: number
  point: Point | null
  sectorId: number | null
  metres?: number
}): Promise<PublicRequest[]> => {
  if (!point && !sectorId) return []
  // About 0.002° of latitude per 150 m: a box first (indexed columns), the exact distance after.
  const dLat = metres / 111_000 + 0.001
  const dLng = point ? dLat / Math.max(0.1, Math.cos((point.lat * Math.PI) / 180)) : 0
  const near: Where = point
    ? {
        and: [
          { lat: { greater_than: point.lat - dLat } },
          { lat: { less_than: point.lat + dLat } },
          { lng: { greater_than: point.lng - dLng } },
          { lng: { less_than: point.lng + dLng } },
        ],
      }
    : { sector: { equals: sectorId } }
  // Still open only: following a request already resolved would not get the problem fixed.
  const { docs: stored } = await readStored({
    payload,
    options,
    locale,
    where: { and: [whereFor({ typeId }, openStatuses), near] },
    page: 1,
    limit: 50,
  })
  if (!point) return withNearStreets(payload, options, stored.slice(0, 5))
  return withNearStreets(
    payload,
    options,
    stored
      .filter((d) => typeof d.lat === 'number' && typeof d.lng === 'number')
      .map((d) => ({ d, m: metresBetween(point, { lat: d.lat!, lng: d.lng! }) }))
      .filter((x) => x.m <= metres)
      .sort((a, b) => a.m - b.m)
      .slice(0, 5)
      .map((x) => x.d),
  )
}

/** Active request types and their names, for the list's filter. */
export const listPublicTypes = async (
  payload: Payload,
  options: ResolvedOptions,
  locale: RequestLocale,
) => {
  const { docs } = await payload.find({
    collection: options.typesCollection as 'request-types',
    where: { active: { equals: true } },
    locale,
    limit: 200,
    depth: 0,
    sort: 'name',
    overrideAccess: true,
    select: { name: true },
  })
  return docs.map((d) => ({ id: d.id as number, name: String(d.name ?? '') }))
}
