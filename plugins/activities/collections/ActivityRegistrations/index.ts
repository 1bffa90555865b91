import type { CollectionConfig, Field } from 'payload'

import { isLeisureStaff } from '../../access/roles'
import { registrationsSlug, sessionsSlug } from '../../defaults'
import { registrationStatuses } from '../../lib/model'
import type { ResolvedActivitiesOptions } from '../../types'

const readOnly = { readOnly: true }

/**
 * One household member in one session. Written only by the plugin's statements (lib/register.ts,
 * lib/release.ts, lib/payments.ts), in SQL under the session's places counter lock: `held` (with
 * `holdExpiresAt`) while the household pays, `confirmed` once a payment is recorded
 * (`activity-payments`), `expired` when the hold ran out (the places went back), `cancelled`.
 * Residents see theirs through the plugin's pages only; the leisure staff read them all; nobody
 * edits a row in the admin (a status changed there would move no place).
 */
export const registrationsCollection = (
  options: ResolvedActivitiesOptions,
  existingSlugs: string[],
): CollectionConfig => {
  const hasCitizens = existingSlugs.includes(options.citizensCollection)
  const citizen: Field[] = hasCitizens
    ? [
        {
          name: 'citizen',
          type: 'relationship',
          relationTo: options.citizensCollection as 'users',
          // Not required: "Delete my account" unlinks the rows (lib/personalData.ts).
          index: true,
          label: { fr: 'Compte', en: 'Account' },
          admin: readOnly,
        },
      ]
    : [{ name: 'citizen', type: 'number', index: true, admin: readOnly }]
  return {
    slug: registrationsSlug,
    labels: {
      singular: { fr: 'Inscription', en: 'Registration' },
      plural: { fr: 'Inscriptions', en: 'Registrations' },
    },
    admin: {
      useAsTitle: 'memberName',
      group: { fr: 'Loisirs', en: 'Leisure' },
      defaultColumns: ['memberName', 'session', 'status', 'paymentReference', 'priceCents'],
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
        name: 'session',
        type: 'relationship',
        relationTo: sessionsSlug as 'users',
        required: true,
        index: true,
        label: { fr: 'Session', en: 'Session' },
        admin: readOnly,
      },
      ...citizen,
      {
        name: 'memberKey',
        type: 'text',
        required: true,
        label: { fr: 'Membre (clé)', en: 'Member (key)' },
        admin: readOnly,
      },
      {
        name: 'memberName',
        type: 'text',
        required: true,
        label: { fr: 'Participant', en: 'Participant' },
        admin: readOnly,
      },
      {
        name: 'birthDate',
        type: 'text',
        label: { fr: 'Date de naissance', en: 'Date of birth' },
        admin: readOnly,
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'held',
        options: registrationStatuses.map((value) => ({
          value,
          label: {
            held: { fr: 'Places retenues', en: 'Held' },
            confirmed: { fr: 'Confirmée', en: 'Confirmed' },
            cancelled: { fr: 'Annulée', en: 'Cancelled' },
            expired: { fr: 'Expirée', en: 'Expired' },
          }[value],
        })),
        label: { fr: 'État', en: 'Status' },
        admin: readOnly,
      },
      {
        name: 'holdExpiresAt',
        type: 'date',
        index: true,
        label: { fr: 'Retenue jusqu’à', en: 'Held until' },
        admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'isResident',
        type: 'checkbox',
        label: { fr: 'Tarif résident', en: 'Resident rate' },
        admin: readOnly,
      },
      {
        name: 'priceCents',
        type: 'number',
        required: true,
        label: { fr: 'Prix (cents)', en: 'Price (cents)' },
        admin: readOnly,
      },
      {
        name: 'receipt',
        type: 'json',
        label: { fr: 'Lignes du reçu', en: 'Receipt lines' },
        admin: readOnly,
      },
      {
        name: 'paymentReference',
        type: 'text',
        required: true,
        index: true,
        label: { fr: 'Numéro de référence', en: 'Reference number' },
        admin: readOnly,
      },
      {
        name: 'paymentMethod',
        type: 'text',
        label: { fr: 'Mode de paiement', en: 'Payment method' },
        admin: readOnly,
      },
      { name: 'requestKey', type: 'text', index: true, admin: { ...readOnly, hidden: true } },
      {
        name: 'confirmedAt',
        type: 'date',
        label: { fr: 'Confirmée le', en: 'Confirmed on' },
        admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  }
}
