import type { CollectionConfig } from 'payload'

import { isResidentDataStaffOnly } from '../../access/citizenAccess'

/**
 * Residents without an account who asked for a sector's alerts by email. Nothing is sent before
 * they confirm from the emailed link (double opt-in); every alert carries a signed link to stop.
 */
export const alertSignupsCollection = ({
  slug,
  sectorsCollection,
  staffCollection,
  residentDataRoles,
}: {
  slug: string
  sectorsCollection: string
  staffCollection: string
  residentDataRoles: string[]
}): CollectionConfig => ({
  slug,
  labels: {
    singular: { fr: 'Abonnement sans compte', en: 'Sign-up without account' },
    plural: { fr: 'Abonnements sans compte', en: 'Sign-ups without account' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'sector', 'confirmedAt', 'createdAt'],
    group: { fr: 'Résidents', en: 'Residents' },
  },
  access: {
    read: isResidentDataStaffOnly({ staffCollection, residentDataRoles }),
    create: () => false,
    update: () => false,
    delete: isResidentDataStaffOnly({ staffCollection, residentDataRoles }),
  },
  fields: [
    // email + sector, so one address subscribes once per sector.
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    {
      name: 'email',
      type: 'email',
      required: true,
      index: true,
      label: { fr: 'Courriel', en: 'Email' },
    },
    {
      name: 'sector',
      type: 'relationship',
      relationTo: sectorsCollection as 'sectors',
      required: true,
      index: true,
      label: { fr: 'Secteur', en: 'Sector' },
    },
    {
      name: 'preferredLanguage',
      type: 'select',
      required: true,
      defaultValue: 'fr',
      options: [
        { value: 'fr', label: 'Français' },
        { value: 'en', label: 'English' },
      ],
      label: { fr: 'Langue', en: 'Language' },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      index: true,
      label: { fr: 'Confirmé le', en: 'Confirmed on' },
    },
    // A hash of the emailed token: the table alone cannot confirm anybody.
    {
      name: 'tokenHash',
      type: 'text',
      index: true,
      admin: { hidden: true },
      access: { read: () => false },
    },
  ],
})
