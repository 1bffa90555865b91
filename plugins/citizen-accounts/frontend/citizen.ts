import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { asLocale } from '../i18n/translate'
import { authenticateCitizen, type CitizenUser, trustedHeaders } from '../lib/endpointKit'
import type { CitizenSummary, ResolvedOptions } from '../types'
import { optionsReader } from '../../kit/options'
import { customKey } from '../lib/customKey'
import { relationId } from '../../kit/ids'

/** The plugin's resolved options, left by the plugin in config.custom (plugins/kit/options.ts). */
export const accountOptions: (payload: Payload) => ResolvedOptions = optionsReader<ResolvedOptions>(
  customKey,
  'citizenAccountsPlugin',
).required

/**
 * The signed-in citizen behind a page request, or null. Rendering one's own page on a top-level
 * navigation changes nothing, so the origin is not required here (forms check it themselves).
 */
export const getSignedInCitizen = async (
  payload: Payload,
  headers: Headers,
): Promise<CitizenUser | null> =>
  authenticateCitizen(payload, trustedHeaders(headers), accountOptions(payload).slug)

type CitizenDoc = {
  id: number
  email: string
  name: string
  phone?: string | null
  preferredLanguage?: string | null
  address?: number | { id: number; label?: string | null } | null
  sector?: number | { id: number } | null
  household?: { id?: string | null; firstName: string; relationship: string }[] | null
}

/**
 * An address's label, cached per address for an hour: the civic registry changes by import, a
 * few times a year, and the label is the same for every resident at that address.
 */
const addressLabel = (payload: Payload, collection: string, id: number): Promise<string | null> =>
  unstable_cache(
    async () => {
      const doc = await payload.findByID({
        collection: collection as 'citizens',
        id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        select: { label: true } as never,
      })
      return ((doc as unknown as { label?: string | null } | null)?.label ?? null) as string | null
    },
    ['citizen-accounts:address-label', collection, String(id)],
    { revalidate: 3600 },
  )()

/**
 * What the pages show of a citizen. Built from the record the session check already read (the
 * citizen's own, as Payload's auth returns it): no second read of the same row; the address label
 * comes from a per-address cache. Only a record without its fields (a caller that passes a bare
 * user) is read back as the citizen (overrideAccess: false).
 */
export const getCitizenSummary = async (
  payload: Payload,
  citizen: CitizenUser,
): Promise<CitizenSummary> => {
  const options = accountOptions(payload)
  const doc: CitizenDoc =
    typeof (citizen as { name?: unknown }).name === 'string'
      ? (citizen as unknown as CitizenDoc)
      : ((await payload.findByID({
          collection: options.slug as 'citizens',
          id: citizen.id,
          depth: 0,
          user: citizen,
          overrideAccess: false,
        })) as unknown as CitizenDoc)
  const addressId = relationId(doc.address)
  const label =
    doc.address && typeof doc.address === 'object'
      ? (doc.address.label ?? null)
      : addressId
        ? await addressLabel(payload, options.addressesCollection, addressId)
        : null
  return {
    id: doc.id,
    email: doc.email,
    name: doc.name,
    phone: doc.phone ?? null,
    preferredLanguage: asLocale(doc.preferredLanguage),
    addressId,
    addressLabel: label,
    sectorId: relationId(doc.sector),
    household: (doc.household ?? []).map((m) => ({
      id: m.id ?? null,
      firstName: m.firstName,
      relationship: m.relationship,
    })),
  }
}
