import type { PayloadRequest } from 'payload'

import type { SectorBoundary } from './geojson'
import type { SectorShape } from './sectorForPoint'

/** All sector boundaries, read inside the caller's transaction. */
export const loadSectorShapes = async (req: PayloadRequest): Promise<SectorShape<number>[]> => {
  const { docs } = await req.payload.find({
    collection: 'sectors',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { boundary: true },
    req,
  })
  return docs.map((doc) => ({ id: doc.id as number, boundary: doc.boundary as unknown as SectorBoundary }))
}
