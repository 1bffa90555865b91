import type { FieldHook, TextField } from 'payload'

import { slugify } from '@/utilities/slugify'

const fillFromTitle =
  (sourceField: string): FieldHook =>
  ({ value, siblingData, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = siblingData?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/**
 * The part of a URL after the section ("/fr/actualites/<slug>"). Localized, so French URLs are in
 * French; filled from the title when left empty; unique per language.
 */
export const slugField = ({
  sourceField = 'title',
  overrides = {},
}: { sourceField?: string; overrides?: Partial<TextField> } = {}): TextField =>
  ({
    name: 'slug',
    type: 'text',
    localized: true,
    index: true,
    unique: true,
    label: { fr: 'Segment d’adresse (slug)', en: 'URL slug' },
    admin: {
      position: 'sidebar',
      description: {
        fr: 'Rempli à partir du titre si laissé vide. Lettres minuscules, chiffres et tirets.',
        en: 'Filled from the title when empty. Lowercase letters, digits and dashes.',
      },
    },
    hooks: { beforeValidate: [fillFromTitle(sourceField)] },
    validate: (value: unknown) =>
      value == null ||
      value === '' ||
      (typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value))
        ? true
        : 'Lettres minuscules, chiffres et tirets seulement. / Lowercase letters, digits and dashes only.',
    ...overrides,
  }) as TextField
