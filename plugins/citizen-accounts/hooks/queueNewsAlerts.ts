import type { CollectionAfterChangeHook } from 'payload'

import { notifyNewsTaskSlug } from '../jobs/notifyNews'

const sorted = (value: unknown) => [...((value as string[] | null | undefined) ?? [])].sort()

/**
 * When a news item is published, or gains a category while published, queue the news alert
 * fan-out. Its delivery log sends each citizen an item once: a re-publication or a second run
 * reaches only citizens who never received it. Seeding skips it.
 */
export const queueNewsAlerts: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  context,
}) => {
  if (context?.disableRevalidate || context?.disableNotifications) return doc
  if (doc._status !== 'published') return doc
  const wasPublished = previousDoc?._status === 'published'
  if (
    wasPublished &&
    sorted(doc.categories).every((c) => sorted(previousDoc?.categories).includes(c))
  )
    return doc
  await req.payload.jobs.queue({
    task: notifyNewsTaskSlug as never,
    input: { newsId: doc.id } as never,
    req,
  })
  return doc
}
