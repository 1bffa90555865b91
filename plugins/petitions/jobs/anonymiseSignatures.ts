import type { TaskConfig } from 'payload'

import { anonymiseExpiredSignatures } from '../lib/anonymise'
import type { ResolvedPetitionsOptions } from '../types'

export const anonymiseTaskSlug = 'petitions-anonymise-signatures'

/** The jobs-queue task, once a day at 3:45 (the web server or `payload jobs:run` workers run it). */
export const anonymiseSignaturesTask = (
  options: ResolvedPetitionsOptions,
): TaskConfig<{ input: object; output: { anonymised: number } }> => ({
  slug: anonymiseTaskSlug,
  label: 'Anonymise petition signatures past their retention',
  schedule: options.enabled ? [{ cron: '0 45 3 * * *', queue: 'default' }] : undefined,
  outputSchema: [{ name: 'anonymised', type: 'number' }],
  retries: 3,
  handler: async ({ req }) => {
    const anonymised = await anonymiseExpiredSignatures(req.payload)
    if (anonymised)
      req.payload.logger.info({ msg: `petitions: anonymised ${anonymised} signature(s)` })
    return { output: { anonymised } }
  },
})
