import type { RelationshipField } from 'payload'

/** The city sectors a document is about; empty means the whole city. */
export const sectorsField = (overrides: Partial<RelationshipField> = {}): RelationshipField =>
  ({
    name: 'sectors',
    type: 'relationship',
    relationTo: 'sectors',
    hasMany: true,
    index: true,
    label: { fr: 'Secteurs visés', en: 'Sectors' },
    admin: {
      description: {
        fr: 'Laisser vide pour toute la ville.',
        en: 'Leave empty for the whole city.',
      },
    },
    ...overrides,
  }) as RelationshipField
