import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '@/access/publicContent'
import { summaryField, titleField } from '@/fields/content'
import { slugField } from '@/fields/slug'

import { revalidateNews } from './hooks/revalidateNews'

export const newsCategories = [
  { value: 'announcements', label: { fr: 'Annonces', en: 'Announcements' } },
  { value: 'council', label: { fr: 'Conseil municipal', en: 'City council' } },
  { value: 'environment', label: { fr: 'Environnement', en: 'Environment' } },
  { value: 'recreation', label: { fr: 'Loisirs et culture', en: 'Recreation and culture' } },
  { value: 'public-works', label: { fr: 'Travaux publics', en: 'Public works' } },
  { value: 'safety', label: { fr: 'Sécurité publique', en: 'Public safety' } },
]

/** Actualités: the communications team's news, drafted, reviewed and published (or scheduled). */
export const News: CollectionConfig = {
  slug: 'news',
  labels: {
    singular: { fr: 'Actualité', en: 'News item' },
    plural: { fr: 'Actualités', en: 'News' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status'],
    group: { fr: 'Contenu', en: 'Content' },
  },
  access: publicContentAccess,
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  defaultSort: '-publishedAt',
  hooks: { afterChange: [revalidateNews], afterDelete: [revalidateNews] },
  fields: [
    titleField(),
    summaryField({
      overrides: {
        admin: {
          description: {
            fr: 'Une ou deux phrases, affichées dans les listes et les fils RSS.',
            en: 'One or two sentences, shown in lists and RSS feeds.',
          },
        },
      },
    }),
    { name: 'body', type: 'richText', localized: true, label: { fr: 'Texte', en: 'Body' } },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: { fr: 'Image principale', en: 'Hero image' },
    },
    slugField(),
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      label: { fr: 'Date de publication', en: 'Publication date' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'categories',
      type: 'select',
      hasMany: true,
      options: newsCategories,
      label: { fr: 'Catégories', en: 'Categories' },
      admin: { position: 'sidebar' },
    },
  ],
}
