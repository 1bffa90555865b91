import type { CollectionConfig } from 'payload'

import { isLeisureStaff } from '../../access/roles'
import { paymentsSlug } from '../../defaults'
import type { ResolvedActivitiesOptions } from '../../types'
import { confirmRegistrations } from './hooks/confirmRegistrations'

/**
 * A payment received at the counter or by bill payment, recorded by the leisure staff: creating
 * it confirms the registrations held under its reference (hooks/confirmRegistrations.ts). It is
 * the audit of that staff action (who, when, how much, which reference): nobody edits or deletes
 * one. Card payments are written by the processor's signed webhook only (lib/cardPayments.ts),
 * with the processor's payment id (unique: one payment, one row); one that could not be applied
 * (wrong amount, places gone after its hold ran out, paid twice) is kept `toRefund` with its
 * reason, for staff. A reference may so have more than one row (a card payment flagged, then a
 * payment at the counter): it is indexed, not unique; paying twice is refused by the held rows.
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
    defaultColumns: ['reference', 'amountCents', 'method', 'status', 'receivedBy', 'createdAt'],
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
        { value: 'card', label: { fr: 'Carte (en ligne)', en: 'Card (online)' } },
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
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'applied',
      index: true,
      options: [
        { value: 'applied', label: { fr: 'Appliqué', en: 'Applied' } },
        { value: 'toRefund', label: { fr: 'À rembourser', en: 'To refund' } },
      ],
      label: { fr: 'État', en: 'Status' },
      admin: { readOnly: true },
    },
    {
      name: 'flag',
      type: 'text',
      label: { fr: 'Motif (pour le personnel)', en: 'Reason (for staff)' },
      admin: { readOnly: true },
    },
    {
      name: 'processorPaymentId',
      type: 'text',
      unique: true,
      label: { fr: 'Paiement chez le processeur', en: 'Processor payment' },
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
