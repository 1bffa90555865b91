import type { Payload } from 'payload'

import type { ResolvedOptions } from '../types'
import { metresBetween, type Point } from './map'

export type NearestAddress = { label: string; street: string; metres: number }

/** How far a point may be from the nearest civic address for that address to name the place. */
const maxMetres = 400

/**
 * The civic address nearest a point (a map click, the device's position), so that a place reads
 * as "près du 61, rue des Érables" and never as raw coordinates. The registry's own points: a
 * box around the point first (indexed columns), the exact distance after; null when no address is
 * within a few hundred metres (a park, the lake).
 */
export const nearestAddress = async (
  payload: Payload,
  options: ResolvedOptions,
  point: Point,
): Promise<NearestAddress | null> => {
  const dLat = maxMetres / 111_000
  const dLng = dLat / Math.max(0.1, Math.cos((point.lat * Math.PI) / 180))
  const { docs } = await payload.find({
    collection: options.addressesCollection as 'addresses',
    where: {
      and: [
        { lat: { greater_than: point.lat - dLat } },
        { lat: { less_than: point.lat + dLat } },
        { lng: { greater_than: point.lng - dLng } },
        { lng: { less_than: point.lng + dLng } },
      ],
    },
    limit: 200,
    depth: 0,
    pagination: false,
    // The registry is public (the collections page searches it); only these columns are read.
    overrideAccess: true,
    select: { label: true, street: true, lat: true, lng: true },
  })
  let best: NearestAddress | null = null
  for (const doc of docs as unknown as {
    label?: string | null
    street?: string | null
    lat?: number | null
    lng?: number | null
  }[]) {
    if (typeof doc.lat !== 'number' || typeof doc.lng !== 'number' || !doc.label) continue
    const metres = metresBetween(point, { lat: doc.lat, lng: doc.lng })
    if (metres <= maxMetres && (!best || metres < best.metres))
      best = { label: doc.label, street: doc.street ?? '', metres }
  }
  return best
}
