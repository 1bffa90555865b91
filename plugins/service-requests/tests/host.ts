import path from 'node:path'

import { buildConfig, type CollectionConfig, getPayload } from 'payload'
import sharp from 'sharp'

import { closePayload } from '../../kit/closePayload'
import {
  addresses,
  departments,
  emailAdapter,
  hostDatabase,
  mailOutbox,
  sectors,
  users,
} from '../../kit/testing/host'
import { serviceRequestsMigrations, serviceRequestsPlugin } from '..'
import type { ServiceRequestsOptions } from '../types'

/**
 * The plugin's own suite runs in this host: a Payload project with only service-requests, the
 * kit, the engines and the collections the plugin's options name (types.ts), written here the way
 * a second city would write its own. Nothing of this city's app is loaded: not its collections,
 * not citizen-accounts (residents are this host's own `citizens` auth collection), not its
 * migrations (tables are pushed from the collections, then the plugin's own SQL runs, as a host's
 * `payload migrate` would). No rich-text editor: the plugin has no rich-text field.
 */

/** Residents: an auth collection with an email check, a name and a preferred language. */
const citizens: CollectionConfig = {
  slug: 'citizens',
  auth: { verify: true },
  access: { read: ({ req }) => Boolean(req.user) },
  fields: [
    { name: 'name', type: 'text' },
    { name: 'phone', type: 'text' },
    {
      name: 'preferredLanguage',
      type: 'select',
      options: ['fr', 'en'],
      defaultValue: 'fr',
    },
  ],
}

/** The host's Payload config: the plugin with the given options, and the collections above. */
export const hostConfig = (pluginOptions: ServiceRequestsOptions = {}) =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET!,
    serverURL: 'http://localhost:3000',
    db: hostDatabase(),
    localization: { locales: ['fr', 'en'], defaultLocale: 'fr', fallback: true },
    admin: { user: 'users' },
    collections: [users, citizens, departments, sectors, addresses, mailOutbox],
    plugins: [
      serviceRequestsPlugin({
        photosDir: path.join(process.env.DATA_DIR ?? '.data/test', 'request-photos'),
        ...pluginOptions,
      }),
    ],
    email: emailAdapter(),
    sharp,
    telemetry: false,
  })

/** A Payload instance of the host on this test file's own database, the plugin's SQL applied. */
export const getTestPayload = async (pluginOptions: ServiceRequestsOptions = {}) => {
  const payload = await getPayload({ config: await hostConfig(pluginOptions) })
  for (const migration of serviceRequestsMigrations(pluginOptions)) {
    await migration.up({ db: payload.db.drizzle, payload, req: {} } as never)
  }
  return payload
}

export { closePayload }
