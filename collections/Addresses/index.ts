import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'

import { importCsvEndpoint } from './endpoints/importCsv'
import { assignSector } from './hooks/assignSector'
import { deriveKeyAndLabel } from './hooks/deriveKeyAndLabel'

/**
 * The civic address registry (the layout of Adresses Québec open data). Residents pick their address
 * from it; the Place engine turns it into a sector.
 */
export const Addresses: CollectionConfig = {
  slug: 'addresses',
  labels: {
    singular: { fr: 'Adresse civique', en: 'Civic address' },
    plural: { fr: 'Adresses civiques', en: 'Civic addresses' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'postalCode', 'sector'],
    listSearchableFields: ['label', 'street', 'postalCode'],
    group: { fr: 'Ville', en: 'City' },
    components: {
      beforeListTable: ['/collections/Addresses/components/ImportAddresses#ImportAddresses'],
    },
  },
  endpoints: [importCsvEndpoint],
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeValidate: [deriveKeyAndLabel], beforeChange: [assignSector] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'number',
          required: true,
          min: 1,
          max: 999999,
          label: { fr: 'Numéro', en: 'Number' },
        },
        { name: 'suffix', type: 'text', maxLength: 10, label: { fr: 'Suffixe', en: 'Suffix' } },
        {
          name: 'street',
          type: 'text',
          required: true,
          maxLength: 120,
          label: { fr: 'Rue', en: 'Street' },
        },
      ],
    },
    {
      name: 'postalCode',
      type: 'text',
      required: true,
      label: { fr: 'Code postal', en: 'Postal code' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[A-Z]\d[A-Z] \d[A-Z]\d$/.test(value)
          ? true
          : 'Code postal canadien attendu (ex. J0A 1B0). / Canadian postal code expected (e.g. J0A 1B0).',
    },
    {
      type: 'row',
      fields: [
        { name: 'lat', type: 'number', required: true, min: -90, max: 90, label: 'Latitude' },
        { name: 'lng', type: 'number', required: true, min: -180, max: 180, label: 'Longitude' },
      ],
    },
    {
      name: 'sector',
      type: 'relationship',
      relationTo: 'sectors',
      index: true,
      label: { fr: 'Secteur', en: 'Sector' },
      admin: {
        readOnly: true,
        description: {
          fr: 'Calculé à partir des coordonnées.',
          en: 'Derived from the coordinates.',
        },
      },
    },
    {
      name: 'label',
      type: 'text',
      index: true,
      admin: { readOnly: true },
      label: { fr: 'Adresse', en: 'Address' },
    },
    {
      name: 'civicKey',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
    },
  ],
}
