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
}

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
}

export type ResolvedPetitionsOptions = Required<PetitionsOptions>
