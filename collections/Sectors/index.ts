import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { boundaryProblem } from '@engines/place'

import { revalidateSectors } from './hooks/revalidateSectors'

/** City sectors (districts): the unit for notice targeting, collection schedules and request routing. */
export const Sectors: CollectionConfig = {
  slug: 'sectors',
  labels: { singular: { fr: 'Secteur', en: 'Sector' }, plural: { fr: 'Secteurs', en: 'Sectors' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code'],
    group: { fr: 'Ville', en: 'City' },
  },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { afterChange: [revalidateSectors], afterDelete: [revalidateSectors] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { fr: 'Nom', en: 'Name' },
    },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Code', en: 'Code' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9-]{2,40}$/.test(value)
          ? true
          : 'Lettres minuscules, chiffres et tirets seulement. / Lowercase letters, digits and dashes only.',
    },
    {
      name: 'boundary',
      type: 'json',
      required: true,
      label: { fr: 'Limites (GeoJSON)', en: 'Boundary (GeoJSON)' },
      admin: {
        // A text area, not Payload's code editor: that one loads Monaco from a CDN.
        components: { Field: '/plugins/kit/components/JsonTextarea#JsonTextarea' },
        description: {
          fr: 'Polygon ou MultiPolygon GeoJSON, coordonnées [longitude, latitude].',
          en: 'GeoJSON Polygon or MultiPolygon, coordinates as [longitude, latitude].',
        },
      },
      validate: (value: unknown) => {
        const problem = boundaryProblem(value)
        return problem ? `GeoJSON invalide : ${problem}. / Invalid GeoJSON: ${problem}.` : true
      },
    },
  ],
}
