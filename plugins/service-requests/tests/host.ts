import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { postgresAdapter } from '@payloadcms/db-postgres'
import {
  buildConfig,
  type CollectionConfig,
  type EmailAdapter,
  getPayload,
  type Where,
} from 'payload'
import sharp from 'sharp'

import { addressLabel, sectorForPoint } from '@engines/place'

import { closePayload } from '../../kit/closePayload'
import { relationId } from '../../kit/ids'
import { loadSectorShapes } from '../../kit/sectors'
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

const everyone = { read: () => true }

/**
 * Staff: what the plugin reads of them is `roles` and `department` (in the JWT). The host lets an
 * agent read the colleagues of their department, whom the assignee list offers.
 */
const users: CollectionConfig = {
  slug: 'users',
  auth: true,
  access: {
    read: ({ req: { user } }): Where | boolean => {
      if (!user || user.collection !== 'users') return false
      const staff = user as { id: number; roles?: string[]; department?: unknown }
      if (staff.roles?.includes('admin')) return true
      const department = relationId(staff.department)
      if (department) return { department: { equals: department } }
      return { id: { equals: staff.id } }
    },
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      options: ['admin', 'agent', 'editor'],
      saveToJWT: true,
    },
    { name: 'department', type: 'relationship', relationTo: 'departments', saveToJWT: true },
  ],
}

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

const departments: CollectionConfig = {
  slug: 'departments',
  access: everyone,
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'code', type: 'text' },
  ],
}

const sectors: CollectionConfig = {
  slug: 'sectors',
  access: everyone,
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'code', type: 'text' },
    { name: 'boundary', type: 'json' },
  ],
}

/** The civic address registry: label and sector follow the parts and the point, as in any host. */
const addresses: CollectionConfig = {
  slug: 'addresses',
  access: everyone,
  hooks: {
    beforeChange: [
      async ({ data, originalDoc, req }) => {
        const merged = { ...originalDoc, ...data }
        const label =
          typeof merged.number === 'number' && merged.street
            ? addressLabel({ ...merged, postalCode: merged.postalCode ?? '' })
            : merged.label
        const isPlaced = typeof merged.lat === 'number' && typeof merged.lng === 'number'
        const sector = isPlaced
          ? sectorForPoint({ lat: merged.lat, lng: merged.lng }, await loadSectorShapes(req))
          : merged.sector
        return { ...data, label, sector }
      },
    ],
  },
  fields: [
    { name: 'number', type: 'number' },
    { name: 'suffix', type: 'text' },
    { name: 'street', type: 'text' },
    { name: 'postalCode', type: 'text' },
    { name: 'label', type: 'text' },
    { name: 'lat', type: 'number', index: true },
    { name: 'lng', type: 'number', index: true },
    { name: 'sector', type: 'relationship', relationTo: 'sectors' },
  ],
}

/** The host's mail when no SMTP server is set: kept in a collection the tests read. */
const mailOutbox: CollectionConfig = {
  slug: 'mail-outbox',
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'to', type: 'text', index: true },
    { name: 'subject', type: 'text' },
    { name: 'text', type: 'textarea' },
    { name: 'html', type: 'textarea' },
  ],
}

const addressList = (value: unknown) =>
  (Array.isArray(value) ? value : [value])
    .filter(Boolean)
    .map((v) => (typeof v === 'string' ? v : String((v as { address?: string }).address ?? '')))
    .join(', ')

const outbox: EmailAdapter = ({ payload }) => ({
  name: 'host-outbox',
  defaultFromAddress: 'no-reply@host.example',
  defaultFromName: 'Host',
  sendEmail: async (message) => {
    await payload.create({
      collection: 'mail-outbox' as never,
      overrideAccess: true,
      data: {
        to: addressList(message.to),
        subject: String(message.subject ?? ''),
        text: typeof message.text === 'string' ? message.text : '',
        html: typeof message.html === 'string' ? message.html : '',
      } as never,
    })
    return {}
  },
})

const emailAdapter = () => {
  if (!process.env.SMTP_URL) return outbox
  const from = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(process.env.MAIL_FROM ?? '')
  return nodemailerAdapter({
    defaultFromAddress: from?.[2] ?? 'no-reply@host.example',
    defaultFromName: from?.[1] ?? 'Host',
    transportOptions: process.env.SMTP_URL as never,
    skipVerify: true,
  })
}

/** The host's Payload config: the plugin with the given options, and the collections above. */
export const hostConfig = (pluginOptions: ServiceRequestsOptions = {}) =>
  buildConfig({
    secret: process.env.PAYLOAD_SECRET!,
    serverURL: 'http://localhost:3000',
    db: postgresAdapter({ pool: { connectionString: process.env.DATABASE_URL }, push: true }),
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
