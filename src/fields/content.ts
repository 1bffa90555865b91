import type { TextareaField, TextField } from 'payload'

/** The localized title every public content type has. */
export const titleField = ({ maxLength = 160 }: { maxLength?: number } = {}): TextField => ({
  name: 'title',
  type: 'text',
  required: true,
  localized: true,
  maxLength,
  label: { fr: 'Titre', en: 'Title' },
})

/** The one- or two-sentence summary shown in lists, feeds and search results. */
export const summaryField = ({
  isRequired = true,
  overrides = {},
}: { isRequired?: boolean; overrides?: Partial<TextareaField> } = {}): TextareaField =>
  ({
    name: 'summary',
    type: 'textarea',
    required: isRequired,
    localized: true,
    maxLength: 300,
    label: { fr: 'Résumé', en: 'Summary' },
    ...overrides,
  }) as TextareaField
