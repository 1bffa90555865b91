import type { CollectionConfig } from 'payload'

import { isSurveyAdmin, isSurveyManager } from '../../access/roles'
import { responsesSlug, surveysSlug } from '../../defaults'
import { auditResponseDeletion } from './hooks/auditResponseDeletion'
import type { ResolvedSurveysOptions } from '../../types'

/**
 * One row per respondent and survey. Who answered is a keyed hash (HMAC, key derived from the
 * Payload secret) of the citizen id, or of a browser cookie for anonymous surveys: the unique index
 * on (survey, respondentKey) makes "one answer each" a database guarantee, yet staff reading the
 * answers cannot tell who gave them. Written only by the answer endpoint (an SQL upsert). Read by
 * the communications team and administrators (`managerRoles`); deleted by hand by administrators
 * only (`adminRoles`), every deletion written to the audit (`survey-audit`), jobs' included.
 */
export const responsesCollection = (options: ResolvedSurveysOptions): CollectionConfig => ({
  slug: responsesSlug,
  labels: {
    singular: { fr: 'Réponse à un sondage', en: 'Survey response' },
    plural: { fr: 'Réponses aux sondages', en: 'Survey responses' },
  },
  admin: {
    group: { fr: 'Participation', en: 'Participation' },
    defaultColumns: ['survey', 'mode', 'updatedAt'],
    hidden: ({ user }) => !isSurveyManager(user as never, options),
  },
  access: {
    read: ({ req: { user } }) => isSurveyManager(user, options),
    create: () => false,
    update: () => false,
    delete: ({ req: { user } }) => isSurveyAdmin(user, options),
  },
  hooks: options.enabled ? { afterDelete: [auditResponseDeletion(options)] } : {},
  indexes: [{ fields: ['survey', 'respondentKey'], unique: true }],
  fields: [
    {
      name: 'survey',
      type: 'relationship',
      relationTo: surveysSlug as 'surveys',
      required: true,
      index: true,
      label: { fr: 'Sondage', en: 'Survey' },
    },
    {
      name: 'respondentKey',
      type: 'text',
      required: true,
      label: { fr: 'Clé du répondant (empreinte)', en: 'Respondent key (hash)' },
      admin: { readOnly: true },
    },
    {
      name: 'mode',
      type: 'select',
      required: true,
      options: [
        { value: 'citizen', label: { fr: 'Résident vérifié', en: 'Verified resident' } },
        { value: 'anonymous', label: { fr: 'Anonyme', en: 'Anonymous' } },
      ],
    },
    {
      name: 'ipKey',
      type: 'text',
      index: true,
      admin: {
        readOnly: true,
        description: {
          fr: 'Empreinte de l’adresse IP (sondages anonymes).',
          en: 'Hash of the IP address (anonymous surveys).',
        },
      },
    },
    {
      name: 'sector',
      type: 'relationship',
      relationTo: options.sectorsCollection as 'sectors',
      label: { fr: 'Secteur', en: 'Sector' },
    },
    // Read on the server as a list, never in Payload's code editor (it loads Monaco from a CDN).
    {
      name: 'answers',
      type: 'json',
      required: true,
      label: { fr: 'Réponses', en: 'Answers' },
      admin: {
        readOnly: true,
        components: { Field: '/plugins/kit/components/ReadOnlyData#ReadOnlyData' },
      },
    },
  ],
})
