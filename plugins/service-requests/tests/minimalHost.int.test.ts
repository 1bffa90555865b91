import os from 'node:os'
import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionConfig, getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { instantToLocalDate, instantToLocalDateTime } from '@engines/calendar'

import { serviceRequestsMigrations, serviceRequestsPlugin } from '..'
import { resolveOptions } from '../defaults'
import { addBusinessDays } from '../requests/holidays'
import { submitRequest } from '../form/submit'

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ],
})

/** What the plugin declares it needs of its host (types.ts), and nothing of this city's. */
const hostCollections: CollectionConfig[] = [
  {
    slug: 'users',
    auth: true,
    fields: [
      { name: 'name', type: 'text' },
      {
        name: 'roles',
        type: 'select',
        hasMany: true,
        options: ['admin', 'agent'],
        saveToJWT: true,
      },
      { name: 'department', type: 'relationship', relationTo: 'departments', saveToJWT: true },
    ],
  },
  // A residents' auth collection of the host's own, named by `citizensCollection`.
  { slug: 'residents', auth: true, fields: [{ name: 'name', type: 'text' }] },
  {
    slug: 'departments',
    fields: [
      { name: 'name', type: 'text', required: true },
      { name: 'code', type: 'text' },
    ],
  },
  {
    slug: 'sectors',
    fields: [
      { name: 'name', type: 'text', required: true },
      { name: 'boundary', type: 'json' },
    ],
  },
  {
    slug: 'addresses',
    fields: [
      { name: 'label', type: 'text', required: true },
      { name: 'lat', type: 'number' },
      { name: 'lng', type: 'number' },
      { name: 'sector', type: 'relationship', relationTo: 'sectors' },
    ],
  },
]

/**
 * Copy-the-folder, tested: service-requests in a Payload project with only the collections the
 * plugin names in its options, residents in the host's own `residents` collection (not
 * citizen-accounts'), tables pushed from the collections on an empty database (not this project's
 * migrations). A request is numbered, placed in its sector by the Place engine, routed and given
 * its due date in business days there as here.
 */
describe('service-requests in a minimal host: only the plugin, the kit, the engines and what it declares', () => {
  let payload: Payload
  const pluginOptions = {
    citizensCollection: 'residents',
    photosDir: path.join(os.tmpdir(), `minimal-host-photos-${process.pid}`),
  }
  const options = resolveOptions(pluginOptions)

  beforeAll(async () => {
    const config = buildConfig({
      secret: process.env.PAYLOAD_SECRET!,
      serverURL: 'http://localhost:3000',
      db: postgresAdapter({ pool: { connectionString: process.env.DATABASE_URL }, push: true }),
      editor: lexicalEditor(),
      localization: { locales: ['fr', 'en'], defaultLocale: 'fr', fallback: true },
      admin: { user: 'users' },
      collections: hostCollections,
      plugins: [serviceRequestsPlugin(pluginOptions)],
      telemetry: false,
    })
    payload = await getPayload({ config: await config })
    // What `payload migrate` runs in the host: the plugin's own SQL, after its collections' tables
    // (pushed here from the collections, as a host's first migration would create them).
    for (const migration of serviceRequestsMigrations(pluginOptions)) {
      await migration.up({ db: payload.db.drizzle, payload, req: {} } as never)
    }
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('should number, place, route and date a request as in the full site', async () => {
    const create = (collection: string, data: Record<string, unknown>) =>
      payload.create({
        collection: collection as 'users',
        data: data as never,
        overrideAccess: true,
      })
    const west = await create('sectors', { name: 'Ouest', boundary: square(-75, 45) })
    const east = await create('sectors', { name: 'Est', boundary: square(-74, 45) })
    const roads = await create('departments', { name: 'Travaux publics', code: 'tp' })
    const parks = await create('departments', { name: 'Parcs', code: 'parcs' })
    const address = await create('addresses', {
      label: '10, rue de l’Ouest',
      lat: 45.5,
      lng: -74.5,
      sector: west.id,
    })
    const type = await payload.create({
      collection: 'request-types',
      locale: 'fr',
      data: {
        code: 'pothole',
        name: 'Nid-de-poule',
        department: roads.id,
        deadlineDays: 5,
        photo: 'none',
        sectorRouting: [{ sector: east.id, department: parks.id }],
        allowAnonymous: true,
        locationRequired: true,
      } as never,
      overrideAccess: true,
    })
    const submit = (
      place: { addressId?: number | null; lat?: number; lng?: number },
      key: string,
    ) =>
      submitRequest(payload, options, {
        typeId: type.id,
        description: 'Gros trou',
        answers: {},
        addressId: null,
        language: 'fr',
        citizenId: null,
        idempotencyKey: `minimal-host-${key}-abcdefghijklmnop`,
        ...place,
      })

    const atAddress = await submit({ addressId: address.id }, 'a')
    if (!atAddress.ok) throw new Error(`refused: ${JSON.stringify(atAddress)}`)
    expect(atAddress.trackingNumber).toMatch(/^\d{4}-\d{6}$/)
    const stored = await payload.findByID({
      collection: 'service-requests',
      id: atAddress.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({
      status: 'submitted',
      department: roads.id,
      sector: west.id,
      addressLabel: '10, rue de l’Ouest',
    })
    const due = addBusinessDays(instantToLocalDate(new Date()), 5)
    expect(instantToLocalDateTime(new Date(String(stored.dueAt)))).toBe(`${due}T23:59`)

    // A map point in the east sector: placed by the Place engine, routed by the sector row.
    const atPoint = await submit({ lat: 45.2, lng: -73.2 }, 'b')
    if (!atPoint.ok) throw new Error(`refused: ${JSON.stringify(atPoint)}`)
    expect(
      await payload.findByID({
        collection: 'service-requests',
        id: atPoint.id,
        depth: 0,
        overrideAccess: true,
      }),
    ).toMatchObject({ department: parks.id, sector: east.id })
    // The same key again (a double submit) lands on the same request.
    const again = await submit({ addressId: address.id }, 'a')
    expect(again.ok && again.id).toBe(atAddress.id)
  })
})
