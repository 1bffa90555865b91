import type { CollectionConfig } from 'payload'

import { isStaffOnly } from '../access/citizenAccess'

/**
 * Mail written while no SMTP server is configured (development, tests, demos): readable by staff in
 * the admin, never silently dropped. Nobody edits it by hand.
 */
export const mailOutboxCollection = ({ slug, staffCollection }: { slug: string; staffCollection: string }): CollectionConfig => ({
  slug,
  labels: {
    singular: { fr: 'Courriel (boîte d’envoi)', en: 'Email (outbox)' },
    plural: { fr: 'Boîte d’envoi', en: 'Mail outbox' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['to', 'subject', 'createdAt'],
    group: { fr: 'Administration', en: 'Administration' },
    description: {
      fr: 'Courriels écrits ici faute de serveur SMTP (SMTP_URL ou SMTP_HOST).',
      en: 'Emails written here because no SMTP server is configured (SMTP_URL or SMTP_HOST).',
    },
  },
  access: {
    read: isStaffOnly(staffCollection),
    create: () => false,
    update: () => false,
    delete: isStaffOnly(staffCollection),
  },
  fields: [
    { name: 'to', type: 'text', required: true, index: true, label: { fr: 'Destinataire', en: 'To' } },
    { name: 'from', type: 'text', label: { fr: 'Expéditeur', en: 'From' } },
    { name: 'subject', type: 'text', label: { fr: 'Objet', en: 'Subject' } },
    { name: 'text', type: 'textarea', label: { fr: 'Texte', en: 'Text' } },
    { name: 'html', type: 'code', admin: { language: 'html' }, label: 'HTML' },
  ],
})
