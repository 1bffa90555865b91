import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireTags, publicRequestCacheTags } from '../../../public/cacheTags'

/**
 * Expires the public list and map when a request changes, so a new request, a
 * status change or a closing shows on the next view. Skipped when seeding (`disableRevalidate`).
 */
export const revalidatePublicRequests: CollectionAfterChangeHook &
  CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!req.context?.disableRevalidate) await expireTags([publicRequestCacheTags.list])
  return doc
}
