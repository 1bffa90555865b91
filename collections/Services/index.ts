import { createBreadcrumbsField, createParentField } from '@payloadcms/plugin-nested-docs'
import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '@/access/publicContent'
import { StepsBlock } from '@/blocks/Steps/config'
import { summaryField, titleField } from '@/fields/content'
import { slugField } from '@/fields/slug'

import { revalidateServices } from './hooks/revalidateServices'

/**
 * The services catalogue and 311 knowledge base: a tree (parent + breadcrumbs from the nested-docs
 * plugin), each service owned by a department, with steps, FAQ, documents, hours and contacts.
 */
export const Services: CollectionConfig = {
  slug: 'services',
  labels: {
    singular: { fr: 'Service', en: 'Service' },
    plural: { fr: 'Services aux citoyens', en: 'Citizen services' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'department', '_status'],
    group: { fr: 'Contenu', en: 'Content' },
  },
  access: publicContentAccess,
  versions: { drafts: true, maxPerDoc: 25 },
  defaultSort: 'title',
  hooks: { afterChange: [revalidateServices], afterDelete: [revalidateServices] },
  fields: [
    titleField({ maxLength: 120 }),
    summaryField(),
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: { fr: 'Contenu', en: 'Content' },
      editor: lexicalEditor({
        features: ({ defaultFeatures }) => [
          ...defaultFeatures,
          BlocksFeature({ blocks: [StepsBlock] }),
        ],
      }),
    },
    {
      name: 'faq',
      type: 'array',
      localized: true,
      label: { fr: 'Questions fréquentes', en: 'Frequently asked questions' },
      fields: [
        {
          name: 'question',
          type: 'text',
          required: true,
          label: { fr: 'Question', en: 'Question' },
        },
        {
          name: 'answer',
          type: 'textarea',
          required: true,
          label: { fr: 'Réponse', en: 'Answer' },
        },
      ],
    },
    {
      name: 'documents',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { fr: 'Documents', en: 'Documents' },
    },
    {
      name: 'hours',
      type: 'textarea',
      localized: true,
      label: { fr: 'Heures d’ouverture', en: 'Opening hours' },
    },
    {
      name: 'contact',
      type: 'group',
      label: { fr: 'Pour nous joindre', en: 'Contact' },
      fields: [
        { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
        { name: 'email', type: 'email', label: { fr: 'Courriel', en: 'Email' } },
        {
          name: 'place',
          type: 'text',
          localized: true,
          label: { fr: 'Comptoir', en: 'Service counter' },
        },
      ],
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      index: true,
      label: { fr: 'Service responsable', en: 'Department' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'keywords',
      type: 'text',
      localized: true,
      label: { fr: 'Mots-clés', en: 'Keywords' },
      admin: {
        position: 'sidebar',
        description: {
          fr: 'Séparés par des virgules; aident la recherche.',
          en: 'Comma-separated; help search.',
        },
      },
    },
    {
      // The online step a service describes, tied to the tool that does it: the page shows "Faire la
      // demande", which opens the 311 form with this type chosen (never a typed URL that can drift).
      name: 'requestType',
      type: 'relationship',
      relationTo: 'request-types',
      label: { fr: 'Demande en ligne (type de requête)', en: 'Online request (request type)' },
      admin: {
        position: 'sidebar',
        description: {
          fr: 'Affiche « Faire la demande » sur la page, vers le formulaire de requête avec ce type.',
          en: 'Shows “Make the request” on the page, opening the request form with this type.',
        },
      },
    },
    {
      name: 'isFeatured',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'En vedette sur l’accueil', en: 'Featured on the home page' },
      admin: { position: 'sidebar' },
    },
    slugField(),
    createParentField('services', {
      admin: { position: 'sidebar' },
      label: { fr: 'Service parent', en: 'Parent service' },
    }),
    // Localized: each language has its own chain of slugs ("/fr/services/permis/…").
    createBreadcrumbsField('services', {
      localized: true,
      label: { fr: 'Fil d’Ariane', en: 'Breadcrumbs' },
    }),
  ],
}
