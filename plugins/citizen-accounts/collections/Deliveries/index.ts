import type { CollectionConfig } from 'payload'

import { isResidentDataStaffOnly } from '../../access/citizenAccess'

/**
 * One row per citizen × notice (or news item) × channel (`key` is unique): the fan-out inserts the row before it
 * sends, so a job run twice, or re-run after a crash, never sends the same alert twice.
 */
export const deliveriesCollection = ({
  slug,
  staffCollection,
  residentDataRoles,
  citizens,
  notices,
  news,
}: {
  slug: string
  staffCollection: string
  residentDataRoles: string[]
  citizens: string
  notices: string
  /** The news collection, when the app has one. */
  news?: string
}): CollectionConfig => ({
  slug,
  labels: {
    singular: { fr: 'Envoi d’alerte', en: 'Alert delivery' },
    plural: { fr: 'Journal des alertes', en: 'Alert deliveries' },
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: news
      ? ['notice', 'news', 'citizen', 'channel', 'status', 'sentAt']
      : ['notice', 'citizen', 'channel', 'status', 'sentAt'],
    group: { fr: 'Résidents', en: 'Residents' },
  },
  access: {
    read: isResidentDataStaffOnly({ staffCollection, residentDataRoles }),
    create: () => false,
    update: () => false,
    delete: isResidentDataStaffOnly({ staffCollection, residentDataRoles }),
  },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'citizen', type: 'relationship', relationTo: citizens as 'citizens', index: true },
    // Empty for a collection reminder (its key names the date instead).
    { name: 'notice', type: 'relationship', relationTo: notices as 'notices', index: true },
    ...(news
      ? [{ name: 'news', type: 'relationship' as const, relationTo: news as 'news', index: true }]
      : []),
    {
      name: 'channel',
      type: 'select',
      required: true,
      options: [
        { value: 'email', label: { fr: 'Courriel', en: 'Email' } },
        { value: 'sms', label: { fr: 'Texto', en: 'SMS' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: { fr: 'À envoyer', en: 'Pending' } },
        { value: 'sent', label: { fr: 'Envoyé', en: 'Sent' } },
        { value: 'failed', label: { fr: 'Échec', en: 'Failed' } },
      ],
    },
    { name: 'sentAt', type: 'date' },
    { name: 'error', type: 'text' },
  ],
})
