import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '@/access/publicContent'
import { CalloutBlock } from '@/blocks/Callout/config'
import { ContentBlock } from '@/blocks/Content/config'
import { LinkListBlock } from '@/blocks/LinkList/config'
import { summaryField, titleField } from '@/fields/content'
import { slugField } from '@/fields/slug'

import { revalidatePages } from './hooks/revalidatePages'

/** Free-form pages (about the city, council, accessibility statement…) built from layout blocks. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { fr: 'Page', en: 'Page' }, plural: { fr: 'Pages', en: 'Pages' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status'],
    group: { fr: 'Contenu', en: 'Content' },
  },
  access: publicContentAccess,
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 25 },
  hooks: { afterChange: [revalidatePages], afterDelete: [revalidatePages] },
  fields: [
    titleField({ maxLength: 120 }),
    summaryField({ isRequired: false }),
    {
      name: 'layout',
      type: 'blocks',
      localized: true,
      required: true,
      minRows: 1,
      label: { fr: 'Contenu', en: 'Content' },
      blocks: [ContentBlock, CalloutBlock, LinkListBlock],
    },
    slugField(),
  ],
}
