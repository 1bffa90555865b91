import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'

import { revalidateDepartments } from './hooks/revalidateDepartments'

/** City departments: they own services and receive service requests. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: {
    singular: { fr: 'Service municipal', en: 'Department' },
    plural: { fr: 'Services municipaux', en: 'Departments' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'email'],
    group: { fr: 'Ville', en: 'City' },
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { afterChange: [revalidateDepartments], afterDelete: [revalidateDepartments] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { fr: 'Nom', en: 'Name' },
    },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Code', en: 'Code' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9-]{2,40}$/.test(value)
          ? true
          : 'Lettres minuscules, chiffres et tirets seulement. / Lowercase letters, digits and dashes only.',
    },
    { name: 'email', type: 'email', label: { fr: 'Courriel', en: 'Email' } },
    { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
  ],
}
