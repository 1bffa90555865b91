import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expireTags, surveyCacheTags } from '../../../lib/cacheTags'

/** An edited survey shows on the next page view: its list, its page and its results. */
export const revalidateSurveys: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({
  doc,
  req,
}) => {
  if (req.context?.disableRevalidate) return doc
  await expireTags([surveyCacheTags.surveys, surveyCacheTags.results(doc.id)])
  return doc
}
