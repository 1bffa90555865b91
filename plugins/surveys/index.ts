import type { Config, Plugin } from 'payload'

import { auditCollection } from './collections/SurveyAudit'
import { responsesCollection } from './collections/SurveyResponses'
import { surveysCollection } from './collections/Surveys'
import { customKey, resolveOptions } from './defaults'
import { answerEndpoint } from './endpoints/answer'
import {
  closeEndpoint,
  duplicateEndpoint,
  exportEndpoint,
  resultsEndpoint,
} from './endpoints/staff'
import { deleteResponses } from './collections/Surveys/hooks/deleteResponses'
import { revalidateSurveys } from './collections/Surveys/hooks/revalidateSurveys'
import { miniSurveyBlock } from './blocks/miniSurvey'
import type { SurveysOptions } from './types'

export type { SurveyCitizen, SurveysOptions } from './types'

/** The admin's label of the "Results" tab, in the admin's language (Payload's custom translations). */
const withTabLabels = (i18n: Config['i18n']): Config['i18n'] => {
  const translations = (i18n?.translations ?? {}) as Record<string, Record<string, unknown>>
  const labels = { fr: 'Résultats', en: 'Results' }
  return {
    ...i18n,
    translations: {
      ...translations,
      ...Object.fromEntries(
        Object.entries(labels).map(([lang, label]) => [
          lang,
          { ...translations[lang], surveys: { resultsTab: label } },
        ]),
      ),
    },
  }
}

/**
 * Mini-surveys: short municipal polls residents answer in a minute. A `surveys` collection (typed
 * questions, opening times, audience, answer policy, results visibility), a `survey-responses`
 * collection with one row per respondent enforced by a unique index on a keyed hash, a form
 * endpoint that works without JavaScript, results counted in SQL, and staff export, duplicate and
 * close-early endpoints. The public pages are server components in `frontend/`.
 */
export const surveysPlugin =
  (incoming: SurveysOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(incoming)
    // The mini-survey block joins the named blocks fields (kept when disabled: it is schema).
    const withBlock = (config.collections ?? []).map((collection) => {
      const targets = options.miniSurveyBlockIn
        .filter((t) => t.collection === collection.slug)
        .map((t) => t.field)
      if (targets.length === 0) return collection
      return {
        ...collection,
        fields: collection.fields.map((field) =>
          field.type === 'blocks' && targets.includes(field.name)
            ? { ...field, blocks: [...field.blocks, miniSurveyBlock] }
            : field,
        ),
      }
    })
    config = { ...config, collections: withBlock }
    const existing = (config.collections ?? []).map((c) => c.slug)
    const surveys = surveysCollection(options, existing)
    const responses = responsesCollection(options)
    const audit = auditCollection(options)
    // Disabled: the collections stay (so migrations stay stable), nothing else is added.
    if (!options.enabled)
      return { ...config, collections: [...(config.collections ?? []), surveys, responses, audit] }
    return {
      ...config,
      collections: [
        ...(config.collections ?? []),
        {
          ...surveys,
          admin: {
            ...surveys.admin,
            // Staff see the results in a "Results" tab of the survey, rendered on the server.
            components: {
              ...surveys.admin?.components,
              views: {
                edit: {
                  results: {
                    Component: '/plugins/surveys/components/ResultsView#ResultsView',
                    path: '/results',
                    tab: {
                      label: ({ t }) => t('surveys:resultsTab'),
                      href: '/results',
                      order: 150,
                    },
                  },
                },
              },
            },
          },
          hooks: {
            ...surveys.hooks,
            beforeDelete: [deleteResponses(options)],
            afterChange: [revalidateSurveys],
            afterDelete: [revalidateSurveys],
          },
          endpoints: [
            answerEndpoint(options),
            resultsEndpoint(options),
            exportEndpoint(options),
            closeEndpoint(options),
            duplicateEndpoint(options),
          ],
        },
        responses,
        audit,
      ],
      custom: { ...config.custom, [customKey]: options },
      i18n: withTabLabels(config.i18n),
    }
  }

// What the host app wires into other plugins (plugins/index.ts): the "Mon dossier" block and the
// resident's answers for Law 25's export and anonymisation.
export { surveysDashboardSection, surveysPersonalData } from './frontend/extensions'
