import type { Config, Plugin } from 'payload'

import { citizensCollection } from './collections/Citizens'
import { alertSignupsCollection } from './collections/AlertSignups'
import { citizenAuditCollection } from './collections/CitizenAudit'
import { deliveriesCollection } from './collections/Deliveries'
import { mailOutboxCollection } from './collections/MailOutbox'
import { resolveOptions } from './defaults'
import { emailAdapterFromEnv } from './messaging/configureEmail'
import { accountEndpoints } from './endpoints'
import { collectionRemindersTask } from './jobs/collectionReminders'
import { notifyNewsTask } from './jobs/notifyNews'
import { notifyNoticeTask } from './jobs/notifyNotice'
import { purgeUnverifiedTask } from './jobs/purgeUnverified'
import { limitStaffSignIn } from './hooks/limitStaffSignIn'
import { queueNewsAlerts } from './hooks/queueNewsAlerts'
import { queueNoticeAlerts } from './hooks/queueNoticeAlerts'
import { unsubscribeEndpoint } from './endpoints/unsubscribe'
import { customKey } from './lib/customKey'
import type { CitizenAccountsOptions } from './types'

export type { CitizenAccountsOptions, DashboardSection, DashboardSectionArgs } from './types'

/**
 * Citizen accounts ("Mon dossier"): a `citizens` auth collection apart from staff, registration with
 * email verification, sign-in with Postgres-backed limits per address and per account from an
 * address (no account lock a stranger could set; the staff collection's sign-in gets the same),
 * password reset, profile and household, and the email adapter (SMTP, or a staff-readable outbox).
 */
export const citizenAccountsPlugin =
  (incoming: CitizenAccountsOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(incoming)
    const noticesSlug = options.notifications.noticesCollection
    const hasNotices = (config.collections ?? []).some((c) => c.slug === noticesSlug)
    const newsSlug = options.notifications.newsCollection
    // News alerts need notices too: they share the delivery log.
    const hasNewsAlerts =
      hasNotices &&
      options.notifications.newsTopics.length > 0 &&
      (config.collections ?? []).some((c) => c.slug === newsSlug)
    const ownCollections = [
      citizensCollection(options),
      mailOutboxCollection({
        slug: options.outboxCollection,
        staffCollection: options.staffCollection,
        residentDataRoles: options.residentDataRoles,
      }),
      citizenAuditCollection({
        slug: options.auditCollection,
        staffCollection: options.staffCollection,
        residentDataRoles: options.residentDataRoles,
        citizens: options.slug,
      }),
      ...(hasNotices
        ? [
            deliveriesCollection({
              slug: options.deliveriesCollection,
              staffCollection: options.staffCollection,
              residentDataRoles: options.residentDataRoles,
              citizens: options.slug,
              notices: noticesSlug,
              news: hasNewsAlerts ? newsSlug : undefined,
            }),
            alertSignupsCollection({
              slug: options.alertSignupsCollection,
              sectorsCollection: options.sectorsCollection,
              staffCollection: options.staffCollection,
              residentDataRoles: options.residentDataRoles,
            }),
          ]
        : []),
    ]
    // Tasks are registered even when disabled: they are part of the jobs table's schema.
    const jobs = {
      ...config.jobs,
      tasks: [
        ...(config.jobs?.tasks ?? []),
        purgeUnverifiedTask(options),
        ...(hasNotices ? [notifyNoticeTask(options), collectionRemindersTask(options)] : []),
        ...(hasNewsAlerts ? [notifyNewsTask(options)] : []),
      ],
    }
    // Disabled: the collections stay (so migrations stay stable), nothing else is added.
    if (!options.enabled)
      return { ...config, collections: [...(config.collections ?? []), ...ownCollections], jobs }
    // The notices (and news) collections get one more afterChange hook, after their own.
    const alertHooks = {
      [noticesSlug]: queueNoticeAlerts,
      ...(hasNewsAlerts ? { [newsSlug]: queueNewsAlerts } : {}),
    }
    const staffSignIn = options.staffSignInLimits ? limitStaffSignIn(options) : null
    const collections = [
      ...(config.collections ?? []).map((c) => {
        if (alertHooks[c.slug])
          return {
            ...c,
            hooks: {
              ...c.hooks,
              afterChange: [...(c.hooks?.afterChange ?? []), alertHooks[c.slug]],
            },
          }
        // Staff sign in to the admin through Payload's login: the same limits as citizens, appended.
        if (staffSignIn && c.slug === options.staffCollection && c.auth) {
          return {
            ...c,
            hooks: {
              ...c.hooks,
              beforeOperation: [...(c.hooks?.beforeOperation ?? []), staffSignIn.beforeOperation],
              afterOperation: [...(c.hooks?.afterOperation ?? []), staffSignIn.afterOperation],
            },
          }
        }
        return c
      }),
      ...ownCollections,
    ]
    return {
      ...config,
      collections,
      jobs,
      endpoints: [
        ...(config.endpoints ?? []),
        ...accountEndpoints(options),
        unsubscribeEndpoint(options, 'get'),
        unsubscribeEndpoint(options, 'post'),
      ],
      email:
        config.email ??
        (options.configureEmail
          ? emailAdapterFromEnv({
              outboxSlug: options.outboxCollection,
              cityName: options.cityName,
            })
          : undefined),
      custom: { ...config.custom, [customKey]: options },
    }
  }

// The plugin's own SQL (the rate limits' table), which a host merges into its migrations.
export { citizenAccountsMigrations } from './migrations'
