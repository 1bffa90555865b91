import type { TaskConfig } from 'payload'

import { closeEndedPetitions } from '../lib/close'
import type { ResolvedPetitionsOptions } from '../types'

export const closeTaskSlug = 'petitions-close-ended'

/** The jobs-queue task, every quarter of an hour (the web server or `payload jobs:run` workers run it). */
export const closePetitionsTask = (
  options: ResolvedPetitionsOptions,
): TaskConfig<{ input: object; output: { closed: number } }> => ({
  slug: closeTaskSlug,
  label: 'Close petitions whose signing window ended',
  schedule: options.enabled ? [{ cron: '0 */15 * * * *', queue: 'default' }] : undefined,
  outputSchema: [{ name: 'closed', type: 'number' }],
  retries: 3,
  handler: async ({ req }) => {
    const closed = await closeEndedPetitions(req.payload)
    if (closed) req.payload.logger.info({ msg: `petitions: closed ${closed} petition(s)` })
    return { output: { closed } }
  },
})
