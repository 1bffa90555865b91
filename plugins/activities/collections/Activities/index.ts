import type { CollectionConfig } from 'payload'

import { isLeisureStaff } from '../../access/roles'
import { activitiesSlug } from '../../defaults'
import type { ResolvedActivitiesOptions } from '../../types'
import { tariffField } from '../fields'

export const activityCategories = [
  { value: 'swimming', label: { fr: 'Natation', en: 'Swimming' } },
  { value: 'day-camp', label: { fr: 'Camp de jour', en: 'Day camp' } },
  { value: 'arts', label: { fr: 'Arts et culture', en: 'Arts and culture' } },
  { value: 'sports', label: { fr: 'Sports', en: 'Sports' } },
  { value: 'fitness', label: { fr: 'Mise en forme', en: 'Fitness' } },
  { value: 'other', label: { fr: 'Autre', en: 'Other' } },
]

/**
 * An activity of the programme (swimming level 3, a day camp…): what every one of its sessions
 * shares, its price rules as data in the core's shape (lib/pricing.ts `PriceRules`), age range and
 * prerequisites (lib/eligibility.ts). Public when published; the leisure staff edit it.
 */
export const activitiesCollection = (options: ResolvedActivitiesOptions): CollectionConfig => ({
  slug: activitiesSlug,
  labels: {
    singular: { fr: 'Activité', en: 'Activity' },
    plural: { fr: 'Activités', en: 'Activities' },
  },
  admin: {
    useAsTitle: 'title',
    group: { fr: 'Loisirs', en: 'Leisure' },
    defaultColumns: ['title', 'category', 'place', 'isPublished'],
  },
  access: {
    read: ({ req: { user } }) =>
      isLeisureStaff(user, options) ? true : { isPublished: { equals: true } },
    create: ({ req: { user } }) => isLeisureStaff(user, options),
    update: ({ req: { user } }) => isLeisureStaff(user, options),
    delete: ({ req: { user } }) => isLeisureStaff(user, options),
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 120,
      label: { fr: 'Titre', en: 'Title' },
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Segment d’adresse', en: 'URL segment' },
      validate: (value: unknown) =>
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(String(value ?? ''))
          ? true
          : 'Lettres minuscules, chiffres et tirets / Lowercase letters, digits and hyphens',
    },
    {
      name: 'code',
      type: 'text',
      index: true,
      label: { fr: 'Code (préalables)', en: 'Code (prerequisites)' },
      admin: {
        description: {
          fr: 'Le code que les préalables d’autres activités nomment (ex. natation-3).',
          en: 'The code other activities’ prerequisites name (e.g. swim-3).',
        },
      },
    },
    {
      name: 'category',
      type: 'select',
      required: true,
      index: true,
      options: activityCategories,
      label: { fr: 'Catégorie', en: 'Category' },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { fr: 'Description', en: 'Description' },
    },
    { name: 'place', type: 'text', maxLength: 120, label: { fr: 'Lieu', en: 'Place' } },
    {
      type: 'row',
      fields: [
        {
          name: 'ageMin',
          type: 'number',
          min: 0,
          max: 120,
          label: { fr: 'Âge min.', en: 'Min. age' },
        },
        {
          name: 'ageMax',
          type: 'number',
          min: 0,
          max: 120,
          label: { fr: 'Âge max.', en: 'Max. age' },
        },
      ],
    },
    {
      name: 'prerequisites',
      type: 'array',
      label: { fr: 'Préalables', en: 'Prerequisites' },
      fields: [{ name: 'code', type: 'text', required: true, label: { fr: 'Code', en: 'Code' } }],
    },
    {
      name: 'prices',
      type: 'group',
      label: { fr: 'Tarifs', en: 'Prices' },
      fields: [
        tariffField('resident', { fr: 'Résidents', en: 'Residents' }),
        tariffField('nonResident', { fr: 'Non-résidents', en: 'Non-residents' }),
        {
          name: 'familyDiscount',
          type: 'array',
          label: { fr: 'Rabais familial', en: 'Family discount' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'fromRank',
                  type: 'number',
                  required: true,
                  min: 2,
                  label: {
                    fr: 'À partir de la n-ième inscription',
                    en: 'From the nth registration',
                  },
                },
                {
                  name: 'percent',
                  type: 'number',
                  required: true,
                  min: 0,
                  max: 100,
                  label: { fr: 'Pourcentage', en: 'Percent' },
                },
              ],
            },
          ],
        },
        {
          name: 'lateFee',
          type: 'group',
          label: { fr: 'Frais d’inscription tardive', en: 'Late registration fee' },
          fields: [
            {
              name: 'from',
              type: 'text',
              label: { fr: 'À partir du (AAAA-MM-JJ)', en: 'From (YYYY-MM-DD)' },
            },
            {
              name: 'cents',
              type: 'number',
              min: 0,
              label: { fr: 'Montant (cents)', en: 'Amount (cents)' },
            },
            {
              name: 'per',
              type: 'select',
              defaultValue: 'registration',
              options: [
                { value: 'registration', label: { fr: 'Par inscription', en: 'Per registration' } },
                { value: 'participant', label: { fr: 'Par participant', en: 'Per participant' } },
              ],
              label: { fr: 'Compté', en: 'Charged' },
            },
          ],
        },
      ],
    },
    {
      name: 'cancellation',
      type: 'group',
      label: { fr: 'Annulation', en: 'Cancellation' },
      fields: [
        {
          name: 'feeCents',
          type: 'number',
          min: 0,
          defaultValue: 0,
          label: {
            fr: 'Frais retenus avant le début (cents)',
            en: 'Fee kept before the start (cents)',
          },
        },
        {
          name: 'refundUntilHours',
          type: 'number',
          min: 0,
          defaultValue: 0,
          label: {
            fr: 'Remboursement jusqu’à n heures avant le début',
            en: 'Refund until n hours before the start',
          },
        },
        {
          name: 'afterStart',
          type: 'select',
          defaultValue: 'credit',
          options: [
            {
              value: 'credit',
              label: { fr: 'Crédit des séances restantes', en: 'Credit for the meetings left' },
            },
            { value: 'none', label: { fr: 'Rien', en: 'Nothing' } },
          ],
          label: { fr: 'Après le début', en: 'After the start' },
        },
      ],
    },
    {
      name: 'isPublished',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { fr: 'Publiée', en: 'Published' },
      admin: { position: 'sidebar' },
    },
  ],
})
