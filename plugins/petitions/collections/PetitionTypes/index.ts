import type { Access, CollectionConfig } from 'payload'

import { isGreffe } from '../../access/roles'
import { typesSlug } from '../../defaults'
import { areaRules, thresholdTriggers } from '../../lib/model'
import type { ResolvedPetitionsOptions } from '../../types'

/**
 * A city's petition rules as data (Montréal's right of initiative, or a simple feedback petition):
 * who may sign, how many supporters a draft needs, how long signing lasts, which counts trigger
 * what, which channel, which subjects are excluded, how long signatures are kept. A petition copies
 * them when signing opens (its `rules`), so editing a type never changes a petition under way.
 * Anyone reads them (the public pages say what a threshold triggers); the greffe edits them.
 */
export const petitionTypesCollection = (options: ResolvedPetitionsOptions): CollectionConfig => {
  const isGreffeAccess: Access = ({ req: { user } }) => isGreffe(user, options)
  return {
    slug: typesSlug,
    labels: {
      singular: { fr: 'Type de pétition', en: 'Petition type' },
      plural: { fr: 'Types de pétition', en: 'Petition types' },
    },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'channel', 'signingDays', 'minimumAge'],
      group: { fr: 'Pétitions', en: 'Petitions' },
      hidden: ({ user }) => !isGreffe(user as never, options),
    },
    access: {
      read: () => true,
      create: isGreffeAccess,
      update: isGreffeAccess,
      delete: isGreffeAccess,
    },
    fields: [
      {
        name: 'name',
        type: 'text',
        localized: true,
        required: true,
        maxLength: 120,
        label: { fr: 'Nom', en: 'Name' },
      },
      {
        name: 'minimumAge',
        type: 'number',
        required: true,
        defaultValue: 15,
        min: 0,
        max: 120,
        label: { fr: 'Âge minimum pour signer', en: 'Minimum age to sign' },
      },
      {
        name: 'areaRule',
        type: 'select',
        required: true,
        defaultValue: 'cityOrSector',
        options: areaRules.map((value) => ({
          value,
          label: {
            cityOrSector: { fr: 'Toute la ville ou un secteur', en: 'City-wide or one sector' },
            cityOnly: { fr: 'Toute la ville seulement', en: 'City-wide only' },
            sectorOnly: { fr: 'Un secteur seulement', en: 'One sector only' },
          }[value],
        })),
        label: { fr: 'Territoire visé', en: 'Area' },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'draftQuorum',
            type: 'number',
            required: true,
            defaultValue: 25,
            min: 0,
            label: { fr: 'Signatures d’appui du projet', en: 'Supporting signatures of the draft' },
          },
          {
            name: 'contacts',
            type: 'number',
            required: true,
            defaultValue: 3,
            min: 0,
            max: 10,
            label: { fr: 'Personnes-ressources', en: 'Named contacts' },
          },
          {
            name: 'signingDays',
            type: 'number',
            required: true,
            defaultValue: 90,
            min: 1,
            max: 730,
            label: { fr: 'Durée de la signature (jours)', en: 'Signing window (days)' },
          },
        ],
      },
      {
        name: 'thresholds',
        type: 'array',
        label: { fr: 'Seuils', en: 'Thresholds' },
        labels: {
          singular: { fr: 'Seuil', en: 'Threshold' },
          plural: { fr: 'Seuils', en: 'Thresholds' },
        },
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'area',
                type: 'select',
                required: true,
                defaultValue: 'city',
                options: [
                  { value: 'city', label: { fr: 'Toute la ville', en: 'City-wide' } },
                  { value: 'sector', label: { fr: 'Un secteur', en: 'One sector' } },
                ],
                label: { fr: 'Pour une pétition visant', en: 'For a petition about' },
              },
              {
                name: 'signatures',
                type: 'number',
                required: true,
                min: 1,
                label: { fr: 'Signatures', en: 'Signatures' },
              },
              {
                name: 'triggers',
                type: 'select',
                required: true,
                options: thresholdTriggers.map((value) => ({
                  value,
                  label: {
                    'written-response': { fr: 'Réponse écrite', en: 'Written response' },
                    'public-consultation': {
                      fr: 'Consultation publique',
                      en: 'Public consultation',
                    },
                  }[value],
                })),
                label: { fr: 'Déclenche', en: 'Triggers' },
              },
            ],
          },
        ],
      },
      {
        name: 'channel',
        type: 'select',
        required: true,
        defaultValue: 'online',
        options: [
          { value: 'online', label: { fr: 'En ligne', en: 'Online' } },
          { value: 'paper', label: { fr: 'Papier', en: 'Paper' } },
        ],
        label: { fr: 'Mode de signature', en: 'Channel' },
        admin: {
          description: {
            fr: 'Une pétition lancée en ligne se signe en ligne seulement ; sur papier, sur papier seulement.',
            en: 'A petition started online is signed online only; on paper, on paper only.',
          },
        },
      },
      {
        name: 'allowsVisitors',
        type: 'checkbox',
        defaultValue: false,
        label: {
          fr: 'Les visiteurs sans compte peuvent signer (confirmation par courriel)',
          en: 'Visitors without an account may sign (confirmed by email)',
        },
        admin: {
          description: {
            fr: 'Nom, adresse civique du registre et courriel, confirmés par un lien. Sinon, seuls les résidents connectés signent.',
            en: 'Name, a civic address of the registry and an email, confirmed by a link. Otherwise only signed-in residents sign.',
          },
        },
      },
      {
        name: 'inadmissibleSubjects',
        type: 'array',
        label: { fr: 'Sujets irrecevables', en: 'Inadmissible subjects' },
        fields: [
          {
            name: 'label',
            type: 'text',
            localized: true,
            required: true,
            label: { fr: 'Sujet', en: 'Subject' },
          },
        ],
      },
      {
        name: 'retentionDays',
        type: 'number',
        required: true,
        defaultValue: 180,
        min: 0,
        label: {
          fr: 'Conservation des signatures après la fermeture (jours)',
          en: 'Signatures kept after closing (days)',
        },
      },
    ],
  }
}
