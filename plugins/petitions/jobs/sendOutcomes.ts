import type { TaskConfig } from 'payload'

import { sendOutcomes } from '../lib/outcomes'
import type { ResolvedPetitionsOptions } from '../types'

export const sendOutcomesTaskSlug = 'petitions-send-outcomes'

/**
 * The outcome emails (lib/outcomes.ts): queued for one petition when the greffe publishes its
 * response, consultation date or report (hooks/queueOutcomes.ts), and every ten minutes over all
 * of them, which catches anything a failed run left (the delivery log skips what was sent).
 */
export const sendOutcomesTask = (
  options: ResolvedPetitionsOptions,
): TaskConfig<{
  input: { petitionId?: number | null }
  output: { sent: number; skipped: number; failed: number }
}> => ({
  slug: sendOutcomesTaskSlug,
  label: 'Email petition outcomes to the signers who asked',
  schedule: options.enabled ? [{ cron: '0 */10 * * * *', queue: 'default' }] : undefined,
  inputSchema: [{ name: 'petitionId', type: 'number' }],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'skipped', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  retries: 3,
  handler: async ({ input, req }) => {
    const result = await sendOutcomes({
      payload: req.payload,
      options,
      petitionId: input?.petitionId ?? null,
    })
    if (result.sent || result.failed)
      req.payload.logger.info({
        msg: `petitions: ${result.sent} outcome email(s) sent, ${result.failed} failed`,
      })
    return { output: result }
  },
})
