import type { CollectionBeforeChangeHook } from 'payload'
import { relationId } from '../../../../kit/ids'

/** The citizen's sector always follows their civic address (the registry knows each address's sector). */
export const assignSectorFromAddress =
  (addressesCollection: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    if (!('address' in data)) return data
    const raw = data.address
    const id = raw && typeof raw === 'object' ? (raw as { id: number }).id : raw
    if (!id) return { ...data, address: null, sector: null }
    if (
      originalDoc &&
      id ===
        (typeof originalDoc.address === 'object' ? originalDoc.address?.id : originalDoc.address) &&
      originalDoc.sector
    ) {
      return data
    }
    const address = await req.payload.findByID({
      collection: addressesCollection as 'addresses',
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    const sector = address ? (address as { sector?: number | { id: number } | null }).sector : null
    return { ...data, sector: relationId(sector) }
  }
