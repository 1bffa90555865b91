import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'
import { sectorsField } from '@/fields/sectors'

import { revalidateSchedules } from './hooks/revalidateSchedules'

export const weekdays = [
  { value: 'MO', label: { fr: 'Lundi', en: 'Monday' } },
  { value: 'TU', label: { fr: 'Mardi', en: 'Tuesday' } },
  { value: 'WE', label: { fr: 'Mercredi', en: 'Wednesday' } },
  { value: 'TH', label: { fr: 'Jeudi', en: 'Thursday' } },
  { value: 'FR', label: { fr: 'Vendredi', en: 'Friday' } },
  { value: 'SA', label: { fr: 'Samedi', en: 'Saturday' } },
  { value: 'SU', label: { fr: 'Dimanche', en: 'Sunday' } },
] as const

const hhmm = (value: unknown) =>
  typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
    ? true
    : 'Heure attendue au format HH:MM (24 h). / Time expected as HH:MM (24-hour).'

/** Lawn-watering rules: which civic numbers (odd / even) may water on which days and hours. */
export const WateringRules: CollectionConfig = {
  slug: 'watering-rules',
  labels: {
    singular: { fr: 'Règle d’arrosage', en: 'Watering rule' },
    plural: { fr: 'Règles d’arrosage', en: 'Watering rules' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'parity', 'days', 'startTime', 'endTime'],
    group: { fr: 'Horaires', en: 'Schedules' },
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { afterChange: [revalidateSchedules], afterDelete: [revalidateSchedules] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { fr: 'Nom', en: 'Name' },
    },
    {
      name: 'parity',
      type: 'select',
      required: true,
      defaultValue: 'all',
      options: [
        { value: 'odd', label: { fr: 'Numéros civiques impairs', en: 'Odd civic numbers' } },
        { value: 'even', label: { fr: 'Numéros civiques pairs', en: 'Even civic numbers' } },
        { value: 'all', label: { fr: 'Toutes les adresses', en: 'All addresses' } },
      ],
      label: { fr: 'Adresses visées', en: 'Addresses' },
    },
    {
      name: 'days',
      type: 'select',
      hasMany: true,
      required: true,
      options: [...weekdays],
      label: { fr: 'Jours permis', en: 'Allowed days' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startTime',
          type: 'text',
          required: true,
          validate: hhmm,
          label: { fr: 'De', en: 'From' },
        },
        {
          name: 'endTime',
          type: 'text',
          required: true,
          validate: hhmm,
          label: { fr: 'À', en: 'To' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          required: true,
          label: { fr: 'En vigueur du', en: 'In force from' },
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'validUntil',
          type: 'date',
          required: true,
          label: { fr: 'Au', en: 'Until' },
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    sectorsField(),
    { name: 'notes', type: 'textarea', localized: true, label: { fr: 'Remarques', en: 'Notes' } },
  ],
}
