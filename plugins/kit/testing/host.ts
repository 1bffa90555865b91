import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { postgresAdapter } from '@payloadcms/db-postgres'
import type { CollectionConfig, EmailAdapter, Where } from 'payload'

import { addressLabel, sectorForPoint } from '@engines/place'

import { relationId } from '../ids'
import { loadSectorShapes } from '../sectors'

/**
 * What a plugin's own tests run in: the few collections of a host city, written the way a second
 * city would write its own (staff with roles and a department, departments, sectors with GeoJSON
 * boundaries, a civic address registry, a mail outbox), with nothing of this city's app. Each
 * plugin's `tests/host.ts` adds the plugin and what it alone declares it needs.
 */

/** Postgres on this test file's database (DATABASE_URL), tables pushed from the collections. */
export const hostDatabase = () =>
  postgresAdapter({ pool: { connectionString: process.env.DATABASE_URL }, push: true })

const everyone = { read: () => true }

const isHostAdmin = (user: unknown) => {
  const staff = user as { collection?: string; roles?: string[] } | null
  return staff?.collection === 'users' && Boolean(staff.roles?.includes('admin'))
}

/**
 * Staff: what the plugin reads of them is `roles` and `department` (in the JWT). The host lets an
 * agent read the colleagues of their department, whom the assignee list offers.
 */
export const users: CollectionConfig = {
  slug: 'users',
  auth: true,
  access: {
    // Only an administrator creates, changes or removes staff (a resident's session is not staff).
    create: ({ req: { user } }) => isHostAdmin(user),
    update: ({ req: { user } }) => isHostAdmin(user),
    delete: ({ req: { user } }) => isHostAdmin(user),
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

export const departments: CollectionConfig = {
  slug: 'departments',
  access: everyone,
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'code', type: 'text' },
  ],
}

export const sectors: CollectionConfig = {
  slug: 'sectors',
  access: everyone,
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'code', type: 'text' },
    { name: 'boundary', type: 'json' },
  ],
}

/** The civic address registry: label and sector follow the parts and the point, as in any host. */
export const addresses: CollectionConfig = {
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
export const mailOutbox: CollectionConfig = {
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

/** SMTP when SMTP_URL is set (MAIL_FROM `Name <address>`), else the outbox above. */
export const emailAdapter = () => {
  if (!process.env.SMTP_URL) return outbox
  const from = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(process.env.MAIL_FROM ?? '')
  return nodemailerAdapter({
    defaultFromAddress: from?.[2] ?? 'no-reply@host.example',
    defaultFromName: from?.[1] ?? 'Host',
    transportOptions: process.env.SMTP_URL as never,
    skipVerify: true,
  })
}
