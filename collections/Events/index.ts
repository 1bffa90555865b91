import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '@/access/publicContent'
import { summaryField, titleField } from '@/fields/content'
import { slugField } from '@/fields/slug'

import { revalidateEvents } from './hooks/revalidateEvents'
import { validateEventRecurrence } from './hooks/validateEventRecurrence'

export const eventCategories = [
  { value: 'culture', label: { fr: 'Culture', en: 'Culture' } },
  { value: 'sport', label: { fr: 'Sports et plein air', en: 'Sports and outdoors' } },
  { value: 'council', label: { fr: 'Séance du conseil', en: 'Council meeting' } },
  { value: 'community', label: { fr: 'Vie communautaire', en: 'Community life' } },
  { value: 'environment', label: { fr: 'Environnement', en: 'Environment' } },
  { value: 'consultation', label: { fr: 'Consultation publique', en: 'Public consultation' } },
]

export const eventAudiences = [
  { value: 'everyone', label: { fr: 'Tous', en: 'Everyone' } },
  { value: 'children', label: { fr: 'Enfants', en: 'Children' } },
  { value: 'teens', label: { fr: 'Adolescents', en: 'Teens' } },
  { value: 'adults', label: { fr: 'Adultes', en: 'Adults' } },
  { value: 'seniors', label: { fr: 'Aînés', en: 'Seniors' } },
  { value: 'families', label: { fr: 'Familles', en: 'Families' } },
]

const isHttpUrl = (value: unknown) => {
  if (value == null || value === '') return true
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? true
      : 'Adresse web attendue (https://…). / A web address is expected (https://…).'
  } catch {
    return 'Adresse web attendue (https://…). / A web address is expected (https://…).'
  }
}

/** Calendrier: one-time and recurring events (RRULE in the city's time zone). */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: {
    singular: { fr: 'Événement', en: 'Event' },
    plural: { fr: 'Événements', en: 'Events' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'category', '_status'],
    group: { fr: 'Contenu', en: 'Content' },
  },
  access: publicContentAccess,
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 25 },
  defaultSort: 'startsAt',
  hooks: {
    beforeValidate: [validateEventRecurrence],
    afterChange: [revalidateEvents],
    afterDelete: [revalidateEvents],
  },
  fields: [
    titleField(),
    summaryField(),
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: { fr: 'Description', en: 'Description' },
    },
    { name: 'image', type: 'upload', relationTo: 'media', label: { fr: 'Image', en: 'Image' } },
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
          label: { fr: 'Fin', en: 'Ends' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: string } }) =>
            !value ||
            !siblingData?.startsAt ||
            new Date(value as string) >= new Date(siblingData.startsAt)
              ? true
              : 'La fin doit suivre le début. / The end must come after the start.',
        },
        {
          name: 'isAllDay',
          type: 'checkbox',
          defaultValue: false,
          label: { fr: 'Toute la journée', en: 'All day' },
        },
      ],
    },
    {
      name: 'recurrence',
      type: 'group',
      label: { fr: 'Récurrence', en: 'Recurrence' },
      fields: [
        {
          name: 'rrule',
          type: 'text',
          label: { fr: 'Règle (RRULE)', en: 'Rule (RRULE)' },
          admin: {
            description: {
              fr: 'Format iCalendar, par exemple FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630. Vide : événement unique.',
              en: 'iCalendar format, e.g. FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630. Empty: a one-time event.',
            },
          },
        },
        {
          name: 'exceptions',
          type: 'array',
          label: { fr: 'Dates annulées', en: 'Cancelled dates' },
          fields: [
            {
              name: 'date',
              type: 'date',
              required: true,
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
          ],
        },
      ],
    },
    {
      name: 'place',
      type: 'group',
      label: { fr: 'Lieu', en: 'Place' },
      fields: [
        { name: 'name', type: 'text', localized: true, label: { fr: 'Nom du lieu', en: 'Venue' } },
        { name: 'address', type: 'text', label: { fr: 'Adresse', en: 'Address' } },
        {
          type: 'row',
          fields: [
            { name: 'lat', type: 'number', min: -90, max: 90, label: 'Latitude' },
            { name: 'lng', type: 'number', min: -180, max: 180, label: 'Longitude' },
          ],
        },
      ],
    },
    {
      name: 'category',
      type: 'select',
      required: true,
      index: true,
      options: eventCategories,
      label: { fr: 'Catégorie', en: 'Category' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'audiences',
      type: 'select',
      hasMany: true,
      options: eventAudiences,
      label: { fr: 'Public', en: 'Audience' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'cost',
      type: 'text',
      localized: true,
      label: { fr: 'Coût', en: 'Cost' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'registrationUrl',
      type: 'text',
      label: { fr: 'Lien d’inscription', en: 'Registration link' },
      admin: { position: 'sidebar' },
      validate: isHttpUrl,
    },
    slugField(),
  ],
}
