import type { Block } from 'payload'

/** Numbered steps inside a service's text ("1. Create your account 2. …"). */
export const StepsBlock: Block = {
  slug: 'steps',
  interfaceName: 'StepsBlock',
  labels: { singular: { fr: 'Étapes', en: 'Steps' }, plural: { fr: 'Étapes', en: 'Steps' } },
  fields: [
    {
      name: 'steps',
      type: 'array',
      required: true,
      minRows: 1,
      labels: { singular: { fr: 'Étape', en: 'Step' }, plural: { fr: 'Étapes', en: 'Steps' } },
      fields: [
        { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
        { name: 'text', type: 'textarea', label: { fr: 'Texte', en: 'Text' } },
      ],
    },
  ],
}
