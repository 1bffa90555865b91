import type { Access, CollectionConfig, Where } from 'payload'

import { isSurveyManager } from '../../access/roles'
import { surveysSlug } from '../../defaults'
import type { ResolvedSurveysOptions } from '../../types'
import { questionBlocks } from './fields/questions'

export const surveyStatuses = ['draft', 'scheduled', 'open', 'closed'] as const
export type SurveyStatus = (typeof surveyStatuses)[number]

/**
 * The communications team and administrators (`managerRoles`) read and edit every survey; anyone
 * else — residents, visitors, and staff of other roles such as department agents, who have no use
 * for drafts — reads every survey but drafts. Deleting a survey that has answers is further held
 * to administrators by its beforeDelete hook (hooks/deleteResponses.ts), which audits it.
 */
export const surveysCollection = (
  options: ResolvedSurveysOptions,
  existingSlugs: string[],
): CollectionConfig => {
  const isManager: Access = ({ req: { user } }) => isSurveyManager(user, options)
  const read: Access = ({ req: { user } }): boolean | Where =>
    isSurveyManager(user, options) ? true : { status: { not_equals: 'draft' } }
  const linkable = options.linkableCollections.filter((slug) => existingSlugs.includes(slug))
  return {
    slug: surveysSlug,
    labels: {
      singular: { fr: 'Sondage', en: 'Survey' },
      plural: { fr: 'Sondages', en: 'Surveys' },
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'status', 'opensAt', 'closesAt', 'answerPolicy'],
      group: { fr: 'Participation', en: 'Participation' },
      hidden: ({ user }) => !isSurveyManager(user as never, options),
    },
    access: { read, create: isManager, update: isManager, delete: isManager },
    fields: [
      {
        name: 'title',
        type: 'text',
        localized: true,
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
            fr: 'Lettres minuscules, chiffres et tirets.',
            en: 'Lowercase letters, digits and hyphens.',
          },
        },
        validate: (value: unknown) =>
          typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
            ? true
            : 'Lettres minuscules, chiffres et tirets seulement / Lowercase letters, digits and hyphens only',
      },
      {
        name: 'intro',
        type: 'textarea',
        localized: true,
        maxLength: 1000,
        label: { fr: 'Introduction', en: 'Introduction' },
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'draft',
        index: true,
        options: [
          { value: 'draft', label: { fr: 'Brouillon', en: 'Draft' } },
          { value: 'scheduled', label: { fr: 'Planifié', en: 'Scheduled' } },
          { value: 'open', label: { fr: 'Ouvert', en: 'Open' } },
          { value: 'closed', label: { fr: 'Fermé', en: 'Closed' } },
        ],
        admin: {
          position: 'sidebar',
          description: {
            fr: 'Planifié ou ouvert : les résidents répondent entre l’ouverture et la fermeture. Fermé : clos tout de suite.',
            en: 'Scheduled or open: residents answer between the opening and closing times. Closed: closed at once.',
          },
        },
      },
      {
        name: 'opensAt',
        type: 'date',
        label: { fr: 'Ouverture', en: 'Opens' },
        admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'closesAt',
        type: 'date',
        label: { fr: 'Fermeture', en: 'Closes' },
        admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'audience',
        type: 'select',
        required: true,
        defaultValue: 'anyone',
        label: { fr: 'Qui peut répondre', en: 'Who may answer' },
        options: [
          { value: 'anyone', label: { fr: 'Tout le monde', en: 'Anyone' } },
          { value: 'residents', label: { fr: 'Résidents connectés', en: 'Signed-in residents' } },
          {
            value: 'sectors',
            label: { fr: 'Résidents de certains secteurs', en: 'Residents of some sectors' },
          },
        ],
      },
      {
        name: 'sectors',
        type: 'relationship',
        relationTo: options.sectorsCollection as 'sectors',
        hasMany: true,
        label: { fr: 'Secteurs', en: 'Sectors' },
        admin: { condition: (data) => data?.audience === 'sectors' },
        validate: (value: unknown, { siblingData }: { siblingData: { audience?: string } }) =>
          siblingData?.audience !== 'sectors' || (Array.isArray(value) && value.length > 0)
            ? true
            : 'Choisissez au moins un secteur / Choose at least one sector',
      },
      {
        name: 'answerPolicy',
        type: 'select',
        required: true,
        defaultValue: 'citizen',
        label: { fr: 'Réponses', en: 'Answers' },
        options: [
          {
            value: 'citizen',
            label: { fr: 'Une par résident vérifié', en: 'One per verified resident' },
          },
          {
            value: 'anonymous',
            label: {
              fr: 'Visiteurs anonymes (limites par navigateur et par adresse IP)',
              en: 'Anonymous visitors (per-browser and per-IP limits)',
            },
          },
        ],
        admin: {
          description: {
            fr: 'Anonyme : aucun compte requis; les résultats l’indiquent. Un par résident : le compte est requis, mais seule une empreinte chiffrée est gardée.',
            en: 'Anonymous: no account needed; the results say so. One per resident: an account is needed, but only a keyed hash is kept.',
          },
        },
      },
      {
        name: 'ipLimit',
        type: 'number',
        min: 1,
        max: 10000,
        label: { fr: 'Réponses par adresse IP', en: 'Answers per IP address' },
        admin: {
          condition: (data) => data?.answerPolicy === 'anonymous',
          placeholder: String(options.defaultIpLimit),
        },
      },
      {
        name: 'resultsVisibility',
        type: 'select',
        required: true,
        defaultValue: 'afterClose',
        label: { fr: 'Résultats publics', en: 'Public results' },
        options: [
          { value: 'live', label: { fr: 'En direct', en: 'Live' } },
          { value: 'afterClose', label: { fr: 'Après la fermeture', en: 'After closing' } },
          { value: 'staff', label: { fr: 'Personnel seulement', en: 'Staff only' } },
        ],
      },
      ...(linkable.length
        ? [
            {
              name: 'related',
              type: 'relationship' as const,
              relationTo: linkable as ['news'],
              label: { fr: 'Actualité ou page liée', en: 'Linked news item or page' },
            },
          ]
        : []),
      {
        name: 'questions',
        type: 'blocks',
        required: true,
        minRows: 1,
        maxRows: 40,
        label: { fr: 'Questions', en: 'Questions' },
        blocks: questionBlocks,
      },
    ],
  }
}
