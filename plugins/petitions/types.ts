import type { Payload } from 'payload'

export type PetitionLocale = 'fr' | 'en'

/** Who signs: what the plugin reads of a signed-in resident (never stored beyond the signature). */
export type PetitionCitizen = {
  id: number
  /** Session id, binds the form's CSRF token to this session. */
  sid?: string | null
  /** The name the resident signs with by default. */
  name: string
  /** The civic address on the account (the registry's id), or null when none is given. */
  addressId: number | null
  /** First names of the household members living at the same address (they sign with their own name). */
  household: string[]
  /** The account's email: only its domain is kept on a signature (rate limits, burst views). */
  email?: string | null
}

/** A hit allowance: `points` within `seconds` (plugins/kit/rateLimit.ts), or null for no limit. */
export type PetitionRateRule = { points: number; seconds: number } | null

/** A civic address of the registry that matches what a visitor typed. */
export type PetitionAddressMatch = { id: number; label: string }

export type PetitionsOptions = {
  /**
   * A disabled plugin still registers its collections (migrations stay stable) but adds no
   * endpoints or hooks.
   * @default true
   */
  enabled?: boolean
  /** Slug of the staff auth collection (admin.user). @default 'users' */
  staffCollection?: string
  /**
   * Staff roles (`user.roles`) of the greffe (city clerk's office): they edit petition types,
   * moderate petitions and alone read the signatures.
   * @default ['admin']
   */
  greffeRoles?: string[]
  /**
   * Slug of the residents' auth collection, read by the default `identifyCitizen`: an auth
   * collection with `name`, an `address` relationship and a `household` array of `firstName`.
   * @default 'citizens'
   */
  citizensCollection?: string
  /** Slug of the civic address registry (each address has a `sector`). @default 'addresses' */
  addressesCollection?: string
  /** Slug of the sectors collection (a petition's area when it is not city-wide). @default 'sectors' */
  sectorsCollection?: string
  /**
   * The signed-in, verified citizen behind a request, or null. The default verifies the session
   * cookie's JWT in process and reads the account's row in one `payload.db.findOne`
   * (`lib/identify.ts`).
   * @default citizenFromSession over `citizensCollection`
   */
  identifyCitizen?: (args: {
    payload: Payload
    headers: Headers
  }) => Promise<PetitionCitizen | null>
  /** Public URL segment of the petitions in each language. @default { fr: 'petitions', en: 'petitions' } */
  basePath?: Record<PetitionLocale, string>
  /**
   * Days the greffe has to decide on a submitted petition: past them, the moderation dashboard
   * says it is overdue.
   * @default 14
   */
  moderationDays?: number
  /**
   * Where the greffe is told of a threshold crossed; empty: the staff holding a `greffeRoles` role
   * (their account's email).
   * @default []
   */
  greffeEmails?: string[]
  /**
   * The client's IP address: only its network (IPv4 /24, IPv6 /48) is kept and counted. The
   * default reads `x-real-ip`, which the app's server (scripts/serve.ts) sets from the socket.
   * @default (headers) => headers.get('x-real-ip')
   */
  getClientIp?: (headers: Headers) => string | null
  /**
   * The registry's addresses matching what a visitor typed ("125 rue des Érables", "125a erables
   * J0A 1B0"), at most 10. The default reads `addressesCollection` by civic number, then compares
   * the street and postal code, accents and case ignored (lib/addresses.ts).
   * @default findRegistryAddresses over `addressesCollection`
   */
  findAddresses?: (args: { payload: Payload; query: string }) => Promise<PetitionAddressMatch[]>
  /**
   * Signing rate limits, counted in Postgres (shared by every server) per client network and per
   * email domain. `signedIn`: the sign endpoint (the account's email domain); `visitor`: a
   * visitor's request for a confirmation link (their email's domain) and its confirmation (network
   * only). Over a limit, the form comes back with an error. Loopback clients (the machine itself:
   * the benchmark, a health check) are not counted unless `exemptLoopback` is false — behind a
   * proxy on the same machine, list it in TRUSTED_PROXY_IPS so the client's own address is seen.
   * @default { signedIn: { perNetwork: { points: 30, seconds: 600 }, perEmailDomain: { points: 1000, seconds: 3600 } }, visitor: { perNetwork: { points: 30, seconds: 600 }, perEmailDomain: { points: 200, seconds: 3600 } }, exemptLoopback: true, exemptEmailDomains: [] }
   */
  rateLimits?: {
    signedIn?: { perNetwork?: PetitionRateRule; perEmailDomain?: PetitionRateRule }
    visitor?: { perNetwork?: PetitionRateRule; perEmailDomain?: PetitionRateRule }
    exemptLoopback?: boolean
    /** Domains not counted per domain (a large provider many residents share). */
    exemptEmailDomains?: string[]
  }
}

export type ResolvedRateLimits = {
  signedIn: { perNetwork: PetitionRateRule; perEmailDomain: PetitionRateRule }
  visitor: { perNetwork: PetitionRateRule; perEmailDomain: PetitionRateRule }
  exemptLoopback: boolean
  exemptEmailDomains: string[]
}

export type ResolvedPetitionsOptions = Required<Omit<PetitionsOptions, 'rateLimits'>> & {
  rateLimits: ResolvedRateLimits
}
