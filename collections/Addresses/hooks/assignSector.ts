import type { CollectionBeforeChangeHook } from 'payload'

import { loadSectorShapes } from '@/lib/place/loadSectorShapes'
import { sectorForPoint } from '@/lib/place/sectorForPoint'

/** The sector always follows the coordinates: editors never type it by hand. */
export const assignSector: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const lat = data.lat ?? originalDoc?.lat
  const lng = data.lng ?? originalDoc?.lng
  if (typeof lat !== 'number' || typeof lng !== 'number') return data
  const shapes = await loadSectorShapes(req)
  return { ...data, sector: sectorForPoint({ lat, lng }, shapes) }
}
