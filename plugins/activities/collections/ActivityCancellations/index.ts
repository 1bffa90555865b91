import type { CollectionConfig } from 'payload'

import { isLeisureStaff } from '../../access/roles'
import { cancellationsSlug, registrationsSlug } from '../../defaults'
import type { ResolvedActivitiesOptions } from '../../types'

const readOnly = { readOnly: true }

/**
 * A registration cancelled: what the activity's rules gave back (a refund less the fee before the
 * start, a credit for the meetings left after it, or nothing) and why, who cancelled, and whether
 * staff still owe the refund. Written in SQL in the transaction that cancels (lib/cancel.ts): the
 * record is the audit; nobody edits or deletes one. It names the registration, not the person (a
 * deleted account's registrations lose their name and link, lib/personalData.ts).
 */
export const cancellationsCollection = (options: ResolvedActivitiesOptions): CollectionConfig => ({
  slug: cancellationsSlug,
  labels: {
    singular: { fr: 'Annulation', en: 'Cancellation' },
    plural: { fr: 'Annulations', en: 'Cancellations' },
  },
  admin: {
    useAsTitle: 'reference',
    group: { fr: 'Loisirs', en: 'Leisure' },
    defaultColumns: [
      'reference',
      'kind',
      'amountCents',
      'refundStatus',
      'cancelledBy',
      'createdAt',
    ],
    hidden: ({ user }) => !isLeisureStaff(user as never, options),
  },
  access: {
    read: ({ req: { user } }) => isLeisureStaff(user, options),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    {
      name: 'registration',
      type: 'relationship',
      relationTo: registrationsSlug as 'users',
      required: true,
      index: true,
      label: { fr: 'Inscription', en: 'Registration' },
      admin: readOnly,
    },
    {
      name: 'reference',
      type: 'text',
      index: true,
      label: { fr: 'Référence', en: 'Reference' },
      admin: readOnly,
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'refund', label: { fr: 'Remboursement', en: 'Refund' } },
        { value: 'credit', label: { fr: 'Crédit', en: 'Credit' } },
        { value: 'none', label: { fr: 'Aucun', en: 'None' } },
      ],
      label: { fr: 'Résultat', en: 'Outcome' },
      admin: readOnly,
    },
    {
      name: 'amountCents',
      type: 'number',
      required: true,
      label: { fr: 'Montant (cents)', en: 'Amount (cents)' },
      admin: readOnly,
    },
    {
      name: 'feeCents',
      type: 'number',
      required: true,
      label: { fr: 'Frais retenus (cents)', en: 'Fee kept (cents)' },
      admin: readOnly,
    },
    {
      name: 'reasonFr',
      type: 'text',
      label: { fr: 'Motif', en: 'Reason (French)' },
      admin: readOnly,
    },
    {
      name: 'reasonEn',
      type: 'text',
      label: { fr: 'Motif (anglais)', en: 'Reason' },
      admin: readOnly,
    },
    {
      name: 'paymentMethod',
      type: 'text',
      label: { fr: 'Payée par', en: 'Paid by' },
      admin: readOnly,
    },
    {
      name: 'refundStatus',
      type: 'select',
      required: true,
      options: [
        { value: 'toRefund', label: { fr: 'À rembourser', en: 'To refund' } },
        { value: 'refunded', label: { fr: 'Remboursé (processeur)', en: 'Refunded (processor)' } },
        { value: 'credited', label: { fr: 'Crédité', en: 'Credited' } },
        { value: 'none', label: { fr: 'Rien à rendre', en: 'Nothing owed' } },
      ],
      label: { fr: 'Remboursement', en: 'Refund' },
      admin: readOnly,
    },
    {
      name: 'processorRefundId',
      type: 'text',
      label: { fr: 'Remboursement chez le processeur', en: 'Processor refund' },
      admin: readOnly,
    },
    {
      name: 'staff',
      type: 'relationship',
      relationTo: options.staffCollection as 'users',
      label: { fr: 'Par (personnel)', en: 'By (staff)' },
      admin: readOnly,
    },
    {
      name: 'staffNote',
      type: 'text',
      label: { fr: 'Motif du personnel', en: 'Staff’s reason' },
      admin: readOnly,
    },
    {
      name: 'cancelledBy',
      type: 'select',
      required: true,
      options: [
        { value: 'resident', label: { fr: 'Le résident', en: 'The resident' } },
        { value: 'staff', label: { fr: 'Le personnel', en: 'Staff' } },
      ],
      label: { fr: 'Annulée par', en: 'Cancelled by' },
      admin: readOnly,
    },
  ],
})
