import type { CitizenAccountsOptions, ResolvedOptions } from './types'
import { city } from '@engines/city'

export const defaults = {
  enabled: true,
  slug: 'citizens',
  staffCollection: 'users',
  residentDataRoles: ['admin'],
  addressesCollection: 'addresses',
  sectorsCollection: 'sectors',
  outboxCollection: 'mail-outbox',
  deliveriesCollection: 'alert-deliveries',
  alertSignupsCollection: 'alert-signups',
  auditCollection: 'citizen-audit',
  endpointPath: '/citizen-account',
  tokenExpiration: 14 * 24 * 60 * 60,
  maxLoginAttempts: 5,
  lockTime: 15 * 60 * 1000,
  rateLimits: {
    perIp: { points: 30, duration: 15 * 60 },
    perAccount: { points: 10, duration: 60 * 60 },
  },
  staffSignInLimits: true,
  getClientIp: (headers: Headers) => headers.get('x-real-ip') ?? 'unknown',
  configureEmail: true,
  termsVersion: '2026-01',
  legalPages: {},
  cityName: 'Ville',
  unverifiedRetentionDays: 30,
  personalDataProviders: [],
  dashboardSections: [],
  notifications: {
    noticesCollection: 'notices',
    noticePath: ({ locale, slug }: { locale: 'fr' | 'en'; slug: string }) =>
      `/${locale}/${city.segments.sections.notices[locale]}/${slug}`,
    topics: [],
    newsCollection: 'news',
    newsTopics: [],
    newsPath: ({ locale, slug }: { locale: 'fr' | 'en'; slug: string }) =>
      `/${locale}/${locale === 'fr' ? 'actualites' : 'news'}/${slug}`,
    batchSize: 200,
    concurrency: 8,
    collectionsPath: ({ locale, addressId }: { locale: 'fr' | 'en'; addressId: number | null }) =>
      `/${locale}/${city.segments.sections.collections[locale]}${addressId ? `?id=${addressId}` : ''}`,
    reminderHour: 18,
    timeZone: city.timeZone,
  },
} satisfies ResolvedOptions

export const resolveOptions = (options: CitizenAccountsOptions = {}): ResolvedOptions => ({
  ...defaults,
  ...options,
  rateLimits: {
    perIp: options.rateLimits?.perIp ?? defaults.rateLimits.perIp,
    perAccount: options.rateLimits?.perAccount ?? defaults.rateLimits.perAccount,
  },
  notifications: { ...defaults.notifications, ...options.notifications },
})
