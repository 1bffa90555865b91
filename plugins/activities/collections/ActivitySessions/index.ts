import type { CollectionConfig } from 'payload'

import { isLeisureStaff } from '../../access/roles'
import { activitiesSlug, sessionsSlug } from '../../defaults'
import type { ResolvedActivitiesOptions } from '../../types'
import { localDateField } from '../fields'
import { checkSchedule } from './hooks/checkSchedule'
import { syncPlaces } from './hooks/syncPlaces'

const weekdays = [
  { value: 'MO', label: { fr: 'Lundi', en: 'Monday' } },
  { value: 'TU', label: { fr: 'Mardi', en: 'Tuesday' } },
  { value: 'WE', label: { fr: 'Mercredi', en: 'Wednesday' } },
  { value: 'TH', label: { fr: 'Jeudi', en: 'Thursday' } },
  { value: 'FR', label: { fr: 'Vendredi', en: 'Friday' } },
  { value: 'SA', label: { fr: 'Samedi', en: 'Saturday' } },
  { value: 'SU', label: { fr: 'Dimanche', en: 'Sunday' } },
]

/**
 * A group of an activity: its weekly pattern (lib/schedule.ts `WeeklyPattern`, expanded by the
 * calendar engine with the city's holidays), capacity, who may register from when (residents
 * first, then everyone) and how the opening works. Its places counter lives in the plugin's
 * own schema (migrations.ts), kept in step with `capacity` by `syncPlaces`.
 */
export const sessionsCollection = (options: ResolvedActivitiesOptions): CollectionConfig => ({
  slug: sessionsSlug,
  labels: {
    singular: { fr: 'Session d’activité', en: 'Activity session' },
    plural: { fr: 'Sessions d’activité', en: 'Activity sessions' },
  },
  admin: {
    useAsTitle: 'name',
    group: { fr: 'Loisirs', en: 'Leisure' },
    defaultColumns: ['name', 'activity', 'capacity', 'openingMode'],
  },
  access: {
    read: () => true,
    create: ({ req: { user } }) => isLeisureStaff(user, options),
    update: ({ req: { user } }) => isLeisureStaff(user, options),
    delete: ({ req: { user } }) => isLeisureStaff(user, options),
  },
  hooks: { beforeChange: [checkSchedule], afterChange: [syncPlaces] },
  fields: [
    {
      name: 'activity',
      type: 'relationship',
      relationTo: activitiesSlug as 'users',
      required: true,
      index: true,
      label: { fr: 'Activité', en: 'Activity' },
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      label: { fr: 'Nom du groupe', en: 'Group name' },
    },
    {
      name: 'schedule',
      type: 'group',
      label: { fr: 'Horaire', en: 'Schedule' },
      fields: [
        {
          type: 'row',
          fields: [
            localDateField(
              'firstDate',
              { fr: 'Première date', en: 'First date' },
              { required: true },
            ),
            localDateField(
              'lastDate',
              { fr: 'Dernière date', en: 'Last date' },
              { required: true },
            ),
          ],
        },
        {
          name: 'weekdays',
          type: 'select',
          hasMany: true,
          required: true,
          options: weekdays,
          label: { fr: 'Jours', en: 'Days' },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'startTime',
              type: 'text',
              required: true,
              label: { fr: 'Heure de début (HH:mm)', en: 'Start time (HH:mm)' },
              validate: (value: unknown) =>
                /^([01]\d|2[0-3]):[0-5]\d$/.test(String(value ?? '')) ? true : 'HH:mm',
            },
            {
              name: 'durationMinutes',
              type: 'number',
              required: true,
              min: 5,
              max: 24 * 60,
              label: { fr: 'Durée (minutes)', en: 'Duration (minutes)' },
            },
            {
              name: 'intervalWeeks',
              type: 'number',
              min: 1,
              max: 8,
              defaultValue: 1,
              label: { fr: 'Toutes les n semaines', en: 'Every n weeks' },
            },
          ],
        },
        {
          name: 'cancelledDates',
          type: 'array',
          label: { fr: 'Dates annulées', en: 'Cancelled dates' },
          fields: [localDateField('date', { fr: 'Date', en: 'Date' }, { required: true })],
        },
        {
          name: 'onHoliday',
          type: 'select',
          defaultValue: 'skip',
          options: [
            { value: 'skip', label: { fr: 'Pas de rencontre', en: 'No meeting' } },
            { value: 'keep', label: { fr: 'Rencontre maintenue', en: 'Meeting kept' } },
            { value: 'makeUp', label: { fr: 'Reprise après la fin', en: 'Made up after the end' } },
          ],
          label: { fr: 'Jours fériés', en: 'Holidays' },
        },
      ],
    },
    {
      name: 'capacity',
      type: 'number',
      required: true,
      min: 0,
      max: 10_000,
      label: { fr: 'Places', en: 'Places' },
    },
    {
      name: 'openTo',
      type: 'select',
      required: true,
      defaultValue: 'residentsFirst',
      options: [
        { value: 'residentsFirst', label: { fr: 'Résidents d’abord', en: 'Residents first' } },
        { value: 'residentsOnly', label: { fr: 'Résidents seulement', en: 'Residents only' } },
        { value: 'everyone', label: { fr: 'Tout le monde', en: 'Everyone' } },
      ],
      label: { fr: 'Ouvert à', en: 'Open to' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'residentsFrom',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: { fr: 'Inscriptions des résidents dès', en: 'Residents register from' },
        },
        {
          name: 'everyoneFrom',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: { fr: 'Inscriptions de tous dès', en: 'Everyone registers from' },
        },
        {
          name: 'closesAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: { fr: 'Fin des inscriptions', en: 'Registration closes' },
        },
      ],
    },
    {
      name: 'openingMode',
      type: 'select',
      required: true,
      defaultValue: 'first-come',
      options: [
        { value: 'first-come', label: { fr: 'Premier arrivé', en: 'First come' } },
        {
          value: 'draw',
          label: { fr: 'Préinscription puis tirage', en: 'Pre-registration then draw' },
        },
      ],
      label: { fr: 'Mode d’ouverture', en: 'Opening mode' },
    },
  ],
})
