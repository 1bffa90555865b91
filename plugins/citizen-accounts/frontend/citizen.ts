import type { Payload } from 'payload'

import { asLocale } from '../i18n/translate'
import { authenticateCitizen, type CitizenUser, trustedHeaders } from '../lib/endpointKit'
import type { CitizenSummary, ResolvedOptions } from '../types'
import { customKey } from '../lib/customKey'

/** The plugin's resolved options, left by the plugin in config.custom. */
export const accountOptions = (payload: Payload): ResolvedOptions => {
  const options = (payload.config.custom as Record<string, unknown> | undefined)?.[customKey]
  if (!options) throw new Error('citizenAccountsPlugin is not installed in this Payload config')
  return options as ResolvedOptions
}

/**
 * The signed-in citizen behind a page request, or null. Rendering one's own page on a top-level
 * navigation changes nothing, so the origin is not required here (forms check it themselves).
 */
export const getSignedInCitizen = async (payload: Payload, headers: Headers): Promise<CitizenUser | null> =>
  authenticateCitizen(payload, trustedHeaders(headers), accountOptions(payload).slug)

/** What the pages show of a citizen: read back as the citizen (overrideAccess: false). */
export const getCitizenSummary = async (payload: Payload, citizen: CitizenUser): Promise<CitizenSummary> => {
  const options = accountOptions(payload)
  const doc = (await payload.findByID({
    collection: options.slug as 'citizens',
    id: citizen.id,
    depth: 1,
    user: citizen,
    overrideAccess: false,
  })) as unknown as {
    id: number
    email: string
    name: string
    phone?: string | null
    preferredLanguage?: string | null
    address?: number | { id: number; label?: string | null } | null
    sector?: number | { id: number } | null
    household?: { id?: string | null; firstName: string; relationship: string }[] | null
  }
  const address = doc.address && typeof doc.address === 'object' ? doc.address : null
  return {
    id: doc.id,
    email: doc.email,
    name: doc.name,
    phone: doc.phone ?? null,
    preferredLanguage: asLocale(doc.preferredLanguage),
    addressId: address?.id ?? (typeof doc.address === 'number' ? doc.address : null),
    addressLabel: address?.label ?? null,
    sectorId: doc.sector && typeof doc.sector === 'object' ? doc.sector.id : (doc.sector ?? null),
    household: (doc.household ?? []).map((m) => ({ id: m.id ?? null, firstName: m.firstName, relationship: m.relationship })),
  }
}
