import { buildConfig, type CollectionConfig, type Field, getPayload } from 'payload'

import { closePayload } from '../../kit/closePayload'
import { relationId } from '../../kit/ids'
import { addresses, departments, hostDatabase, sectors, users } from '../../kit/testing/host'
import { surveysPlugin } from '..'
import type { SurveysOptions } from '../types'

/**
 * The plugin's own suite runs in this host: a Payload project with only surveys, the kit, the
 * engines and the collections the plugin's options name (types.ts: `staffCollection`,
 * `sectorsCollection`, `citizensCollection`), written here the way a second city would write its
 * own. Nothing of this city's app is loaded: not its collections, not citizen-accounts (residents
 * are this host's own `citizens` auth collection, named to the plugin through its options), not its
 * migrations (the plugin has none of its own: tables are pushed from the collections). No rich-text
 * editor: the plugin has no rich-text field.
 */

/**
 * Staff: the kit's, where a new account is on the communications team unless told otherwise (as
 * in this city's app, whose tests create such staff without naming a role).
 */
const staff: CollectionConfig = {
  ...users,
  fields: users.fields.map((field): Field =>
    'name' in field && field.name === 'roles' && field.type === 'select'
      ? { ...field, defaultValue: ['editor'] }
      : field,
  ),
}

/**
 * Residents: an auth collection with an email check and sessions (Payload's defaults), a civic
 * address, and the sector that follows from it, which is what the plugin reads of a resident.
 */
const citizens: CollectionConfig = {
  slug: 'citizens',
  auth: { verify: true, useSessions: true },
  access: { read: ({ req }) => Boolean(req.user) },
  hooks: {
    // The sector follows the civic address (the registry knows each address's sector).
    beforeChange: [
      async ({ data, req }) => {
        if (!('address' in data)) return data
        const id = relationId(data.address)
        const address = id
          ? await req.payload.findByID({
              collection: 'addresses' as 'users',
              id,
              depth: 0,
              overrideAccess: true,
              disableErrors: true,
              req,
            })
          : null
        return { ...data, sector: relationId((address as { sector?: unknown } | null)?.sector) }
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'preferredLanguage',
      type: 'select',
      options: ['fr', 'en'],
      defaultValue: 'fr',
    },
    { name: 'address', type: 'relationship', relationTo: 'addresses' },
    { name: 'sector', type: 'relationship', relationTo: 'sectors', index: true },
  ],
}

type HostShape = {
  /** Residents' accounts in the host; without them nobody is identified. @default true */
  hasCitizens?: boolean
}

/** The host's Payload config: the plugin with the given options, and the collections above. */
export const hostConfig = (
  pluginOptions: SurveysOptions = {},
  { hasCitizens = true }: HostShape = {},
) =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET!,
    serverURL: 'http://localhost:3000',
    db: hostDatabase(),
    localization: { locales: ['fr', 'en'], defaultLocale: 'fr', fallback: true },
    admin: { user: 'users' },
    collections: [staff, ...(hasCitizens ? [citizens] : []), departments, sectors, addresses],
    plugins: [
      surveysPlugin({
        staffCollection: 'users',
        sectorsCollection: 'sectors',
        ...(hasCitizens ? { citizensCollection: 'citizens' } : {}),
        ...pluginOptions,
      }),
    ],
    telemetry: false,
  })

/** A Payload instance of the host on this test file's own database. */
export const getTestPayload = async (pluginOptions: SurveysOptions = {}, shape: HostShape = {}) =>
  getPayload({ config: await hostConfig(pluginOptions, shape) })

export { closePayload }
