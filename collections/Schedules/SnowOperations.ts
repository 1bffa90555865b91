import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'

import { revalidateSchedules } from './hooks/revalidateSchedules'

/** Snow-removal operations per sector, with their status so residents know when to move their car. */
export const SnowOperations: CollectionConfig = {
  slug: 'snow-operations',
  labels: {
    singular: { fr: 'Opération de déneigement', en: 'Snow-removal operation' },
    plural: { fr: 'Opérations de déneigement', en: 'Snow-removal operations' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'sector', 'status', 'startsAt'],
    group: { fr: 'Horaires', en: 'Schedules' },
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { afterChange: [revalidateSchedules], afterDelete: [revalidateSchedules] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { fr: 'Titre', en: 'Title' },
    },
    {
      name: 'sector',
      type: 'relationship',
      relationTo: 'sectors',
      required: true,
      index: true,
      label: { fr: 'Secteur', en: 'Sector' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      index: true,
      options: [
        { value: 'planned', label: { fr: 'Planifiée', en: 'Planned' } },
        { value: 'in-progress', label: { fr: 'En cours', en: 'In progress' } },
        { value: 'completed', label: { fr: 'Terminée', en: 'Completed' } },
        { value: 'cancelled', label: { fr: 'Annulée', en: 'Cancelled' } },
      ],
      label: { fr: 'État', en: 'Status' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          label: { fr: 'Début', en: 'Starts' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          label: { fr: 'Fin prévue', en: 'Expected end' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: string } }) =>
            !value ||
            !siblingData?.startsAt ||
            new Date(value as string) > new Date(siblingData.startsAt)
              ? true
              : 'La fin doit suivre le début. / The end must come after the start.',
        },
      ],
    },
    {
      name: 'isParkingBanned',
      type: 'checkbox',
      defaultValue: true,
      label: { fr: 'Stationnement interdit dans la rue', en: 'No street parking' },
    },
    { name: 'notes', type: 'textarea', localized: true, label: { fr: 'Remarques', en: 'Notes' } },
  ],
}
