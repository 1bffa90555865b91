import type { CollectionConfig } from 'payload'

import { isStaffAdmin } from '../../access/roles'
import type { ResolvedOptions } from '../../types'
import { revalidateRequestTypes } from './hooks/revalidateRequestTypes'

/** The datatypes of Open311 service attributes. */
export const questionTypes = [
  'string',
  'text',
  'number',
  'datetime',
  'singlevaluelist',
  'multivaluelist',
] as const
export type QuestionType = (typeof questionTypes)[number]

const codeShape = /^[a-z0-9][a-z0-9_-]{1,39}$/

/** What a resident can report: editable by administrators, read by everyone (the form, Open311). */
export const requestTypesCollection = (options: ResolvedOptions): CollectionConfig => {
  const isAdmin = ({ req: { user } }: { req: { user: Parameters<typeof isStaffAdmin>[0] } }) =>
    isStaffAdmin(user, options.staffCollection)
  return {
    slug: options.typesCollection,
    labels: {
      singular: { fr: 'Type de requête', en: 'Request type' },
      plural: { fr: 'Types de requêtes', en: 'Request types' },
    },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'code', 'group', 'department', 'deadlineDays', 'active'],
      group: { fr: 'Requêtes', en: 'Requests' },
    },
    access: { read: () => true, create: isAdmin, update: isAdmin, delete: isAdmin },
    // The public list shows the types' names.
    hooks: options.enabled
      ? { afterChange: [revalidateRequestTypes], afterDelete: [revalidateRequestTypes] }
      : {},
    fields: [
      {
        name: 'code',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        label: { fr: 'Code (Open311 service_code)', en: 'Code (Open311 service_code)' },
        validate: (value: unknown) =>
          typeof value === 'string' && codeShape.test(value)
            ? true
            : 'Lettres minuscules, chiffres, tirets et soulignés. / Lowercase letters, digits, dashes and underscores.',
      },
      {
        name: 'name',
        type: 'text',
        required: true,
        localized: true,
        label: { fr: 'Nom', en: 'Name' },
      },
      {
        name: 'description',
        type: 'textarea',
        localized: true,
        label: { fr: 'Description', en: 'Description' },
      },
      { name: 'group', type: 'text', localized: true, label: { fr: 'Groupe', en: 'Group' } },
      {
        name: 'keywords',
        type: 'text',
        localized: true,
        label: { fr: 'Mots-clés (recherche)', en: 'Keywords (search)' },
      },
      {
        name: 'department',
        type: 'relationship',
        relationTo: options.departmentsCollection as 'departments',
        required: true,
        label: { fr: 'Service responsable', en: 'Responsible department' },
      },
      {
        name: 'sectorRouting',
        type: 'array',
        label: { fr: 'Acheminement par secteur', en: 'Routing by sector' },
        admin: {
          description: {
            fr: 'Remplace le service ou l’agent pour un secteur.',
            en: 'Overrides the department or agent for one sector.',
          },
        },
        fields: [
          {
            name: 'sector',
            type: 'relationship',
            relationTo: options.sectorsCollection as 'sectors',
            required: true,
            label: { fr: 'Secteur', en: 'Sector' },
          },
          {
            name: 'department',
            type: 'relationship',
            relationTo: options.departmentsCollection as 'departments',
            label: { fr: 'Service', en: 'Department' },
          },
          {
            name: 'assignee',
            type: 'relationship',
            relationTo: options.staffCollection as 'users',
            label: { fr: 'Agent', en: 'Agent' },
          },
        ],
      },
      {
        name: 'deadlineDays',
        type: 'number',
        required: true,
        min: 0,
        max: 365,
        label: { fr: 'Délai (jours ouvrables)', en: 'Deadline (business days)' },
        admin: {
          description: {
            fr: 'Fins de semaine et jours fériés du Québec exclus.',
            en: 'Weekends and Quebec statutory holidays excluded.',
          },
        },
      },
      {
        name: 'photo',
        type: 'select',
        required: true,
        defaultValue: 'optional',
        label: { fr: 'Photo', en: 'Photo' },
        options: [
          { value: 'none', label: { fr: 'Non permise', en: 'Not allowed' } },
          { value: 'optional', label: { fr: 'Facultative', en: 'Optional' } },
          { value: 'required', label: { fr: 'Obligatoire', en: 'Required' } },
        ],
      },
      {
        name: 'locationRequired',
        type: 'checkbox',
        defaultValue: true,
        label: { fr: 'Lieu obligatoire', en: 'Location required' },
      },
      {
        name: 'allowAnonymous',
        type: 'checkbox',
        defaultValue: true,
        label: { fr: 'Requête anonyme permise', en: 'Anonymous requests allowed' },
      },
      {
        name: 'questions',
        type: 'array',
        label: { fr: 'Questions supplémentaires', en: 'Extra questions' },
        fields: [
          {
            name: 'code',
            type: 'text',
            required: true,
            label: 'Code',
            validate: (value: unknown) =>
              typeof value === 'string' && codeShape.test(value)
                ? true
                : 'Code invalide. / Invalid code.',
          },
          {
            name: 'label',
            type: 'text',
            required: true,
            localized: true,
            label: { fr: 'Question', en: 'Question' },
          },
          {
            name: 'type',
            type: 'select',
            required: true,
            defaultValue: 'string',
            label: { fr: 'Type de réponse', en: 'Answer type' },
            options: [
              { value: 'string', label: { fr: 'Texte court', en: 'Short text' } },
              { value: 'text', label: { fr: 'Texte long', en: 'Long text' } },
              { value: 'number', label: { fr: 'Nombre', en: 'Number' } },
              { value: 'datetime', label: { fr: 'Date', en: 'Date' } },
              { value: 'singlevaluelist', label: { fr: 'Choix unique', en: 'Single choice' } },
              { value: 'multivaluelist', label: { fr: 'Choix multiples', en: 'Multiple choice' } },
            ],
          },
          {
            name: 'required',
            type: 'checkbox',
            defaultValue: false,
            label: { fr: 'Obligatoire', en: 'Required' },
          },
          {
            name: 'choices',
            type: 'array',
            label: { fr: 'Choix', en: 'Choices' },
            fields: [
              { name: 'value', type: 'text', required: true, label: { fr: 'Valeur', en: 'Value' } },
              {
                name: 'label',
                type: 'text',
                required: true,
                localized: true,
                label: { fr: 'Libellé', en: 'Label' },
              },
            ],
          },
        ],
      },
      {
        name: 'active',
        type: 'checkbox',
        defaultValue: true,
        index: true,
        label: { fr: 'Actif', en: 'Active' },
        admin: { position: 'sidebar' },
      },
    ],
  }
}
