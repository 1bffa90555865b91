import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import { point } from '@turf/helpers'

import type { SectorBoundary } from './geojson'

export type SectorShape<TId> = { id: TId; boundary: SectorBoundary }

/**
 * The Place engine's core question: which sector contains this point? Returns the first sector
 * whose boundary contains it (boundary edges included), or null outside the city.
 */
export const sectorForPoint = <TId>(
  { lat, lng }: { lat: number; lng: number },
  sectors: SectorShape<TId>[],
): TId | null => {
  const p = point([lng, lat])
  for (const sector of sectors) {
    if (booleanPointInPolygon(p, sector.boundary)) return sector.id
  }
  return null
}
