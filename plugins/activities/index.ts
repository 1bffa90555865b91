import type { Config, Plugin } from 'payload'

import { activitiesCollection } from './collections/Activities'
import { cancellationsCollection } from './collections/ActivityCancellations'
import { paymentsCollection } from './collections/ActivityPayments'
import { registrationsCollection } from './collections/ActivityRegistrations'
import { sessionsCollection } from './collections/ActivitySessions'
import { waitlistCollection } from './collections/ActivityWaitlist'
import { customKey, resolveOptions } from './defaults'
import { registerEndpoints } from './endpoints/register'
import { staffCancelEndpoint } from './endpoints/staffCancel'
import { webhookEndpoints } from './endpoints/webhooks'
import { releaseHoldsTask } from './jobs/releaseHolds'
import { revalidateProgramme } from './collections/Activities/hooks/revalidateProgramme'
import type { ActivitiesOptions } from './types'

export type { ActivitiesCitizen, ActivitiesOptions, PaymentProvider } from './types'
export { activitiesMigrations } from './migrations'
export { counterPaymentProvider } from './payments/counter'
export { stripePaymentProvider, stripeWhenConfigured } from './payments/stripe'
// Law 25: the household's registrations in "Download my data", unlinked by "Delete my account".
export { activitiesPersonalData } from './lib/personalData'

/**
 * Leisure activities (issue 17): the programme (activities and their sessions, prices and rules
 * as data), registering a household's members with a hold on the places that cannot oversell
 * (a counter row in the plugin's own schema, `activitiesMigrations()`), payment at the counter or
 * by bill payment with a reference number (staff record it, which confirms), unpaid holds expiring
 * and their places offered to the waitlist in strict order. The pure rules live in `lib/` (the
 * core); the public pages are server components in `frontend/`.
 */
export const activitiesPlugin =
  (incoming: ActivitiesOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(incoming)
    const existing = (config.collections ?? []).map((c) => c.slug)
    const activities = activitiesCollection(options)
    const sessions = sessionsCollection(options)
    const registrations = registrationsCollection(options, existing)
    const waitlist = waitlistCollection(options, existing)
    const payments = paymentsCollection(options)
    const cancellations = cancellationsCollection(options)
    // Registered even when disabled: tasks are part of the jobs table's schema.
    const jobs = {
      ...config.jobs,
      tasks: [...(config.jobs?.tasks ?? []), releaseHoldsTask(options)],
    }
    const own = [activities, sessions, registrations, waitlist, payments, cancellations]
    if (!options.enabled)
      return { ...config, collections: [...(config.collections ?? []), ...own], jobs }
    const revalidating = <T extends typeof activities>(collection: T): T => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), revalidateProgramme],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), revalidateProgramme],
      },
    })
    return {
      ...config,
      jobs,
      collections: [
        ...(config.collections ?? []),
        {
          ...revalidating(activities),
          endpoints: [...registerEndpoints(options), ...webhookEndpoints(options)],
        },
        revalidating(sessions),
        { ...registrations, endpoints: [staffCancelEndpoint(options)] },
        waitlist,
        payments,
        cancellations,
      ],
      custom: { ...config.custom, [customKey]: options },
    }
  }
