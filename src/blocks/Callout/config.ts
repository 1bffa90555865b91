import type { Block } from 'payload'

export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: {
    singular: { fr: 'Encadré', en: 'Callout' },
    plural: { fr: 'Encadrés', en: 'Callouts' },
  },
  fields: [
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: 'info',
      options: [
        { value: 'info', label: { fr: 'Information', en: 'Information' } },
        { value: 'warning', label: { fr: 'Avertissement', en: 'Warning' } },
        { value: 'success', label: { fr: 'Bonne nouvelle', en: 'Good news' } },
      ],
    },
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
    { name: 'text', type: 'textarea', required: true, label: { fr: 'Texte', en: 'Text' } },
  ],
}
