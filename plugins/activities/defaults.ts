import type { Payload } from 'payload'

import { relationId } from '../kit/ids'
import { citizenFromSession } from './lib/identify'
import { counterPaymentProvider } from './payments/counter'
import { stripeWhenConfigured } from './payments/stripe'
import type { ActivitiesOptions, ResolvedActivitiesOptions } from './types'

const residentByAddress =
  (addresses: string) =>
  async ({ payload, addressId }: { payload: Payload; addressId: number | null }) => {
    if (!addressId) return false
    const row = (await payload.db.findOne({
      collection: addresses as 'users',
      where: { id: { equals: addressId } },
      select: { sector: true },
    })) as { sector?: unknown } | null
    return relationId(row?.sector) !== null
  }

export const defaults = {
  enabled: true,
  staffCollection: 'users',
  leisureRoles: ['admin'],
  citizensCollection: 'citizens',
  addressesCollection: 'addresses',
  identifyCitizen: ({ payload, headers }) =>
    citizenFromSession({ payload, headers, collection: 'citizens' }),
  isResident: residentByAddress('addresses'),
  holdMinutes: 15,
  offerHours: 24,
  paymentProviders: [counterPaymentProvider()],
  basePath: { fr: 'loisirs', en: 'activities' },
  publicURL: null,
} satisfies ResolvedActivitiesOptions

export const resolveOptions = (options: ActivitiesOptions = {}): ResolvedActivitiesOptions => {
  const collection = options.citizensCollection ?? defaults.citizensCollection
  const addresses = options.addressesCollection ?? defaults.addressesCollection
  return {
    ...defaults,
    identifyCitizen: ({ payload, headers }) => citizenFromSession({ payload, headers, collection }),
    isResident: residentByAddress(addresses),
    // Card payments by Stripe only when its key is set (payments/stripe.ts).
    paymentProviders: [counterPaymentProvider(), ...stripeWhenConfigured()],
    ...options,
    citizensCollection: collection,
    addressesCollection: addresses,
    publicURL: options.publicURL ?? null,
  }
}

/** Where the plugin leaves its resolved options for its endpoints and frontend (config.custom). */
export const customKey = 'activities'

export const activitiesSlug: string = 'activities'
export const sessionsSlug: string = 'activity-sessions'
export const registrationsSlug: string = 'activity-registrations'
export const waitlistSlug: string = 'activity-waitlist'
export const paymentsSlug: string = 'activity-payments'
export const cancellationsSlug: string = 'activity-cancellations'
export const cancellationsTable = 'activity_cancellations'

/** Tables as Payload's Postgres adapter names them. */
export const sessionsTable = 'activity_sessions'
export const registrationsTable = 'activity_registrations'
export const waitlistTable = 'activity_waitlist'

/** The plugin's own Postgres schema (migrations.ts): each session's places counter. */
export const ownSchema = 'activities_places'
export const placesTable = 'places'
/** Processors' webhook events already handled (their unique id): each applied once. */
export const processorEventsTable = 'processor_events'
export const paymentsTable = 'activity_payments'
