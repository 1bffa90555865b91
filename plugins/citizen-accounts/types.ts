import type { ReactNode } from 'react'
import type { Payload } from 'payload'

export type AccountLocale = 'fr' | 'en'

/** What a dashboard section receives: the signed-in, verified citizen and the page's language. */
export type DashboardSectionArgs = {
  citizen: CitizenSummary
  locale: AccountLocale
  payload: Payload
}

/**
 * A block of the "Mon dossier" dashboard added by another plugin or by the app (my requests, my
 * surveys, my collection days) without this plugin importing it. In two halves: `load` does every
 * read and returns plain data, `Component` draws the block from that data alone (no read, no
 * await), so what a block shows can be cached, compared or drawn in a test without a database.
 */
export type DashboardSection<Data = unknown> = {
  /** Stable identifier, also used as the React key. */
  key: string
  /** Lower numbers come first. @default 100 */
  order?: number
  /** Every read of the block, as plain data; null or undefined: the block is not shown. */
  load(args: DashboardSectionArgs): Promise<Data | null | undefined> | Data | null | undefined
  /** The block, drawn from its data. */
  Component(props: { data: Data; locale: AccountLocale }): ReactNode
}

/** The fields of a citizen that pages and sections may show. */
export type CitizenSummary = {
  id: number
  email: string
  name: string
  phone: string | null
  preferredLanguage: AccountLocale
  addressId: number | null
  addressLabel: string | null
  sectorId: number | null
  household: { id?: string | null; firstName: string; relationship: string }[]
}

/**
 * Personal data another plugin holds about a citizen (service requests, survey answers): included in
 * "Download my data" and erased or anonymised by "Delete my account", without this plugin knowing it.
 */
export type PersonalDataProvider = {
  /** Section name in the export. */
  key: string
  export: (args: { citizenId: number; email: string; payload: Payload }) => Promise<unknown>
  /** Removes or anonymises the data (e.g. keeps requests for statistics without the person). */
  erase: (args: { citizenId: number; email: string; payload: Payload }) => Promise<void>
}

/** Sends one text message. A real provider's adapter, or the recording one (development, tests). */
export type SmsAdapter = {
  name: string
  send: (message: { to: string; text: string }) => Promise<void>
}

export type NotificationTopic = { value: string; label: { fr: string; en: string } }

export type NotificationOptions = {
  /** Slug of the notices collection (fields kind, sectors, title, summary, instruction, slug, isSafety, _status). @default 'notices' */
  noticesCollection?: string
  /** The public address of a notice, from the site's root. @default `/fr/avis/<slug>`, `/en/notices/<slug>` (the city profile's segments) */
  noticePath?: (args: { locale: AccountLocale; slug: string }) => string
  /** Notice kinds a citizen may subscribe to. @default [] */
  topics?: NotificationTopic[]
  /** Slug of the news collection (fields categories (select, hasMany), title, summary, slug, _status). @default 'news' */
  newsCollection?: string
  /**
   * News categories a citizen may subscribe to: when a news item is published in one of them, its
   * subscribers receive it once. News are city-wide (no sector). Without any, no news alerts.
   * @default []
   */
  newsTopics?: NotificationTopic[]
  /** The public address of a news item, from the site's root. @default `/fr/actualites/<slug>`, `/en/news/<slug>` */
  newsPath?: (args: { locale: AccountLocale; slug: string }) => string
  /** Language of a notification; the default is the citizen's preferred language. */
  resolveLocale?: (args: {
    preferredLanguage: AccountLocale
    isSafety: boolean
    payload: Payload
  }) => Promise<AccountLocale> | AccountLocale
  /** SMS sender. @default a recording adapter writing to the outbox collection */
  sms?: SmsAdapter
  /** Citizens handled per batch of the fan-out job. @default 200 */
  batchSize?: number
  /** Citizens of a batch handled at the same time. @default 8 */
  concurrency?: number
  /**
   * Collection reminders the evening before: what is collected in a sector on a local date
   * (YYYY-MM-DD), as labels in both languages. Without it, no reminder is sent.
   */
  collectionsOn?: (args: {
    payload: Payload
    sectorId: number
    date: string
  }) => Promise<{ fr: string; en: string }[]>
  /**
   * The page a collection reminder links to, for the citizen's civic address (none without one).
   * @default `/fr/collectes?id=<address>`, `/en/collections?id=<address>` (the city profile's segments)
   */
  collectionsPath?: (args: { locale: AccountLocale; addressId: number | null }) => string
  /** Local hour at which reminders for tomorrow go out. @default 18 */
  reminderHour?: number
  /** The city's time zone. @default the city profile's (`@engines/city`: 'America/Toronto') */
  timeZone?: string
}

export type RateLimitRule = {
  /** Attempts allowed in the window. */
  points: number
  /** Window length, in seconds. */
  duration: number
}

export type CitizenAccountsOptions = {
  /**
   * A disabled plugin still registers its collections (migrations stay stable) but adds no
   * endpoints, hooks or email adapter.
   * @default true
   */
  enabled?: boolean
  /** Slug of the citizens auth collection. @default 'citizens' */
  slug?: string
  /** Slug of the staff auth collection (admin.user): only its members reach citizen records. @default 'users' */
  staffCollection?: string
  /**
   * Staff roles (the `roles` of the staff collection's users) whose job is to handle residents'
   * records: only they read the resident list, the audit, the alert lists and the outbox, and
   * take the account actions (send a reset email, sign out everywhere, disable). Nobody on staff
   * sets a resident's password or sign-in email.
   * @default ['admin']
   */
  residentDataRoles?: string[]
  /** Slug of the civic address registry (each address has a `sector` relationship and a `label`). @default 'addresses' */
  addressesCollection?: string
  /** Slug of the city's sectors (districts, boroughs: a localized `name` and a `code`), which addresses, residents and alert sign-ups point to. @default 'sectors' */
  sectorsCollection?: string
  /** Slug of the collection holding mail written while no SMTP server is configured. @default 'mail-outbox' */
  outboxCollection?: string
  /** Slug of the audit trail of staff changes to citizen records. @default 'citizen-audit' */
  auditCollection?: string
  /** Slug of the sector alert sign-ups of residents without an account. @default 'alert-signups' */
  alertSignupsCollection?: string
  /** Slug of the alert delivery log. @default 'alert-deliveries' */
  deliveriesCollection?: string
  /** URL prefix of the plugin's form endpoints under /api. @default '/citizen-account' */
  endpointPath?: string
  /** Seconds a citizen session lasts. @default 1209600 (14 days) */
  tokenExpiration?: number
  /**
   * Failed sign-ins allowed for one account from one IP address within `lockTime`; then that
   * address must wait (others are not affected, and a success or a password reset clears the
   * count). Never an account-wide lock: anyone knowing an email could set it (Payload's own
   * `maxLoginAttempts` is off on the citizens collection).
   * @default 5
   */
  maxLoginAttempts?: number
  /** The window of `maxLoginAttempts`, in milliseconds. @default 900000 (15 minutes) */
  lockTime?: number
  /**
   * Postgres-backed rate limits, per client IP (register, sign-in failures, forgot-password,
   * reset) and per account, hashed email (register, forgot-password, alert sign-up; never
   * sign-in, which counts per account and IP: `maxLoginAttempts`).
   * @default { perIp: { points: 30, duration: 900 }, perAccount: { points: 10, duration: 3600 } }
   */
  rateLimits?: { perIp?: RateLimitRule; perAccount?: RateLimitRule }
  /**
   * Hold the staff collection's sign-in (admin, REST, GraphQL) to the same limits as citizens'
   * (`staff-login` keys). The staff collection should set Payload's `maxLoginAttempts: 0`.
   * @default true
   */
  staffSignInLimits?: boolean
  /**
   * The client's IP address for rate limiting. The default reads `x-real-ip`, which the app's
   * server (scripts/serve.ts) overwrites with the socket address; behind a proxy, read the
   * header your proxy sets.
   * @default (headers) => headers.get('x-real-ip') ?? 'unknown'
   */
  getClientIp?: (headers: Headers) => string
  /**
   * Configure Payload's email adapter: SMTP through @payloadcms/email-nodemailer when SMTP_URL or
   * SMTP_HOST is set, otherwise the outbox collection. Left alone when the config already has one.
   * @default true
   */
  configureEmail?: boolean
  /** Version of the terms of use recorded with each consent. @default '2026-01' */
  termsVersion?: string
  /**
   * The site's pages for the terms of use and the privacy policy, per language, linked from the
   * registration form's consent (without them, the consent is plain text).
   * @default {}
   */
  legalPages?: { terms?: Record<AccountLocale, string>; privacy?: Record<AccountLocale, string> }
  /** Name used to sign emails. @default 'Ville' */
  cityName?: string
  /** Days after which an account never confirmed is deleted (Law 25 retention job). @default 30 */
  unverifiedRetentionDays?: number
  /** Notice alerts by email and SMS (subscriptions, fan-out on the jobs queue, delivery log). */
  notifications?: NotificationOptions
  /** Other plugins' personal data, for the Law 25 export and deletion. @default [] */
  personalDataProviders?: PersonalDataProvider[]
  /** Sections added to the dashboard, in `order`. @default [] */
  dashboardSections?: DashboardSection[]
}

export type ResolvedOptions = Required<
  Omit<CitizenAccountsOptions, 'rateLimits' | 'notifications'>
> & {
  rateLimits: { perIp: RateLimitRule; perAccount: RateLimitRule }
  notifications: Required<Omit<NotificationOptions, 'sms' | 'resolveLocale' | 'collectionsOn'>> &
    Pick<NotificationOptions, 'sms' | 'resolveLocale' | 'collectionsOn'>
}
