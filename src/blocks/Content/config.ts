import type { Block } from 'payload'

export const ContentBlock: Block = {
  slug: 'content',
  interfaceName: 'ContentBlock',
  labels: { singular: { fr: 'Texte', en: 'Text' }, plural: { fr: 'Textes', en: 'Texts' } },
  fields: [
    { name: 'richText', type: 'richText', required: true, label: { fr: 'Texte', en: 'Text' } },
  ],
}
