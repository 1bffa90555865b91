import type { Payload, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../types'

export const purgeTaskSlug = 'citizensPurgeUnverified'

/**
 * Law 25 retention: accounts never confirmed are deleted after `days`. Safe to run twice (a second
 * run finds nothing), in batches so a large backlog does not hold one long transaction.
 */
export const purgeUnverifiedCitizens = async ({
  payload,
  slug,
  days,
  now = new Date(),
}: {
  payload: Payload
  slug: string
  days: number
  now?: Date
}): Promise<number> => {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString()
  let deleted = 0
  for (;;) {
    const { docs } = (await payload.delete({
      collection: slug as 'citizens',
      where: { and: [{ _verified: { not_equals: true } }, { createdAt: { less_than: cutoff } }] },
      limit: 200,
      overrideAccess: true,
      depth: 0,
    } as never)) as unknown as { docs: unknown[] }
    deleted += docs.length
    if (docs.length < 200) return deleted
  }
}

/** The jobs-queue task, scheduled once a day (the web server or `payload jobs:run` workers run it). */
export const purgeUnverifiedTask = (
  options: ResolvedOptions,
): TaskConfig<{ input: object; output: { deleted: number } }> => ({
  slug: purgeTaskSlug,
  label: 'Purge unconfirmed citizen accounts',
  schedule: options.enabled ? [{ cron: '0 30 3 * * *', queue: 'default' }] : undefined,
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => {
    const deleted = await purgeUnverifiedCitizens({
      payload: req.payload,
      slug: options.slug,
      days: options.unverifiedRetentionDays,
    })
    if (deleted)
      req.payload.logger.info({ msg: `citizen-accounts: purged ${deleted} unconfirmed account(s)` })
    return { output: { deleted } }
  },
})
