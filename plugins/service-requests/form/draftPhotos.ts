import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../types'

export const listDraftPhotos = async (
  payload: Payload,
  options: ResolvedOptions,
  draftKey: string,
) =>
  (
    await payload.find({
      collection: options.photosCollection as 'request-photos',
      where: { draftKey: { equals: draftKey } },
      limit: options.maxPhotos + 5,
      depth: 0,
      sort: 'createdAt',
      overrideAccess: true,
    })
  ).docs as unknown as { id: number; filename?: string | null; request?: unknown }[]

export const countDraftPhotos = async (
  payload: Payload,
  options: ResolvedOptions,
  draftKey: string,
) =>
  (
    await payload.count({
      collection: options.photosCollection as 'request-photos',
      where: { draftKey: { equals: draftKey } },
      overrideAccess: true,
    })
  ).totalDocs

/**
 * The draft's photos become the request's. Called by submitRequest inside the request's own
 * transaction (`req`), so a request never exists without the photos its form held.
 */
export const attachDraftPhotos = async (
  payload: Payload,
  options: ResolvedOptions,
  { draftKey, requestId, req }: { draftKey: string; requestId: number; req: PayloadRequest },
) => {
  const { errors } = await payload.update({
    collection: options.photosCollection as 'request-photos',
    where: { and: [{ draftKey: { equals: draftKey } }, { request: { exists: false } }] },
    data: { request: requestId } as never,
    overrideAccess: true,
    depth: 0,
    req,
  })
  // A bulk update reports a document it could not change instead of throwing: throw, so the
  // request is rolled back with it rather than committed without that photo.
  if (errors.length)
    throw new Error(
      `service-requests: ${errors.length} draft photo(s) not attached: ${errors.map((e) => e.message).join('; ')}`,
    )
}
