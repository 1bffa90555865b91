import type { CollectionConfig } from 'payload'

import { isResidentDataStaffOnly } from '../../access/citizenAccess'

/**
 * Who on staff opened, changed or acted on which citizen record, when, and which fields truly
 * changed (names only: the values would copy personal data into a second place). Written by
 * hooks/auditStaffChanges.ts and the account actions, never by hand; nobody edits or deletes it.
 */
export const citizenAuditCollection = ({
  slug,
  staffCollection,
  residentDataRoles,
  citizens,
}: {
  slug: string
  staffCollection: string
  residentDataRoles: string[]
  citizens: string
}): CollectionConfig => ({
  slug,
  labels: {
    singular: { fr: 'Trace de modification', en: 'Audit entry' },
    plural: { fr: 'Journal des dossiers citoyens', en: 'Citizen records audit' },
  },
  admin: {
    defaultColumns: ['createdAt', 'staff', 'action', 'citizenId', 'fields'],
    group: { fr: 'Résidents', en: 'Residents' },
  },
  access: {
    read: isResidentDataStaffOnly({ staffCollection, residentDataRoles }),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    {
      name: 'citizenId',
      type: 'number',
      required: true,
      index: true,
      label: { fr: 'N° du dossier', en: 'Record no.' },
    },
    {
      name: 'staff',
      type: 'relationship',
      relationTo: staffCollection as 'users',
      label: { fr: 'Membre du personnel', en: 'Staff member' },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [
        { value: 'create', label: { fr: 'Création', en: 'Created' } },
        { value: 'update', label: { fr: 'Modification', en: 'Updated' } },
        { value: 'delete', label: { fr: 'Suppression', en: 'Deleted' } },
        { value: 'view', label: { fr: 'Consultation', en: 'Viewed' } },
        {
          value: 'send-reset',
          label: { fr: 'Courriel de réinitialisation envoyé', en: 'Reset email sent' },
        },
        {
          value: 'sign-out-everywhere',
          label: { fr: 'Déconnexion de tous les appareils', en: 'Signed out everywhere' },
        },
        { value: 'disable', label: { fr: 'Dossier désactivé', en: 'Account disabled' } },
        { value: 'enable', label: { fr: 'Dossier réactivé', en: 'Account enabled' } },
      ],
    },
    { name: 'fields', type: 'text', label: { fr: 'Champs modifiés', en: 'Fields changed' } },
  ],
  custom: { citizens },
})
