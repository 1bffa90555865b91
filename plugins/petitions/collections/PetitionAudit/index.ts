import type { CollectionConfig } from 'payload'

import { isGreffe } from '../../access/roles'
import { auditSlug } from '../../defaults'
import type { ResolvedPetitionsOptions } from '../../types'

/**
 * The greffe's actions on signatures, one entry per operation: a batch of paper lines entered
 * (how many lines, how many accepted, the refused ones by line number and reason — never the
 * names typed), or a bulk invalidation (the window and filter, the reason, how many signatures).
 * Written in SQL by the plugin only (lib/paper.ts, lib/fraud.ts: the invalidation's entry in the
 * same transaction as the rows it changed); read by the greffe; nobody edits or deletes one
 * through the API. Who acted is kept as the account and the name at the time, the petition as its
 * id and title (the entry outlives a deleted petition).
 */
export const auditCollection = (options: ResolvedPetitionsOptions): CollectionConfig => ({
  slug: auditSlug,
  labels: {
    singular: { fr: 'Action du greffe', en: 'Clerk’s action' },
    plural: { fr: 'Journal du greffe (pétitions)', en: 'Clerk’s log (petitions)' },
  },
  admin: {
    group: { fr: 'Pétitions', en: 'Petitions' },
    useAsTitle: 'petitionTitle',
    defaultColumns: ['createdAt', 'action', 'petitionTitle', 'lines', 'count', 'userName'],
    hidden: ({ user }) => !isGreffe(user as never, options),
  },
  access: {
    read: ({ req: { user } }) => isGreffe(user, options),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [
        { value: 'paperEntry', label: { fr: 'Saisie papier', en: 'Paper entry' } },
        {
          value: 'bulkInvalidation',
          label: { fr: 'Invalidation en bloc', en: 'Bulk invalidation' },
        },
      ],
      label: { fr: 'Action', en: 'Action' },
    },
    // The petition as its id and title, not a relationship: the log outlives a deleted petition.
    {
      name: 'petitionId',
      type: 'number',
      required: true,
      index: true,
      label: { fr: 'Pétition (numéro)', en: 'Petition (id)' },
    },
    { name: 'petitionTitle', type: 'text', label: { fr: 'Pétition', en: 'Petition' } },
    {
      name: 'lines',
      type: 'number',
      min: 0,
      label: { fr: 'Lignes saisies', en: 'Lines entered' },
    },
    {
      name: 'count',
      type: 'number',
      required: true,
      min: 0,
      label: { fr: 'Signatures comptées ou invalidées', en: 'Signatures counted or invalidated' },
    },
    {
      name: 'details',
      type: 'json',
      label: { fr: 'Détail', en: 'Details' },
      admin: {
        readOnly: true,
        description: {
          fr: 'Saisie : les lignes refusées (numéro et motif). Invalidation : la fenêtre, le filtre et le motif.',
          en: 'Entry: the refused lines (number and reason). Invalidation: the window, the filter and the reason.',
        },
        components: { Field: '/plugins/kit/components/ReadOnlyData#ReadOnlyData' },
      },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: options.staffCollection as 'users',
      label: { fr: 'Par', en: 'By' },
    },
    // The name at the time (the account may be renamed or deleted later).
    { name: 'userName', type: 'text', label: { fr: 'Nom', en: 'Name' } },
  ],
})
