import { buildConfig, type CollectionConfig, type Field, getPayload } from 'payload'

import { closePayload } from '../../kit/closePayload'
import { relationId } from '../../kit/ids'
import {
  addresses,
  departments,
  emailAdapter,
  hostDatabase,
  mailOutbox,
  sectors,
  users,
} from '../../kit/testing/host'
import { petitionsMigrations, petitionsPlugin } from '..'
import type { PetitionsOptions } from '../types'

/**
 * The plugin's own suite runs in this host: a Payload project with only petitions, the kit, the
 * engines and the collections its options name (types.ts), written here the way a second city
 * would write its own. Staff are the kit's, with a `greffe` role added (the city clerk's office,
 * named to the plugin by `greffeRoles`); residents are this host's own `citizens` auth collection
 * (sessions and email check on, a civic address, a household of first names). Tables are pushed
 * from the collections, then the plugin's own SQL runs, as a host's `payload migrate` would.
 */

const staff: CollectionConfig = {
  ...users,
  fields: users.fields.map((field): Field =>
    'name' in field && field.name === 'roles' && field.type === 'select'
      ? { ...field, options: ['admin', 'agent', 'editor', 'greffe'] }
      : field,
  ),
}

const citizens: CollectionConfig = {
  slug: 'citizens',
  auth: { verify: true, useSessions: true },
  access: { read: ({ req }) => Boolean(req.user) },
  fields: [
    { name: 'name', type: 'text' },
    { name: 'address', type: 'relationship', relationTo: 'addresses' },
    {
      name: 'household',
      type: 'array',
      fields: [{ name: 'firstName', type: 'text', required: true }],
    },
  ],
}

/** The host's Payload config: the plugin with the given options, and the collections above. */
export const hostConfig = (pluginOptions: PetitionsOptions = {}) =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET!,
    serverURL: 'http://localhost:3000',
    db: hostDatabase(),
    localization: { locales: ['fr', 'en'], defaultLocale: 'fr', fallback: true },
    admin: { user: 'users' },
    collections: [staff, citizens, departments, sectors, addresses, mailOutbox],
    // SMTP when the test sets SMTP_URL (confirmation links, outcome and threshold emails), else the outbox.
    email: emailAdapter(),
    plugins: [petitionsPlugin({ greffeRoles: ['admin', 'greffe'], ...pluginOptions })],
    telemetry: false,
  })

/** A Payload instance of the host on this test file's own database, the plugin's SQL applied. */
export const getTestPayload = async (pluginOptions: PetitionsOptions = {}) => {
  const payload = await getPayload({ config: await hostConfig(pluginOptions) })
  for (const migration of petitionsMigrations()) {
    await migration.up({ db: payload.db.drizzle, payload, req: {} } as never)
  }
  return payload
}

export { closePayload, relationId }
