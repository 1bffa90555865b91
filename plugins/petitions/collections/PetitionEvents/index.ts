import type { CollectionConfig } from 'payload'

import { isGreffe } from '../../access/roles'
import { eventsSlug, petitionsSlug } from '../../defaults'
import { thresholdTriggers } from '../../lib/model'
import type { ResolvedPetitionsOptions } from '../../types'

/**
 * A threshold crossed: one row per petition and threshold (the rules' index), held by a unique
 * index, written by the signature that reaches it with ON CONFLICT DO NOTHING. So a threshold
 * triggers exactly once, however many signatures arrive together or are withdrawn and given
 * again. The greffe reads them; what follows (emails, the response) starts from here.
 */
export const eventsCollection = (options: ResolvedPetitionsOptions): CollectionConfig => ({
  slug: eventsSlug,
  labels: {
    singular: { fr: 'Seuil atteint', en: 'Threshold reached' },
    plural: { fr: 'Seuils atteints', en: 'Thresholds reached' },
  },
  admin: {
    group: { fr: 'Pétitions', en: 'Petitions' },
    defaultColumns: ['petition', 'signatures', 'triggers', 'reachedAt'],
    hidden: ({ user }) => !isGreffe(user as never, options),
  },
  access: {
    read: ({ req: { user } }) => isGreffe(user, options),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  indexes: [{ fields: ['petition', 'thresholdIndex'], unique: true }],
  fields: [
    {
      name: 'petition',
      type: 'relationship',
      relationTo: petitionsSlug as 'petitions',
      required: true,
      index: true,
      label: { fr: 'Pétition', en: 'Petition' },
    },
    {
      name: 'thresholdIndex',
      type: 'number',
      required: true,
      label: { fr: 'Seuil (rang dans les règles)', en: 'Threshold (position in the rules)' },
    },
    {
      name: 'signatures',
      type: 'number',
      required: true,
      label: { fr: 'Signatures', en: 'Signatures' },
    },
    {
      name: 'triggers',
      type: 'select',
      required: true,
      options: thresholdTriggers.map((value) => ({
        value,
        label: {
          'written-response': { fr: 'Réponse écrite', en: 'Written response' },
          'public-consultation': { fr: 'Consultation publique', en: 'Public consultation' },
        }[value],
      })),
      label: { fr: 'Déclenche', en: 'Triggers' },
    },
    {
      name: 'reachedAt',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      label: { fr: 'Atteint le', en: 'Reached on' },
    },
    {
      // Set by the job that emails the promoters and the greffe (jobs/notifyThresholds.ts).
      name: 'notifiedAt',
      type: 'date',
      index: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      label: { fr: 'Promoteurs et greffe avisés le', en: 'Promoters and greffe told on' },
    },
  ],
})
