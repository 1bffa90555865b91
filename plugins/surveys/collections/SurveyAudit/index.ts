import type { CollectionConfig } from 'payload'

import { isSurveyAdmin } from '../../access/roles'
import { auditSlug } from '../../defaults'
import type { ResolvedSurveysOptions } from '../../types'

/**
 * Every deletion of survey answers: by an administrator by hand (one entry per operation, with
 * how many), with a deleted survey, or by a job (no user). Written by the plugin's hooks only, as
 * the system; read by administrators (`adminRoles`); nobody edits or deletes an entry through the
 * API. The survey is kept as its id and title, since it may be gone.
 */
export const auditCollection = (options: ResolvedSurveysOptions): CollectionConfig => ({
  slug: auditSlug,
  labels: {
    singular: { fr: 'Suppression de réponses', en: 'Answers deletion' },
    plural: { fr: 'Journal des suppressions (sondages)', en: 'Deletions log (surveys)' },
  },
  admin: {
    group: { fr: 'Participation', en: 'Participation' },
    useAsTitle: 'surveyTitle',
    defaultColumns: ['createdAt', 'action', 'surveyTitle', 'count', 'userName'],
    hidden: ({ user }) => !isSurveyAdmin(user as never, options),
  },
  access: {
    read: ({ req: { user } }) => isSurveyAdmin(user, options),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      options: [
        { value: 'responsesDeleted', label: { fr: 'Réponses supprimées', en: 'Answers deleted' } },
        {
          value: 'surveyDeleted',
          label: {
            fr: 'Sondage supprimé avec ses réponses',
            en: 'Survey deleted with its answers',
          },
        },
      ],
      label: { fr: 'Action', en: 'Action' },
    },
    {
      name: 'surveyId',
      type: 'number',
      required: true,
      index: true,
      label: { fr: 'Sondage (numéro)', en: 'Survey (id)' },
    },
    { name: 'surveyTitle', type: 'text', label: { fr: 'Sondage', en: 'Survey' } },
    {
      name: 'count',
      type: 'number',
      required: true,
      min: 0,
      label: { fr: 'Réponses supprimées', en: 'Answers deleted' },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: options.staffCollection as 'users',
      label: { fr: 'Par', en: 'By' },
      admin: { description: { fr: 'Vide : une tâche du système.', en: 'Empty: a system job.' } },
    },
    // The name at the time (the account may be renamed or deleted later).
    { name: 'userName', type: 'text', label: { fr: 'Nom', en: 'Name' } },
  ],
})
