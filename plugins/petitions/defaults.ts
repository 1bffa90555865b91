import { findRegistryAddresses } from './lib/addresses'
import { citizenFromSession } from './lib/identify'
import type { PetitionsOptions, ResolvedPetitionsOptions, ResolvedRateLimits } from './types'

const defaultRateLimits: ResolvedRateLimits = {
  signedIn: {
    perNetwork: { points: 30, seconds: 600 },
    perEmailDomain: { points: 1000, seconds: 3600 },
  },
  visitor: {
    perNetwork: { points: 30, seconds: 600 },
    perEmailDomain: { points: 200, seconds: 3600 },
  },
  exemptLoopback: true,
  exemptEmailDomains: [],
}

export const defaults = {
  enabled: true,
  staffCollection: 'users',
  greffeRoles: ['admin'],
  citizensCollection: 'citizens',
  addressesCollection: 'addresses',
  sectorsCollection: 'sectors',
  identifyCitizen: ({ payload, headers }) =>
    citizenFromSession({ payload, headers, collection: 'citizens' }),
  basePath: { fr: 'petitions', en: 'petitions' },
  moderationDays: 14,
  greffeEmails: [],
  getClientIp: (headers: Headers) => headers.get('x-real-ip'),
  findAddresses: ({ payload, query }) =>
    findRegistryAddresses({ payload, collection: 'addresses', query }),
  rateLimits: defaultRateLimits,
} satisfies ResolvedPetitionsOptions

export const resolveOptions = (options: PetitionsOptions = {}): ResolvedPetitionsOptions => {
  const collection = options.citizensCollection ?? defaults.citizensCollection
  const addresses = options.addressesCollection ?? defaults.addressesCollection
  const limits = options.rateLimits ?? {}
  return {
    ...defaults,
    identifyCitizen: ({ payload, headers }) => citizenFromSession({ payload, headers, collection }),
    findAddresses: ({ payload, query }) =>
      findRegistryAddresses({ payload, collection: addresses, query }),
    ...options,
    citizensCollection: collection,
    rateLimits: {
      signedIn: { ...defaultRateLimits.signedIn, ...limits.signedIn },
      visitor: { ...defaultRateLimits.visitor, ...limits.visitor },
      exemptLoopback: limits.exemptLoopback ?? defaultRateLimits.exemptLoopback,
      exemptEmailDomains: (limits.exemptEmailDomains ?? []).map((d) => d.toLowerCase()),
    },
  }
}

/** Where the plugin leaves its resolved options for its endpoints and frontend (config.custom). */
export const customKey = 'petitions'

export const typesSlug: string = 'petition-types'
export const petitionsSlug: string = 'petitions'
export const signaturesSlug: string = 'petition-signatures'
export const eventsSlug: string = 'petition-events'
/** The greffe's actions on signatures (paper entry, bulk invalidation): who, when, how many. */
export const auditSlug: string = 'petition-audit'

/** Tables as Payload's Postgres adapter names them (`petition-signatures` → `petition_signatures`). */
export const petitionsTable = 'petitions'
export const signaturesTable = 'petition_signatures'
export const eventsTable = 'petition_events'
export const auditTable = 'petition_audit'
/** The plugin's own Postgres schema (migrations.ts): the signature counters. */
export const ownSchema = 'petitions_counts'
export const countersTable = 'counters'
/** The delivery log of the outcome and threshold emails (migrations.ts, lib/deliveries.ts). */
export const deliveriesTable = 'deliveries'
/** Visitors' signatures waiting for their email link, and the signing rate limits (same schema). */
export const pendingTable = 'pending_signatures'
export const rateLimitTable = 'rate_limits'
