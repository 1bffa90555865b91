import type { PayloadRequest } from 'payload'

import type { SectorBoundary, SectorShape } from '@engines/place'

import type { ResolvedOptions } from '../types'

/** Every sector's boundary, from the collection the options name, inside the caller's transaction. */
export const loadSectorShapes = async (req: PayloadRequest, options: ResolvedOptions): Promise<SectorShape<number>[]> => {
  const { docs } = await req.payload.find({
    collection: options.sectorsCollection as 'sectors',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { boundary: true },
    req,
  })
  return docs.map((doc) => ({ id: doc.id as number, boundary: (doc as { boundary?: unknown }).boundary as SectorBoundary }))
}
