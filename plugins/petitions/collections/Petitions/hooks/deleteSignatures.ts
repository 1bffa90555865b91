import type { CollectionBeforeDeleteHook } from 'payload'

import { eventsSlug, signaturesSlug } from '../../../defaults'

/**
 * A petition deleted by the greffe takes its signatures and threshold events with it, in the same
 * transaction (their rows refer to it and cannot lose their petition). Its counter goes by the
 * foreign key's cascade (migrations.ts).
 */
export const deleteSignatures: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of [signaturesSlug, eventsSlug])
    await req.payload.db.deleteMany({
      collection: collection as 'users',
      where: { petition: { equals: id } },
      req,
    })
}
