import type { CollectionConfig } from 'payload'

import { isStaffOnly } from '../access/citizenAccess'

/**
 * Who on staff changed which citizen record, when, and which fields (names only: the values would
 * copy personal data into a second place). Written by hooks/auditStaffChanges.ts, never by hand.
 */
export const citizenAuditCollection = ({ slug, staffCollection, citizens }: { slug: string; staffCollection: string; citizens: string }): CollectionConfig => ({
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
    read: isStaffOnly(staffCollection),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'citizenId', type: 'number', required: true, index: true, label: { fr: 'N° du dossier', en: 'Record no.' } },
    { name: 'staff', type: 'relationship', relationTo: staffCollection as 'users', label: { fr: 'Membre du personnel', en: 'Staff member' } },
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [
        { value: 'create', label: { fr: 'Création', en: 'Created' } },
        { value: 'update', label: { fr: 'Modification', en: 'Updated' } },
        { value: 'delete', label: { fr: 'Suppression', en: 'Deleted' } },
      ],
    },
    { name: 'fields', type: 'text', label: { fr: 'Champs modifiés', en: 'Fields changed' } },
  ],
  custom: { citizens },
})
