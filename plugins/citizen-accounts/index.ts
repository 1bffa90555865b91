import type { Config, Plugin } from 'payload'

import { citizensCollection } from './collections/Citizens'
import { mailOutboxCollection } from './collections/MailOutbox'
import { resolveOptions } from './defaults'
import { emailAdapterFromEnv } from './email/configureEmail'
import { accountEndpoints } from './endpoints'
import { purgeUnverifiedTask } from './jobs/purgeUnverified'
import { customKey } from './lib/customKey'
import type { CitizenAccountsOptions } from './types'

export type { CitizenAccountsOptions, DashboardSection, DashboardSectionArgs } from './types'


/**
 * Citizen accounts ("Mon dossier"): a `citizens` auth collection apart from staff, registration with
 * email verification, sign-in with lockout and Postgres-backed rate limits, password reset, profile
 * and household, and the email adapter (SMTP, or a staff-readable outbox in development).
 */
export const citizenAccountsPlugin =
  (incoming: CitizenAccountsOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(incoming)
    const collections = [
      ...(config.collections ?? []),
      citizensCollection(options),
      mailOutboxCollection({ slug: options.outboxCollection, staffCollection: options.staffCollection }),
    ]
    // The task is registered even when disabled: it is part of the jobs table's schema.
    const jobs = { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), purgeUnverifiedTask(options)] }
    // Disabled: the collections stay (so migrations stay stable), nothing else is added.
    if (!options.enabled) return { ...config, collections, jobs }
    return {
      ...config,
      collections,
      jobs,
      endpoints: [...(config.endpoints ?? []), ...accountEndpoints(options)],
      email:
        config.email ??
        (options.configureEmail
          ? emailAdapterFromEnv({ outboxSlug: options.outboxCollection, cityName: options.cityName })
          : undefined),
      custom: { ...config.custom, [customKey]: options },
    }
  }
