import { z } from 'zod'

import { countDraftPhotos, listDraftPhotos } from '../draftPhotos'
import { type DraftSaveContext, defineStep } from './types'

const schema = z.object({})

/** The photos themselves arrive at the photos endpoint (multipart); this step only moves on. */
export const photosStep = defineStep<typeof schema, DraftSaveContext>({
  schema,
  invalid: 'unexpected',
  save: async ({ payload, options, draft, type, go, back, next }) => {
    if (
      go === 1 &&
      type.photo === 'required' &&
      (await countDraftPhotos(payload, options, draft.key)) === 0
    )
      return back('photoRequired')
    return next()
  },
  read: async ({ payload, options, draft }) => ({
    step: 'photos',
    photoIds: draft ? (await listDraftPhotos(payload, options, draft.key)).map((p) => p.id) : [],
  }),
})
