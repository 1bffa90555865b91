import type { CollectionConfig } from 'payload'

import { isEditor } from '@/access/isEditor'
import { isEditorOrPublished } from '@/access/isEditorOrPublished'
import { CalloutBlock } from '@/blocks/Callout/config'
import { ContentBlock } from '@/blocks/Content/config'
import { LinkListBlock } from '@/blocks/LinkList/config'
import { slugField } from '@/fields/slug'

import { revalidatePages } from './hooks/revalidatePages'

/** Free-form pages (about the city, council, accessibility statement…) built from layout blocks. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { fr: 'Page', en: 'Page' }, plural: { fr: 'Pages', en: 'Pages' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status'], group: { fr: 'Contenu', en: 'Content' } },
  access: { read: isEditorOrPublished, create: isEditor, update: isEditor, delete: isEditor, readVersions: isEditor },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 25 },
  hooks: { afterChange: [revalidatePages], afterDelete: [revalidatePages] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 120, label: { fr: 'Titre', en: 'Title' } },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300, label: { fr: 'Résumé', en: 'Summary' } },
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
