import type { Block } from 'payload'

import { surveysSlug } from '../defaults'

/** A survey placed inside a page's layout, answered inline (the app renders it with `MiniSurvey`). */
export const miniSurveyBlock: Block = {
  slug: 'miniSurvey',
  interfaceName: 'MiniSurveyBlock',
  labels: {
    singular: { fr: 'Mini-sondage', en: 'Mini-survey' },
    plural: { fr: 'Mini-sondages', en: 'Mini-surveys' },
  },
  fields: [
    {
      name: 'survey',
      type: 'relationship',
      relationTo: surveysSlug as 'users',
      required: true,
      label: { fr: 'Sondage', en: 'Survey' },
      admin: {
        description: {
          fr: 'Les résidents y répondent sans quitter la page.',
          en: 'Residents answer it without leaving the page.',
        },
      },
    },
  ],
}
