import type { Field } from 'payload'

/** A local date 'YYYY-MM-DD' as text: the calendar engine's and the core's shape (no time zone to drift). */
export const localDateField = (
  name: string,
  label: { fr: string; en: string },
  extra: Partial<{ required: boolean }> = {},
): Field => ({
  name,
  type: 'text',
  label,
  required: extra.required ?? false,
  admin: { placeholder: 'AAAA-MM-JJ' },
  validate: (value: unknown) =>
    value == null || value === ''
      ? extra.required
        ? 'Requis / Required'
        : true
      : /^\d{4}-\d{2}-\d{2}$/.test(String(value)) && !Number.isNaN(Date.parse(String(value)))
        ? true
        : 'Date AAAA-MM-JJ / Date YYYY-MM-DD',
})

const cents = (value: unknown) =>
  value == null || (Number.isInteger(value) && (value as number) >= 0)
    ? true
    : 'Montant en cents, entier ≥ 0 / Amount in cents, whole number ≥ 0'

/** A tariff in the core's shape (lib/pricing.ts `Tariff`). */
export const tariffField = (name: string, label: { fr: string; en: string }): Field => ({
  name,
  type: 'group',
  label,
  fields: [
    {
      name: 'per',
      type: 'select',
      required: true,
      defaultValue: 'session',
      options: [
        { value: 'session', label: { fr: 'Pour la session', en: 'Per session' } },
        { value: 'week', label: { fr: 'Par semaine', en: 'Per week' } },
      ],
      label: { fr: 'Tarif', en: 'Rate' },
    },
    {
      name: 'cents',
      type: 'number',
      required: true,
      defaultValue: 0,
      validate: cents,
      label: { fr: 'Montant (cents)', en: 'Amount (cents)' },
    },
    {
      name: 'seasonCapCents',
      type: 'number',
      validate: cents,
      label: { fr: 'Plafond de la saison (cents)', en: 'Season cap (cents)' },
      admin: { condition: (_data, sibling) => sibling?.per === 'week' },
    },
  ],
})
