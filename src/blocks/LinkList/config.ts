import type { Block } from 'payload'

export const LinkListBlock: Block = {
  slug: 'linkList',
  interfaceName: 'LinkListBlock',
  labels: {
    singular: { fr: 'Liste de liens', en: 'Link list' },
    plural: { fr: 'Listes de liens', en: 'Link lists' },
  },
  fields: [
    { name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' } },
    {
      name: 'links',
      type: 'array',
      required: true,
      minRows: 1,
      fields: [
        { name: 'label', type: 'text', required: true, label: { fr: 'Libellé', en: 'Label' } },
        {
          name: 'url',
          type: 'text',
          required: true,
          label: { fr: 'Adresse', en: 'URL' },
          validate: (value: unknown) =>
            typeof value === 'string' &&
            (/^\/[^/]/.test(value) || /^https?:\/\//.test(value) || /^mailto:|^tel:/.test(value))
              ? true
              : 'Adresse attendue : /chemin, https://…, mailto: ou tel:. / Expected: /path, https://…, mailto: or tel:.',
        },
      ],
    },
  ],
}
