import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'

import { revalidateSchedules } from './hooks/revalidateSchedules'
import { validateScheduleRecurrence } from './hooks/validateScheduleRecurrence'

export const wasteStreams = [
  { value: 'garbage', label: { fr: 'Ordures ménagères', en: 'Garbage' } },
  { value: 'recycling', label: { fr: 'Matières recyclables', en: 'Recycling' } },
  { value: 'compost', label: { fr: 'Matières organiques (compost)', en: 'Organics (compost)' } },
  { value: 'bulky', label: { fr: 'Encombrants', en: 'Bulky items' } },
  { value: 'leaves', label: { fr: 'Feuilles mortes', en: 'Leaves' } },
  { value: 'christmas-trees', label: { fr: 'Sapins de Noël', en: 'Christmas trees' } },
] as const

const localTime = (value: unknown) =>
  value == null ||
  value === '' ||
  (typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value))
    ? true
    : 'Heure attendue au format HH:MM (24 h). / Time expected as HH:MM (24-hour).'

/**
 * Waste collection calendars: one stream in one sector, as an iCalendar rule in the city's time
 * zone, with cancelled dates and dates moved around holidays.
 */
export const CollectionSchedules: CollectionConfig = {
  slug: 'collection-schedules',
  labels: {
    singular: { fr: 'Calendrier de collecte', en: 'Collection schedule' },
    plural: { fr: 'Calendriers de collecte', en: 'Collection schedules' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'stream', 'sector', 'rrule'],
    group: { fr: 'Horaires', en: 'Schedules' },
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeValidate: [validateScheduleRecurrence],
    afterChange: [revalidateSchedules],
    afterDelete: [revalidateSchedules],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { fr: 'Nom', en: 'Name' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'stream',
          type: 'select',
          required: true,
          index: true,
          options: [...wasteStreams],
          label: { fr: 'Collecte', en: 'Stream' },
        },
        {
          name: 'sector',
          type: 'relationship',
          relationTo: 'sectors',
          required: true,
          index: true,
          label: { fr: 'Secteur', en: 'Sector' },
        },
      ],
    },
    {
      name: 'rrule',
      type: 'text',
      required: true,
      label: { fr: 'Règle de récurrence (RRULE)', en: 'Recurrence rule (RRULE)' },
      admin: {
        description: {
          fr: 'Par exemple FREQ=WEEKLY;BYDAY=TU (chaque mardi) ou FREQ=WEEKLY;INTERVAL=2;BYDAY=WE.',
          en: 'For example FREQ=WEEKLY;BYDAY=TU (every Tuesday) or FREQ=WEEKLY;INTERVAL=2;BYDAY=WE.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          required: true,
          label: { fr: 'Première collecte', en: 'First collection' },
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'timeOfDay',
          type: 'text',
          defaultValue: '07:00',
          validate: localTime,
          label: { fr: 'Bacs au chemin avant', en: 'Bins out before' },
        },
      ],
    },
    {
      name: 'exceptions',
      type: 'array',
      label: { fr: 'Collectes annulées', en: 'Cancelled collections' },
      fields: [
        {
          name: 'date',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    {
      name: 'moves',
      type: 'array',
      label: { fr: 'Collectes déplacées (jours fériés)', en: 'Moved collections (holidays)' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'from',
              type: 'date',
              required: true,
              label: { fr: 'Date prévue', en: 'Scheduled date' },
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
            {
              name: 'to',
              type: 'date',
              required: true,
              label: { fr: 'Nouvelle date', en: 'New date' },
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
          ],
        },
      ],
    },
    { name: 'notes', type: 'textarea', localized: true, label: { fr: 'Remarques', en: 'Notes' } },
  ],
}
