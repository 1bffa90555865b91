import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireTags, publicRequestCacheTags } from '../../../public/cacheTags'

/**
 * Expires the cached type lists (the form's first step, the public list's filter) and the public
 * list, which shows the types' names, when a type changes. Skipped when seeding (`disableRevalidate`).
 */
export const revalidateRequestTypes: CollectionAfterChangeHook &
  CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!req.context?.disableRevalidate)
    await expireTags([publicRequestCacheTags.list, publicRequestCacheTags.types])
  return doc
}
