import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isEditor } from '@/access/isEditor'

import { revalidateSiteSettings } from './hooks/revalidateSiteSettings'

/** The city's identity and the one switch Quebec law cares about: whether the site publishes in English. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { fr: 'Paramètres du site', en: 'Site settings' },
  admin: { group: { fr: 'Administration', en: 'Administration' } },
  access: { read: anyone, update: isEditor },
  hooks: { afterChange: [revalidateSiteSettings] },
  fields: [
    {
      name: 'cityName',
      type: 'text',
      required: true,
      localized: true,
      label: { fr: 'Nom de la ville', en: 'City name' },
    },
    { name: 'tagline', type: 'text', localized: true, label: { fr: 'Slogan', en: 'Tagline' } },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { fr: 'Logo', en: 'Logo' } },
    {
      name: 'englishEnabled',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Publier aussi en anglais', en: 'Also publish in English' },
      admin: {
        description: {
          fr: 'Selon la Charte de la langue française, une municipalité sans statut bilingue publie en français seulement; les avis de santé et de sécurité peuvent toujours paraître en anglais.',
          en: 'Under the Charter of the French Language, a municipality without bilingual status publishes in French only; health and safety notices may always appear in English.',
        },
      },
    },
    {
      name: 'contact',
      type: 'group',
      label: { fr: 'Coordonnées', en: 'Contact' },
      fields: [
        { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
        { name: 'email', type: 'email', label: { fr: 'Courriel', en: 'Email' } },
        {
          name: 'address',
          type: 'textarea',
          label: { fr: 'Adresse de l’hôtel de ville', en: 'City hall address' },
        },
        {
          name: 'hours',
          type: 'textarea',
          localized: true,
          label: { fr: 'Heures d’ouverture', en: 'Opening hours' },
        },
      ],
    },
  ],
}
