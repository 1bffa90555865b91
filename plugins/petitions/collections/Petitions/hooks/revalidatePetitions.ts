import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireTags, petitionCacheTags } from '../../../lib/cacheTags'

/** An edited petition shows on the next page view: the list and its page. */
export const revalidatePetitions: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({
  doc,
  req,
}) => {
  if (req.context?.disableRevalidate) return doc
  await expireTags([petitionCacheTags.petitions, petitionCacheTags.petition(doc.id)])
  return doc
}
