import { z } from 'zod'

import { saveDraft } from '../drafts'
import { type DraftSaveContext, oneValue, defineStep } from './types'

const schema = z.object({
  description: oneValue
    .optional()
    .transform((v) => (v ?? '').trim())
    .pipe(z.string().max(5000)),
})

/** The description, required to go on (not to go back). */
export const detailsStep = defineStep<typeof schema, DraftSaveContext>({
  schema,
  invalid: 'descriptionTooLong',
  save: async ({ payload, options, draft, input, go, back, next }) => {
    if (go === 1 && !input.description) return back('descriptionRequired')
    await saveDraft(payload, options, draft, { description: input.description })
    return next()
  },
})
