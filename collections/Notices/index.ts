import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '@/access/publicContent'
import { sectorsField } from '@/fields/sectors'
import { summaryField, titleField } from '@/fields/content'
import { slugField } from '@/fields/slug'

import { requireEnglishForSafety } from './hooks/requireEnglishForSafety'
import { revalidateNotices } from './hooks/revalidateNotices'

export const noticeKinds = [
  { value: 'boil-water', label: { fr: 'Avis d’ébullition', en: 'Boil-water advisory' } },
  { value: 'water-outage', label: { fr: 'Interruption d’eau', en: 'Water outage' } },
  {
    value: 'road-closure',
    label: { fr: 'Fermeture de rue ou travaux', en: 'Road closure or works' },
  },
  {
    value: 'snow-clearing',
    label: { fr: 'Opération de déneigement', en: 'Snow-clearing operation' },
  },
  { value: 'emergency', label: { fr: 'Urgence', en: 'Emergency' } },
  { value: 'legal', label: { fr: 'Avis public (légal)', en: 'Legal public notice' } },
] as const

export const noticeSeverities = [
  { value: 'info', label: { fr: 'Information', en: 'Information' } },
  { value: 'warning', label: { fr: 'Avertissement', en: 'Warning' } },
  { value: 'emergency', label: { fr: 'Urgence', en: 'Emergency' } },
] as const

/**
 * Avis publics: boil-water advisories, outages, closures, emergencies, legal notices, targeted at
 * sectors. Warnings and emergencies show in the site-wide banner between their start and end.
 */
export const Notices: CollectionConfig = {
  slug: 'notices',
  labels: {
    singular: { fr: 'Avis public', en: 'Public notice' },
    plural: { fr: 'Avis publics', en: 'Public notices' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'severity', 'startsAt', 'endsAt', '_status'],
    group: { fr: 'Contenu', en: 'Content' },
  },
  access: publicContentAccess,
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  defaultSort: '-startsAt',
  hooks: {
    beforeChange: [requireEnglishForSafety],
    afterChange: [revalidateNotices],
    afterDelete: [revalidateNotices],
  },
  fields: [
    titleField(),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: [...noticeKinds],
          index: true,
          label: { fr: 'Type d’avis', en: 'Kind' },
        },
        {
          name: 'severity',
          type: 'select',
          required: true,
          defaultValue: 'info',
          options: [...noticeSeverities],
          index: true,
          label: { fr: 'Gravité', en: 'Severity' },
        },
      ],
    },
    summaryField(),
    { name: 'body', type: 'richText', localized: true, label: { fr: 'Détails', en: 'Details' } },
    {
      name: 'instruction',
      type: 'textarea',
      localized: true,
      label: { fr: 'Consignes aux résidents', en: 'Instructions to residents' },
      admin: {
        description: {
          fr: 'Par exemple : « Faites bouillir l’eau une minute avant de la boire. »',
          en: 'For example: “Boil water for one minute before drinking it.”',
        },
      },
    },
    sectorsField(),
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          defaultValue: () => new Date().toISOString(),
          label: { fr: 'Début', en: 'Starts' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          index: true,
          label: { fr: 'Fin', en: 'Ends' },
          admin: {
            date: { pickerAppearance: 'dayAndTime' },
            description: { fr: 'Vide : jusqu’à nouvel ordre.', en: 'Empty: until further notice.' },
          },
          validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: string } }) => {
            if (!value || !siblingData?.startsAt) return true
            return new Date(value as string) > new Date(siblingData.startsAt)
              ? true
              : 'La fin doit suivre le début. / The end must come after the start.'
          },
        },
      ],
    },
    {
      name: 'isSafety',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Avis de santé ou de sécurité', en: 'Health or safety notice' },
      admin: {
        position: 'sidebar',
        description: {
          fr: 'Publié aussi en anglais même si le site est en français seulement (Charte de la langue française) : le titre et les détails en anglais sont requis pour le publier.',
          en: 'Also published in English even when the site is French-only (Charter of the French Language): its English title and details are required to publish it.',
        },
      },
    },
    slugField(),
  ],
}
