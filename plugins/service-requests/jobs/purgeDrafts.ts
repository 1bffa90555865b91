import type { Payload, TaskConfig, Where } from 'payload'

import type { ResolvedOptions } from '../types'

export const purgeDraftsTaskSlug = 'serviceRequestsPurgeDrafts'

const batch = 200

/**
 * Forms residents started and never sent: drafts not touched for `draftRetentionDays` days are
 * deleted with the photos added to them (never a photo already attached to a request), and so are
 * draft photos left without their draft. Deleting through the Local API removes the files too.
 * Safe to run twice; in batches so a backlog does not hold one long transaction.
 */
export const purgeExpiredDrafts = async ({
  payload,
  options,
  now = new Date(),
}: {
  payload: Payload
  options: ResolvedOptions
  now?: Date
}) => {
  const cutoff = new Date(
    now.getTime() - options.draftRetentionDays * 24 * 60 * 60 * 1000,
  ).toISOString()
  let drafts = 0
  let photos = 0
  const deletePhotos = async (where: Where) => {
    for (;;) {
      const { docs } = (await payload.delete({
        collection: options.photosCollection as 'request-photos',
        where,
        limit: batch,
        overrideAccess: true,
        depth: 0,
      } as never)) as unknown as { docs: unknown[] }
      photos += docs.length
      if (docs.length < batch) return
    }
  }
  for (;;) {
    const { docs } = await payload.find({
      collection: options.draftsCollection as 'request-drafts',
      where: { updatedAt: { less_than: cutoff } },
      limit: batch,
      depth: 0,
      overrideAccess: true,
      select: { key: true },
    })
    if (docs.length === 0) break
    const keys = docs.map((d) => String((d as { key: string }).key))
    await deletePhotos({ and: [{ draftKey: { in: keys } }, { request: { exists: false } }] })
    const deleted = await payload.delete({
      collection: options.draftsCollection as 'request-drafts',
      where: { id: { in: docs.map((d) => d.id) } },
      overrideAccess: true,
      depth: 0,
    })
    drafts += deleted.docs.length
    if (docs.length < batch) break
  }
  // Photos whose draft is already gone (a draft deleted by hand, an earlier failure).
  await deletePhotos({
    and: [
      { draftKey: { exists: true } },
      { request: { exists: false } },
      { createdAt: { less_than: cutoff } },
    ],
  })
  return { drafts, photos }
}

/** The jobs-queue task, once a day (the web server or `payload jobs:run` workers run it). */
export const purgeDraftsTask = (
  options: ResolvedOptions,
): TaskConfig<{ input: object; output: { drafts: number; photos: number } }> => ({
  slug: purgeDraftsTaskSlug,
  label: 'Purge abandoned service request drafts',
  schedule: options.enabled ? [{ cron: '0 45 3 * * *', queue: 'default' }] : undefined,
  outputSchema: [
    { name: 'drafts', type: 'number' },
    { name: 'photos', type: 'number' },
  ],
  handler: async ({ req }) => {
    const output = await purgeExpiredDrafts({ payload: req.payload, options })
    if (output.drafts || output.photos)
      req.payload.logger.info({
        msg: `service-requests: purged ${output.drafts} draft(s) and ${output.photos} draft photo(s)`,
      })
    return { output }
  },
})
