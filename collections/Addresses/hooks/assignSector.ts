import type { CollectionBeforeChangeHook } from 'payload'

import { loadSectorShapes } from '@plugins/kit/sectors'
import { sectorForPoint } from '@engines/place'

/** The sector always follows the coordinates: editors never type it by hand. */
export const assignSector: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const lat = data.lat ?? originalDoc?.lat
  const lng = data.lng ?? originalDoc?.lng
  if (typeof lat !== 'number' || typeof lng !== 'number') return data
  const shapes = await loadSectorShapes(req)
  return { ...data, sector: sectorForPoint({ lat, lng }, shapes) }
}
