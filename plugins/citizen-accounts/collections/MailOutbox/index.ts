import type { CollectionConfig } from 'payload'

import { isResidentDataStaffOnly } from '../../access/citizenAccess'

/** Field access that no signed-in person passes: only Local API calls made with overrideAccess read it. */
const systemOnlyRead = () => false

/**
 * Mail written while no SMTP server is configured (development, tests, demos): never silently
 * dropped. Staff who handle residents' data may read it in the admin, with every link's secret
 * masked (a verification or reset link would let them act as the resident); only the plugin's
 * own system code, acting for nobody, reads the messages whole. Nobody edits it by hand.
 */
export const mailOutboxCollection = ({
  slug,
  staffCollection,
  residentDataRoles,
}: {
  slug: string
  staffCollection: string
  residentDataRoles: string[]
}): CollectionConfig => ({
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
    read: isResidentDataStaffOnly({ staffCollection, residentDataRoles }),
    create: () => false,
    update: () => false,
    delete: isResidentDataStaffOnly({ staffCollection, residentDataRoles }),
  },
  fields: [
    {
      name: 'to',
      type: 'text',
      required: true,
      index: true,
      label: { fr: 'Destinataire', en: 'To' },
    },
    { name: 'from', type: 'text', label: { fr: 'Expéditeur', en: 'From' } },
    { name: 'subject', type: 'text', label: { fr: 'Objet', en: 'Subject' } },
    // The message as sent, secrets included: read only by system code acting for nobody (never
    // through the API, where a `where` on it would also be an oracle for the secret).
    { name: 'text', type: 'textarea', access: { read: systemOnlyRead }, admin: { hidden: true } },
    { name: 'html', type: 'code', access: { read: systemOnlyRead }, admin: { hidden: true } },
    // What staff read: the same message with every link's secret masked (lib/maskSecretLinks.ts).
    {
      name: 'maskedText',
      type: 'textarea',
      label: { fr: 'Texte (liens masqués)', en: 'Text (links masked)' },
      admin: { readOnly: true },
    },
    // Shown as text by the kit's ReadOnlyData: Payload's code editor loads Monaco from a CDN.
    {
      name: 'maskedHtml',
      type: 'code',
      admin: {
        language: 'html',
        readOnly: true,
        components: { Field: '/plugins/kit/components/ReadOnlyData#ReadOnlyData' },
      },
      label: { fr: 'HTML (liens masqués)', en: 'HTML (links masked)' },
    },
  ],
})
