import type { CollectionAfterChangeHook } from 'payload'

import { sendOutcomesTaskSlug } from '../../../jobs/sendOutcomes'

const outcomeFields = ['outcomeSummary', 'consultationAt', 'reportUrl'] as const

/**
 * When the greffe publishes the city's response, a consultation date or the report of a public
 * petition (signing or closed), queue the outcome emails for it, in the same transaction (the
 * delivery log makes a second run send only what is new). Seeding skips it.
 */
export const queueOutcomes: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (req.context?.disableRevalidate || req.context?.disableNotifications) return doc
  if (!['signing', 'closed'].includes(String(doc.status))) return doc
  const changed = outcomeFields.some(
    (field) =>
      Boolean(doc[field]) && JSON.stringify(doc[field]) !== JSON.stringify(previousDoc?.[field]),
  )
  if (!changed) return doc
  await req.payload.jobs.queue({
    task: sendOutcomesTaskSlug as never,
    input: { petitionId: doc.id } as never,
    req,
  })
  return doc
}
