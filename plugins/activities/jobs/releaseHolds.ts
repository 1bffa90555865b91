import type { TaskConfig } from 'payload'

import { releaseDue } from '../lib/releaseDue'
import type { ResolvedActivitiesOptions } from '../types'

export const releaseTaskSlug = 'activities-release-holds'

/** Every minute: unpaid holds expire (places back, offered to the waitlist in order), offers run out. */
export const releaseHoldsTask = (
  options: ResolvedActivitiesOptions,
): TaskConfig<{ input: object; output: { expired: number; offers: number } }> => ({
  slug: releaseTaskSlug,
  label: 'Release expired activity holds and waitlist offers',
  schedule: options.enabled ? [{ cron: '0 * * * * *', queue: 'default' }] : undefined,
  outputSchema: [
    { name: 'expired', type: 'number' },
    { name: 'offers', type: 'number' },
  ],
  retries: 3,
  handler: async ({ req }) => {
    const result = await releaseDue(req.payload, options)
    if (result.expired || result.offers)
      req.payload.logger.info({
        msg: `activities: ${result.expired} hold(s) expired, ${result.offers} offer(s) made`,
      })
    return { output: { expired: result.expired, offers: result.offers } }
  },
})
