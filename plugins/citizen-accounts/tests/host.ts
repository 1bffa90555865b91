import { buildConfig, type CollectionConfig, getPayload } from 'payload'

import { closePayload } from '../../kit/closePayload'
import { addresses, departments, hostDatabase, sectors, users } from '../../kit/testing/host'
import { citizenAccountsMigrations, citizenAccountsPlugin } from '..'
import type { CitizenAccountsOptions } from '../types'

/**
 * The plugin's own suite runs in this host: a Payload project with only citizen-accounts, the
 * kit, the engines and the collections its options name (types.ts), written here the way a second
 * city would write its own: staff, the civic address registry and its sectors, and the notices the
 * alerts attach to. Nothing of this city's app is loaded: not its collections, not another plugin,
 * not its migrations (tables are pushed from the collections, then the plugin's own SQL runs, as a
 * host's `payload migrate` would). The mail outbox and the email adapter are the plugin's own. No
 * rich-text editor: neither the plugin nor these collections has a rich-text field.
 *
 * The suites that exercise this city's own rules run on the app's config: the alerts'
 * (fanout, newsAlerts: its site settings' English switch, its notices' safety rule, its news
 * categories) and its staff and content collections' refusal of a citizen (staffBoundary).
 */

const isStaff = ({ req: { user } }: { req: { user?: { collection?: string } | null } }) =>
  user?.collection === 'users'

/**
 * Staff as the kit writes them, without Payload's account lock (as types.ts asks of the staff
 * collection: `staffSignInLimits` counts failures per account and address instead).
 */
const staff: CollectionConfig = { ...users, auth: { maxLoginAttempts: 0 } }

/**
 * Notices, with the fields `notifications.noticesCollection` names: a kind, sectors, a title, a
 * summary and instructions in both languages, a slug, a safety flag, drafts. Staff write them.
 */
const notices: CollectionConfig = {
  slug: 'notices',
  versions: { drafts: true },
  access: { read: () => true, create: isStaff, update: isStaff, delete: isStaff },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', localized: true },
    { name: 'instruction', type: 'textarea', localized: true },
    { name: 'slug', type: 'text', index: true },
    { name: 'kind', type: 'text', required: true },
    { name: 'isSafety', type: 'checkbox' },
    { name: 'sectors', type: 'relationship', relationTo: 'sectors', hasMany: true },
  ],
}

/** The notice kinds residents may subscribe to (a notice's kind is one of them). */
const noticeKinds = [
  { value: 'water-outage', label: { fr: 'Interruption d’eau', en: 'Water outage' } },
  { value: 'boil-water', label: { fr: 'Avis d’ébullition', en: 'Boil-water advisory' } },
  { value: 'road-closure', label: { fr: 'Fermeture de rue', en: 'Road closure' } },
]

/**
 * The host's collections, its sectors under `sectorsSlug` (a city that calls them districts):
 * every relationship to them follows.
 */
const hostCollections = (sectorsSlug: string): CollectionConfig[] => {
  const pointAt = (collection: CollectionConfig): CollectionConfig => ({
    ...collection,
    fields: collection.fields.map((field) =>
      'relationTo' in field && field.relationTo === 'sectors'
        ? ({ ...field, relationTo: sectorsSlug } as typeof field)
        : field,
    ),
  })
  return [staff, departments, { ...sectors, slug: sectorsSlug }, addresses, notices].map(pointAt)
}

/** The host's Payload config: the plugin with the given options, and the collections above. */
export const hostConfig = (pluginOptions: CitizenAccountsOptions = {}) =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET!,
    serverURL: 'http://localhost:3000',
    db: hostDatabase(),
    localization: { locales: ['fr', 'en'], defaultLocale: 'fr', fallback: true },
    admin: { user: 'users' },
    collections: hostCollections(pluginOptions.sectorsCollection ?? 'sectors'),
    plugins: [
      citizenAccountsPlugin({
        cityName: 'Lac-Azur',
        ...pluginOptions,
        notifications: { topics: noticeKinds, ...pluginOptions.notifications },
      }),
    ],
    telemetry: false,
  })

/** A Payload instance of the host on this test file's own database, the plugin's SQL applied. */
export const getTestPayload = async (pluginOptions: CitizenAccountsOptions = {}) => {
  const payload = await getPayload({ config: await hostConfig(pluginOptions) })
  for (const migration of citizenAccountsMigrations()) {
    await migration.up({ db: payload.db.drizzle, payload, req: {} } as never)
  }
  return payload
}

export { closePayload }
