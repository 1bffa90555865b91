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
import { activitiesMigrations, activitiesPlugin } from '..'
import type { ActivitiesOptions } from '../types'

/**
 * The plugin's own suite runs in this host: a Payload project with only activities, the kit and
 * the collections its options name, written the way a second city would write its own. Staff
 * are the kit's with a `loisirs` role (named to the plugin by `leisureRoles`); residents are this
 * host's own `citizens` auth collection (sessions and email check on, a civic address, a date of
 * birth, a household of first names with dates of birth). Tables are pushed from the collections,
 * then the plugin's own SQL runs, as a host's `payload migrate` would.
 */

const staff: CollectionConfig = {
  ...users,
  fields: users.fields.map((field): Field =>
    'name' in field && field.name === 'roles' && field.type === 'select'
      ? { ...field, options: ['admin', 'agent', 'editor', 'loisirs'] }
      : field,
  ),
}

const citizens: CollectionConfig = {
  slug: 'citizens',
  auth: { verify: true, useSessions: true },
  access: { read: ({ req }) => Boolean(req.user) },
  fields: [
    { name: 'name', type: 'text' },
    { name: 'preferredLanguage', type: 'select', options: ['fr', 'en'], defaultValue: 'fr' },
    { name: 'birthDate', type: 'text' },
    { name: 'address', type: 'relationship', relationTo: 'addresses' },
    {
      name: 'household',
      type: 'array',
      fields: [
        { name: 'firstName', type: 'text', required: true },
        { name: 'birthDate', type: 'text' },
      ],
    },
  ],
}

/** The host's Payload config: the plugin with the given options, and the collections above. */
export const hostConfig = (pluginOptions: ActivitiesOptions = {}) =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET!,
    serverURL: 'http://localhost:3000',
    db: hostDatabase(),
    email: emailAdapter(),
    localization: { locales: ['fr', 'en'], defaultLocale: 'fr', fallback: true },
    admin: { user: 'users' },
    collections: [staff, citizens, departments, sectors, addresses, mailOutbox],
    plugins: [activitiesPlugin({ leisureRoles: ['admin', 'loisirs'], ...pluginOptions })],
    telemetry: false,
  })

/** A Payload instance of the host on this test file's own database, the plugin's SQL applied. */
export const getTestPayload = async (pluginOptions: ActivitiesOptions = {}) => {
  const payload = await getPayload({ config: await hostConfig(pluginOptions) })
  for (const migration of activitiesMigrations()) {
    await migration.up({ db: payload.db.drizzle, payload, req: {} } as never)
  }
  return payload
}

export { closePayload, relationId }
