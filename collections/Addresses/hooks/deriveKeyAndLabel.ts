import type { CollectionBeforeValidateHook } from 'payload'

import { addressKey, addressLabel } from '@engines/place'

/** The display label and the unique key (which refuses a second copy of one address) follow the parts. */
export const deriveKeyAndLabel: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data }
  if (merged.number == null || !merged.street) return data
  const parts = {
    number: Number(merged.number),
    suffix: merged.suffix ?? null,
    street: String(merged.street),
    postalCode: String(merged.postalCode ?? ''),
  }
  return { ...data, label: addressLabel(parts), civicKey: addressKey(parts) }
}
