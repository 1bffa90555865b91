import type { CollectionConfig, Where } from 'payload'

import { isCitizen, isGreffe } from '../../access/roles'
import { petitionsSlug, signaturesSlug } from '../../defaults'
import type { ResolvedPetitionsOptions } from '../../types'

/**
 * One row per person and petition. Written only by the signing endpoint, in SQL (lib/sign.ts):
 * an INSERT on the unique (petition, signerKey) index — the key is the account and the member's
 * name, so household members at one address each sign once with their own name — and the
 * petition's counter moved in the same transaction. A withdrawn signature keeps its row (signing
 * again revives it), so the index needs no condition. Read by the greffe only; a resident reads
 * their own; never the public, never other residents.
 */
export const signaturesCollection = (
  options: ResolvedPetitionsOptions,
  existingSlugs: string[],
): CollectionConfig => {
  const hasCitizens = existingSlugs.includes(options.citizensCollection)
  return {
    slug: signaturesSlug,
    labels: {
      singular: { fr: 'Signature', en: 'Signature' },
      plural: { fr: 'Signatures', en: 'Signatures' },
    },
    admin: {
      group: { fr: 'Pétitions', en: 'Petitions' },
      defaultColumns: ['petition', 'memberName', 'sector', 'status', 'createdAt'],
      hidden: ({ user }) => !isGreffe(user as never, options),
    },
    access: {
      read: ({ req: { user } }): boolean | Where => {
        if (isGreffe(user, options)) return true
        if (user && isCitizen(user, options)) return { citizen: { equals: user.id } }
        return false
      },
      create: () => false,
      update: () => false,
      delete: () => false,
    },
    indexes: [{ fields: ['petition', 'signerKey'], unique: true }],
    fields: [
      {
        name: 'petition',
        type: 'relationship',
        relationTo: petitionsSlug as 'petitions',
        required: true,
        index: true,
        label: { fr: 'Pétition', en: 'Petition' },
      },
      {
        name: 'signerKey',
        type: 'text',
        required: true,
        label: { fr: 'Clé du signataire', en: 'Signer key' },
        admin: {
          readOnly: true,
          description: {
            fr: 'Le compte et le nom du membre du ménage : une seule signature par personne.',
            en: 'The account and the household member’s name: one signature per person.',
          },
        },
      },
      ...(hasCitizens
        ? [
            {
              name: 'citizen',
              type: 'relationship' as const,
              relationTo: options.citizensCollection as 'users',
              index: true,
              label: { fr: 'Compte', en: 'Account' },
            },
          ]
        : []),
      {
        name: 'memberName',
        type: 'text',
        required: true,
        maxLength: 120,
        label: { fr: 'Nom du signataire', en: 'Signer’s name' },
      },
      {
        name: 'address',
        type: 'relationship',
        relationTo: options.addressesCollection as 'addresses',
        label: { fr: 'Adresse civique', en: 'Civic address' },
      },
      {
        name: 'sector',
        type: 'relationship',
        relationTo: options.sectorsCollection as 'sectors',
        index: true,
        label: { fr: 'Secteur', en: 'Sector' },
      },
      {
        name: 'channel',
        type: 'select',
        required: true,
        defaultValue: 'online',
        options: [
          { value: 'online', label: { fr: 'En ligne', en: 'Online' } },
          { value: 'paper', label: { fr: 'Papier', en: 'Paper' } },
        ],
        label: { fr: 'Mode', en: 'Channel' },
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'valid',
        index: true,
        options: [
          { value: 'valid', label: { fr: 'Valide', en: 'Valid' } },
          { value: 'withdrawn', label: { fr: 'Retirée', en: 'Withdrawn' } },
          { value: 'invalidated', label: { fr: 'Invalidée', en: 'Invalidated' } },
        ],
        label: { fr: 'État', en: 'Status' },
      },
      {
        name: 'phase',
        type: 'select',
        required: true,
        defaultValue: 'signing',
        index: true,
        options: [
          { value: 'support', label: { fr: 'Appui au projet', en: 'Support for the draft' } },
          { value: 'signing', label: { fr: 'Signature', en: 'Signature' } },
        ],
        label: { fr: 'Étape', en: 'Phase' },
      },
      {
        name: 'email',
        type: 'email',
        label: { fr: 'Courriel', en: 'Email' },
        admin: {
          description: {
            fr: 'Celui du signataire sans compte (confirmé par lien) ou pour le résultat.',
            en: "A visitor's (confirmed by link), or for the outcome.",
          },
        },
      },
      {
        name: 'locale',
        type: 'select',
        defaultValue: 'fr',
        options: [
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'English' },
        ],
        label: { fr: 'Langue', en: 'Language' },
      },
      {
        name: 'emailDomain',
        type: 'text',
        index: true,
        label: { fr: 'Domaine du courriel', en: 'Email domain' },
        admin: { description: { fr: 'Pour repérer les rafales.', en: 'To spot bursts.' } },
      },
      {
        name: 'network',
        type: 'text',
        index: true,
        label: { fr: 'Réseau (IPv4 /24, IPv6 /48)', en: 'Network (IPv4 /24, IPv6 /48)' },
        admin: {
          description: {
            fr: "Jamais l'adresse IP entière : le réseau seulement, pour repérer les rafales.",
            en: 'Never the full IP address: its network only, to spot bursts.',
          },
        },
      },
      {
        name: 'invalidation',
        type: 'group',
        label: { fr: 'Invalidation', en: 'Invalidation' },
        fields: [
          { name: 'reason', type: 'text', label: { fr: 'Motif', en: 'Reason' } },
          { name: 'at', type: 'date', label: { fr: 'Date', en: 'Date' } },
        ],
      },
      {
        name: 'wantsOutcomeEmail',
        type: 'checkbox',
        defaultValue: false,
        label: { fr: 'Veut recevoir le résultat par courriel', en: 'Wants the outcome by email' },
      },
    ],
  }
}
