import type { Access, CollectionConfig, Field, FieldAccess, Where } from 'payload'

import { relationId } from '../../../kit/ids'

import { isCitizen, isGreffe } from '../../access/roles'
import { petitionsSlug, typesSlug } from '../../defaults'
import { readCounts } from '../../lib/db'
import { inadmissibleReasons, petitionStatuses, publicStatuses } from '../../lib/model'
import type { ResolvedPetitionsOptions } from '../../types'
import { applyWorkflow } from './hooks/applyWorkflow'

const statusLabels: Record<(typeof petitionStatuses)[number], { fr: string; en: string }> = {
  draft: { fr: 'Projet', en: 'Draft' },
  supporting: { fr: 'Appuis en cours', en: 'Gathering support' },
  submitted: { fr: 'Déposée au greffe', en: 'Submitted to the clerk' },
  admissible: { fr: 'Recevable', en: 'Admissible' },
  inadmissible: { fr: 'Irrecevable', en: 'Inadmissible' },
  signing: { fr: 'Signature en cours', en: 'Open for signing' },
  closed: { fr: 'Fermée', en: 'Closed' },
}

const reasonLabels: Record<(typeof inadmissibleReasons)[number], { fr: string; en: string }> = {
  duplicate: { fr: 'Doublon d’une autre pétition', en: 'Duplicate of another petition' },
  'excluded-subject': { fr: 'Sujet exclu par le règlement', en: 'Subject excluded by the rules' },
  'consulted-recently': {
    fr: 'Sujet déjà consulté ces trois dernières années',
    en: 'Subject consulted in the last three years',
  },
  defamatory: { fr: 'Propos diffamatoires', en: 'Defamatory' },
  other: { fr: 'Autre motif (expliqué)', en: 'Other reason (explained)' },
}

const when = (statuses: string[]) => (data: Record<string, unknown>) =>
  statuses.includes(String(data?.status ?? ''))

/**
 * A petition: its text in the language it was filed in, its area (the city or one sector), its
 * promoters (the filer and named contacts, with the public name each agreed to publish), the
 * workflow the greffe runs (draft → supporting → submitted → admissible | inadmissible → signing
 * → closed), the type's rules frozen when signing opens, and the outcome. The public reads the
 * petitions once published (inadmissible with its reason, signing, closed); the filer reads their
 * own; the greffe reads and edits all. The signature count is a counter of the plugin's own,
 * moved in SQL by each signature (migrations.ts), shown here read-only.
 */
export const petitionsCollection = (
  options: ResolvedPetitionsOptions,
  existingSlugs: string[],
): CollectionConfig => {
  const isGreffeAccess: Access = ({ req: { user } }) => isGreffe(user, options)
  const hasCitizens = existingSlugs.includes(options.citizensCollection)
  const read: Access = ({ req: { user } }): boolean | Where => {
    if (isGreffe(user, options)) return true
    const published: Where = { status: { in: [...publicStatuses] } }
    if (user && hasCitizens && isCitizen(user, options))
      return { or: [published, { filedBy: { equals: user.id } }] }
    return published
  }
  // Who filed a petition and the promoters' accounts are never public: the greffe reads them, and
  // the filer their own petition's.
  const isGreffeOrFiler: FieldAccess = ({ req: { user }, doc }) =>
    isGreffe(user, options) ||
    Boolean(user && isCitizen(user, options) && relationId(doc?.filedBy) === user.id)
  const citizenField = (name: string, label: { fr: string; en: string }): Field[] =>
    hasCitizens
      ? [
          {
            name,
            type: 'relationship',
            relationTo: options.citizensCollection as 'users',
            index: true,
            label,
            access: { read: isGreffeOrFiler },
          },
        ]
      : []
  return {
    slug: petitionsSlug,
    labels: {
      singular: { fr: 'Pétition', en: 'Petition' },
      plural: { fr: 'Pétitions', en: 'Petitions' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'status', 'areaKind', 'opensAt', 'closesAt'],
      group: { fr: 'Pétitions', en: 'Petitions' },
      hidden: ({ user }) => !isGreffe(user as never, options),
    },
    access: { read, create: isGreffeAccess, update: isGreffeAccess, delete: isGreffeAccess },
    hooks: { beforeChange: [applyWorkflow] },
    fields: [
      {
        name: 'title',
        type: 'text',
        required: true,
        maxLength: 160,
        label: { fr: 'Titre', en: 'Title' },
      },
      {
        name: 'slug',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        maxLength: 80,
        label: { fr: 'Adresse (slug)', en: 'URL slug' },
        admin: {
          position: 'sidebar',
          description: {
            fr: 'Tiré du titre s’il est laissé vide.',
            en: 'Taken from the title when left empty.',
          },
        },
        // Filled from the title by the workflow hook when empty.
        validate: (value: unknown) =>
          value === undefined ||
          value === null ||
          value === '' ||
          /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(String(value)) ||
          'a-z, 0-9, -',
      },
      {
        name: 'language',
        type: 'select',
        required: true,
        defaultValue: 'fr',
        options: [
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'English' },
        ],
        label: { fr: 'Langue de dépôt', en: 'Language filed in' },
        admin: { position: 'sidebar' },
      },
      {
        name: 'text',
        type: 'textarea',
        required: true,
        maxLength: 10_000,
        label: { fr: 'Texte de la pétition', en: 'Text of the petition' },
      },
      {
        name: 'request',
        type: 'textarea',
        required: true,
        maxLength: 2000,
        label: { fr: 'Ce qui est demandé', en: 'What is asked' },
      },
      {
        name: 'type',
        type: 'relationship',
        relationTo: typesSlug as 'petition-types',
        required: true,
        label: { fr: 'Type de pétition', en: 'Petition type' },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'areaKind',
            type: 'select',
            required: true,
            defaultValue: 'city',
            options: [
              { value: 'city', label: { fr: 'Toute la ville', en: 'City-wide' } },
              { value: 'sector', label: { fr: 'Un secteur', en: 'One sector' } },
            ],
            label: { fr: 'Territoire', en: 'Area' },
          },
          {
            name: 'sector',
            type: 'relationship',
            relationTo: options.sectorsCollection as 'sectors',
            index: true,
            label: { fr: 'Secteur', en: 'Sector' },
            admin: { condition: (data) => data?.areaKind === 'sector' },
          },
        ],
      },
      ...citizenField('filedBy', { fr: 'Déposée par', en: 'Filed by' }),
      {
        name: 'promoters',
        type: 'array',
        label: { fr: 'Promoteurs', en: 'Promoters' },
        labels: {
          singular: { fr: 'Promoteur', en: 'Promoter' },
          plural: { fr: 'Promoteurs', en: 'Promoters' },
        },
        admin: {
          description: {
            fr: 'La personne qui dépose et les personnes-ressources. Seul le nom public de qui y a consenti est publié.',
            en: 'The filer and the named contacts. Only the public name of those who consented is published.',
          },
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'role',
                type: 'select',
                required: true,
                defaultValue: 'contact',
                options: [
                  { value: 'filer', label: { fr: 'Dépose la pétition', en: 'Filer' } },
                  { value: 'contact', label: { fr: 'Personne-ressource', en: 'Contact' } },
                ],
                label: { fr: 'Rôle', en: 'Role' },
              },
              ...citizenField('citizen', { fr: 'Compte', en: 'Account' }),
              {
                name: 'publicName',
                type: 'text',
                required: true,
                maxLength: 120,
                label: { fr: 'Nom public', en: 'Public name' },
                // Published only with the promoter's consent (REST, GraphQL and the pages alike).
                access: {
                  read: (args) =>
                    Boolean(args.siblingData?.consentToPublish) || isGreffeOrFiler(args),
                },
              },
              {
                name: 'consentToPublish',
                type: 'checkbox',
                defaultValue: false,
                label: { fr: 'Consent à publier son nom', en: 'Consents to publish the name' },
              },
            ],
          },
        ],
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'draft',
        index: true,
        options: petitionStatuses.map((value) => ({ value, label: statusLabels[value] })),
        label: { fr: 'État', en: 'Status' },
        admin: { position: 'sidebar' },
      },
      {
        // The draft's share link (`?appui=`): what lets a resident read a draft gathering support
        // and support it. Written by the workflow hook alone, when the draft enters `supporting`.
        name: 'shareToken',
        type: 'text',
        index: true,
        label: { fr: 'Jeton du lien d’appui', en: 'Support link token' },
        access: { read: isGreffeOrFiler },
        admin: { position: 'sidebar', readOnly: true, condition: when(['supporting']) },
      },
      {
        name: 'inadmissibleReason',
        type: 'select',
        options: inadmissibleReasons.map((value) => ({ value, label: reasonLabels[value] })),
        label: {
          fr: 'Motif d’irrecevabilité (publié)',
          en: 'Reason for inadmissibility (published)',
        },
        admin: { position: 'sidebar', condition: when(['inadmissible']) },
      },
      {
        name: 'inadmissibleExplanation',
        type: 'textarea',
        maxLength: 2000,
        label: { fr: 'Explication (publiée)', en: 'Explanation (published)' },
        admin: { condition: when(['inadmissible']) },
      },
      {
        type: 'collapsible',
        label: { fr: 'Calendrier', en: 'Timeline' },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'submittedAt',
                type: 'date',
                label: { fr: 'Déposée le', en: 'Submitted on' },
              },
              {
                name: 'decidedAt',
                type: 'date',
                label: { fr: 'Recevabilité décidée le', en: 'Admissibility decided on' },
              },
            ],
          },
          {
            type: 'row',
            fields: [
              {
                name: 'opensAt',
                type: 'date',
                admin: { date: { pickerAppearance: 'dayAndTime' } },
                label: { fr: 'Signature du', en: 'Signing from' },
              },
              {
                name: 'closesAt',
                type: 'date',
                admin: {
                  date: { pickerAppearance: 'dayAndTime' },
                  description: {
                    fr: 'Calculée à l’ouverture selon le type.',
                    en: 'Set when signing opens, from the type.',
                  },
                },
                label: { fr: 'au', en: 'to' },
              },
              {
                name: 'closedAt',
                type: 'date',
                label: { fr: 'Fermée le', en: 'Closed on' },
              },
            ],
          },
        ],
      },
      {
        type: 'collapsible',
        label: { fr: 'Résultat', en: 'Outcome' },
        admin: { condition: when(['closed', 'signing']) },
        fields: [
          {
            name: 'thresholdReached',
            type: 'checkbox',
            defaultValue: false,
            label: { fr: 'Seuil atteint', en: 'Threshold reached' },
          },
          {
            name: 'consultationAt',
            type: 'date',
            label: { fr: 'Date de la consultation publique', en: 'Public consultation date' },
            admin: {
              description: {
                fr: 'Les signataires qui l’ont demandé en sont avisés par courriel.',
                en: 'Signers who asked are told by email.',
              },
            },
          },
          {
            name: 'outcomeSummary',
            type: 'textarea',
            maxLength: 4000,
            localized: true,
            label: { fr: 'Réponse ou résultat (publié)', en: 'Response or outcome (published)' },
            admin: {
              description: {
                fr: 'La réponse de la Ville : les signataires qui l’ont demandé la reçoivent par courriel, dans leur langue.',
                en: "The City's response: signers who asked receive it by email, in their language.",
              },
            },
          },
          {
            name: 'outcomeUrl',
            type: 'text',
            maxLength: 500,
            label: {
              fr: 'Lien vers la réponse ou le rapport',
              en: 'Link to the response or report',
            },
            validate: (value: unknown) =>
              !value || /^(https?:\/\/|\/)[^\s]*$/.test(String(value)) || 'https://… or /…',
          },
          {
            name: 'reportUrl',
            type: 'text',
            maxLength: 500,
            label: {
              fr: 'Lien vers le rapport de consultation',
              en: 'Link to the consultation report',
            },
            admin: {
              description: {
                fr: 'Publié : les signataires qui l’ont demandé en sont avisés par courriel.',
                en: 'Once published, signers who asked are told by email.',
              },
            },
            validate: (value: unknown) =>
              !value || /^(https?:\/\/|\/)[^\s]*$/.test(String(value)) || 'https://… or /…',
          },
        ],
      },
      {
        name: 'signatureCount',
        type: 'number',
        virtual: true,
        label: { fr: 'Signatures valides', en: 'Valid signatures' },
        admin: { readOnly: true, position: 'sidebar' },
        hooks: {
          // The counter of the plugin's own schema, moved in SQL by each signature (migrations.ts).
          afterRead: [
            async ({ data, req }) =>
              typeof data?.id === 'number'
                ? ((await readCounts(req.payload, [data.id])).get(data.id) ?? 0)
                : 0,
          ],
        },
      },
      {
        name: 'rules',
        type: 'json',
        label: { fr: 'Règles figées à l’ouverture', en: 'Rules frozen when signing opened' },
        admin: {
          readOnly: true,
          components: { Field: '/plugins/kit/components/ReadOnlyData#ReadOnlyData' },
        },
      },
    ],
  }
}
