import type { CollectionAfterChangeHook } from 'payload'

import { notifyTaskSlug } from '../jobs/notifyNotice'
import { relationIds } from '../../kit/ids'

const ids = (value: unknown) => relationIds(value).sort()

/**
 * When a notice is published, or its sectors change while published, queue the alert fan-out
 * (its delivery log makes the second run send only to citizens newly concerned). Seeding skips it.
 */
export const queueNoticeAlerts: CollectionAfterChangeHook = async ({
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
    JSON.stringify(ids(previousDoc?.sectors)) === JSON.stringify(ids(doc.sectors))
  )
    return doc
  await req.payload.jobs.queue({
    task: notifyTaskSlug as never,
    input: { noticeId: doc.id } as never,
    req,
  })
  return doc
}
