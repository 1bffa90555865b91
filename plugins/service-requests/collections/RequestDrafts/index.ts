import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../types'

/**
 * The multi-step form's state between steps (it works without JavaScript, so each step is a POST
 * and a redirect): keyed by a random secret that is also the submission's idempotency key. No API
 * access at all; the form endpoints read and write it as the system. Once sent, the key is spent:
 * a repeat of the last step lands on the request without its secret (form/drafts.ts).
 */
export const requestDraftsCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: options.draftsCollection,
  labels: {
    singular: { fr: 'Brouillon de requête', en: 'Request draft' },
    plural: { fr: 'Brouillons de requêtes', en: 'Request drafts' },
  },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'citizen', type: 'relationship', relationTo: options.citizensCollection as 'citizens' },
    { name: 'data', type: 'json' },
    { name: 'expiresAt', type: 'date', required: true, index: true },
    // Set in the request's own transaction: from then on the key opens nothing (form/drafts.ts).
    { name: 'sentAt', type: 'date' },
    // Hash of the anonymous browser's form cookie: only that browser sees the follow-up link again.
    { name: 'browser', type: 'text' },
  ],
})
