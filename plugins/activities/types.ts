import type { Payload, PayloadRequest } from 'payload'

import type { Bilingual } from './i18n/translate'

export type ActivitiesLocale = 'fr' | 'en'

/** One person a resident may register: themself (`key` 'self') or a member of their household. */
export type ActivitiesMember = {
  /** stable within the account: 'self', or 'm:' and the household row's id */
  key: string
  name: string
  /** 'YYYY-MM-DD', or null when the account does not hold it (the form then asks for it) */
  birthDate: string | null
}

/** What the plugin reads of a signed-in resident. */
export type ActivitiesCitizen = {
  id: number
  /** Session id, binds the form's CSRF token to this session. */
  sid?: string | null
  name: string
  email: string | null
  preferredLanguage: ActivitiesLocale
  /** the civic address on the account (the registry's id), or null */
  addressId: number | null
  /** the account holder first, then the household */
  members: ActivitiesMember[]
}

/**
 * A way to pay for held places. `start` is called when the resident chooses it: it gives the
 * instructions to show and until when the places stay held (a bill payment takes days), and, for a
 * processor's hosted page, where to send the resident (`redirectURL`). A provider never confirms a
 * registration by itself: staff record the payment (`activity-payments`), or a card processor's
 * signed webhook does (`webhook`, payments/stripe.ts).
 */
export type PaymentProvider = {
  id: string
  label: Bilingual
  start: (args: {
    reference: string
    totalCents: number
    now: Date
    /** the resident's language (the processor's page speaks it) */
    locale?: ActivitiesLocale
    /** the hold's page, absolute: where a processor's page sends the resident back */
    returnURL?: string
  }) => Promise<{ holdUntil: Date; instructions: Bilingual; redirectURL?: string }>
  /**
   * What the hold's page says once this method was chosen, without starting anything again; null
   * shows the choice of methods again (a card payment left half-way). @default start's instructions
   */
  describe?: (args: { reference: string; totalCents: number; now: Date }) => Bilingual | null
  /** The smallest total this method takes (a processor's minimum charge). @default 0 */
  minimumCents?: number
  /**
   * Gives money back on a payment this processor took (a cancellation's refund), at most once per
   * `idempotencyKey`. Without it, refunds are left to staff (`activity-cancellations`, to refund).
   */
  refund?: (args: {
    processorPaymentId: string
    amountCents: number
    idempotencyKey: string
  }) => Promise<{ refundId: string }>
  /** A processor's webhook, served at `POST /api/activities/<path>`. */
  webhook?: {
    path: string
    handler: (args: {
      req: PayloadRequest
      options: ResolvedActivitiesOptions
    }) => Promise<Response>
  }
}

export type ActivitiesOptions = {
  /**
   * A disabled plugin still registers its collections (migrations stay stable) but adds no
   * endpoints, hooks or jobs' schedules.
   * @default true
   */
  enabled?: boolean
  /** Slug of the staff auth collection (admin.user). @default 'users' */
  staffCollection?: string
  /** Staff roles (`user.roles`) of the leisure department: they manage the programme, registrations and payments. @default ['admin'] */
  leisureRoles?: string[]
  /**
   * Slug of the residents' auth collection read by the default `identifyCitizen`: `name`,
   * `email`, `preferredLanguage`, `birthDate`, an `address` relationship and a `household` array
   * of `firstName` (and `birthDate` when the host keeps it).
   * @default 'citizens'
   */
  citizensCollection?: string
  /** Slug of the civic address registry (each address has a `sector`). @default 'addresses' */
  addressesCollection?: string
  /** The signed-in, verified resident behind a request, or null. @default citizenFromSession over `citizensCollection` */
  identifyCitizen?: (args: {
    payload: Payload
    headers: Headers
  }) => Promise<ActivitiesCitizen | null>
  /**
   * Whether the household at this civic address is a resident. The default: the address is in
   * the registry and lies in one of the city's sectors.
   * @default address with a sector
   */
  isResident?: (args: { payload: Payload; addressId: number | null }) => Promise<boolean>
  /** How long places are held while the household chooses how to pay. @default 15 */
  holdMinutes?: number
  /** How long a waitlist offer stays open. @default 24 */
  offerHours?: number
  /**
   * The ways to pay. @default [counterPaymentProvider(), stripePaymentProvider()] the latter only
   * when `STRIPE_SECRET_KEY` is set
   */
  paymentProviders?: PaymentProvider[]
  /** Public URL segment of the programme in each language. @default { fr: 'loisirs', en: 'activities' } */
  basePath?: Record<ActivitiesLocale, string>
  /** Absolute origin used in emails' links. @default the config's serverURL */
  publicURL?: string
}

export type ResolvedActivitiesOptions = Required<Omit<ActivitiesOptions, 'publicURL'>> & {
  publicURL: string | null
}
