import type { TaskConfig } from 'payload'

import { notifyThresholds } from '../lib/thresholdEmails'
import type { ResolvedPetitionsOptions } from '../types'

export const notifyThresholdsTaskSlug = 'petitions-notify-thresholds'

/**
 * Every five minutes: the thresholds crossed since the last run (events without `notifiedAt`,
 * written by the signing statement), emailed to the promoters and the greffe once
 * (lib/thresholdEmails.ts). Safe to run twice.
 */
export const notifyThresholdsTask = (
  options: ResolvedPetitionsOptions,
): TaskConfig<{ input: object; output: { events: number; sent: number; failed: number } }> => ({
  slug: notifyThresholdsTaskSlug,
  label: 'Email the promoters and the greffe when a petition crosses a threshold',
  schedule: options.enabled ? [{ cron: '0 */5 * * * *', queue: 'default' }] : undefined,
  outputSchema: [
    { name: 'events', type: 'number' },
    { name: 'sent', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  retries: 3,
  handler: async ({ req }) => {
    const result = await notifyThresholds({ payload: req.payload, options })
    if (result.sent || result.failed)
      req.payload.logger.info({
        msg: `petitions: ${result.sent} threshold email(s) sent, ${result.failed} failed`,
      })
    return { output: result }
  },
})
