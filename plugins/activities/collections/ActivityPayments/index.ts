import type { CollectionConfig } from 'payload'

import { isLeisureStaff } from '../../access/roles'
import { paymentsSlug } from '../../defaults'
import type { ResolvedActivitiesOptions } from '../../types'
import { confirmRegistrations } from './hooks/confirmRegistrations'

/**
 * A payment received at the counter or by bill payment, recorded by the leisure staff: creating
 * it confirms the registrations held under its reference (hooks/confirmRegistrations.ts). It is
 * the audit of that staff action (who, when, how much, which reference): nobody edits or deletes
 * one.
 */
export const paymentsCollection = (options: ResolvedActivitiesOptions): CollectionConfig => ({
  slug: paymentsSlug,
  labels: {
    singular: { fr: 'Paiement reçu', en: 'Payment received' },
    plural: { fr: 'Paiements reçus', en: 'Payments received' },
  },
  admin: {
    useAsTitle: 'reference',
    group: { fr: 'Loisirs', en: 'Leisure' },
    defaultColumns: ['reference', 'amountCents', 'method', 'receivedBy', 'createdAt'],
    hidden: ({ user }) => !isLeisureStaff(user as never, options),
  },
  access: {
    read: ({ req: { user } }) => isLeisureStaff(user, options),
    create: ({ req: { user } }) => isLeisureStaff(user, options),
    update: () => false,
    delete: () => false,
  },
  hooks: { beforeChange: [confirmRegistrations] },
  fields: [
    {
      name: 'reference',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Numéro de référence', en: 'Reference number' },
    },
    {
      name: 'amountCents',
      type: 'number',
      required: true,
      min: 0,
      label: { fr: 'Montant reçu (cents)', en: 'Amount received (cents)' },
    },
    {
      name: 'method',
      type: 'select',
      required: true,
      defaultValue: 'counter',
      options: [
        { value: 'counter', label: { fr: 'Au comptoir', en: 'At the counter' } },
        { value: 'bill-payment', label: { fr: 'Paiement de facture', en: 'Bill payment' } },
      ],
      label: { fr: 'Mode', en: 'Method' },
    },
    { name: 'note', type: 'text', maxLength: 200, label: { fr: 'Note', en: 'Note' } },
    {
      name: 'receivedBy',
      type: 'relationship',
      relationTo: options.staffCollection as 'users',
      label: { fr: 'Reçu par', en: 'Received by' },
      admin: { readOnly: true },
    },
    {
      name: 'registrations',
      type: 'number',
      label: { fr: 'Inscriptions confirmées', en: 'Registrations confirmed' },
      admin: { readOnly: true },
    },
  ],
})
