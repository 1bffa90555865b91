import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { activityCacheTags, expireTags } from '../../../lib/cacheTags'

/** An edited activity or session shows on the next page view: the programme and the session's page. */
export const revalidateProgramme: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({
  doc,
  req,
  collection,
}) => {
  if (req.context?.disableRevalidate) return doc
  const tags: string[] = [activityCacheTags.programme]
  if (String(collection.slug) !== 'activities') tags.push(activityCacheTags.session(doc.id))
  await expireTags(tags)
  return doc
}
