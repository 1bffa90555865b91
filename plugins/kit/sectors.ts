import type { PayloadRequest } from 'payload'

import type { SectorBoundary, SectorShape } from '@engines/place'

/**
 * Every sector's boundary, read inside the caller's transaction, for the Place engine's
 * `sectorForPoint`: the app's address registry and the plugins that place a point (a request) ask
 * the same question of the same collection, named by the caller ('sectors' in this app).
 */
export const loadSectorShapes = async (
  req: Pick<PayloadRequest, 'payload'> & Partial<PayloadRequest>,
  collection = 'sectors',
): Promise<SectorShape<number>[]> => {
  const { docs } = await req.payload.find({
    collection: collection as 'sectors',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { boundary: true },
    req,
  })
  return docs.map((doc) => ({
    id: doc.id as number,
    boundary: (doc as { boundary?: unknown }).boundary as SectorBoundary,
  }))
}
