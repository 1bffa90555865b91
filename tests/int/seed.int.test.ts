import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type SeedAccounts, seedDemoCity } from '../../src/seed'
import { closePayload, getTestPayload } from '../helpers/payload'

const accounts: SeedAccounts = {
  admin: { email: 'admin@lac-azur.example', password: 'admin-test-password' },
  editor: { email: 'communications@lac-azur.example', password: 'editor-test-password' },
  agent: { email: 'travaux@lac-azur.example', password: 'agent-test-password' },
  citizens: [
    {
      email: 'resident.plateau@lac-azur.example',
      password: 'resident-test-password',
      name: 'Karim Haddad',
      sectorCode: 'plateau',
      preferredLanguage: 'fr',
    },
    {
      email: 'resident.les-berges@lac-azur.example',
      password: 'resident-test-password',
      name: 'Emily Walsh',
      sectorCode: 'les-berges',
      preferredLanguage: 'en',
    },
  ],
}

/** Row count and latest change of every table: equal snapshots mean the seed changed nothing. */
const snapshot = async (payload: Payload) => {
  const db = payload.db as unknown as {
    pool: { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  const { rows: tables } = await db.pool.query(
    "select table_name from information_schema.tables where table_schema = 'public' and table_name not like 'payload_%' order by 1",
  )
  const result: Record<string, unknown> = {}
  for (const { table_name } of tables) {
    const { rows } = await db.pool.query(
      `select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as h from "${table_name}" t`,
    )
    result[table_name as string] = rows[0]
  }
  return result
}

describe('demo city seed', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
    await seedDemoCity(payload, accounts)
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should create at least 4 sectors, 2,000 addresses all inside a sector, departments and staff', async () => {
    expect((await payload.count({ collection: 'sectors' })).totalDocs).toBeGreaterThanOrEqual(4)
    expect((await payload.count({ collection: 'addresses' })).totalDocs).toBeGreaterThanOrEqual(
      2000,
    )
    expect(
      (await payload.count({ collection: 'addresses', where: { sector: { exists: false } } }))
        .totalDocs,
    ).toBe(0)
    expect((await payload.count({ collection: 'departments' })).totalDocs).toBeGreaterThanOrEqual(5)
    const { docs: staff } = await payload.find({
      collection: 'users',
      sort: 'email',
      overrideAccess: true,
    })
    expect(staff.map((u) => [u.email, u.roles])).toEqual([
      ['admin@lac-azur.example', ['admin']],
      ['communications@lac-azur.example', ['editor']],
      ['travaux@lac-azur.example', ['agent']],
    ])
  })

  it('should seed confirmed demo residents at an address of their sector, with a household', async () => {
    const { docs } = await payload.find({
      collection: 'citizens',
      sort: 'email',
      depth: 1,
      overrideAccess: true,
    })
    expect(docs.map((c) => [c.email, c._verified, (c.sector as { code: string }).code])).toEqual([
      ['resident.les-berges@lac-azur.example', true, 'les-berges'],
      ['resident.plateau@lac-azur.example', true, 'plateau'],
    ])
    expect(docs.every((c) => (c.household ?? []).length > 0 && c.address)).toBe(true)
    const { user } = await payload.login({
      collection: 'citizens',
      data: { email: 'resident.plateau@lac-azur.example', password: 'resident-test-password' },
    })
    expect(user?.name).toBe('Karim Haddad')
  })

  it('should tell the collection reminders what a seeded sector collects on its collection days', async () => {
    const { accountOptions } = await import('../../plugins/citizen-accounts/frontend/citizen')
    const { collectionsOn } = accountOptions(payload).notifications
    const { docs } = await payload.find({
      collection: 'sectors',
      limit: 1,
      sort: 'code',
      overrideAccess: true,
    })
    const labels: string[] = []
    for (let day = 0; day < 7; day++) {
      const date = new Date(Date.now() + day * 86_400_000).toISOString().slice(0, 10)
      labels.push(
        ...(await collectionsOn!({ payload, sectorId: docs[0].id, date })).map(
          (s) => `${s.fr} / ${s.en}`,
        ),
      )
    }
    expect(labels).toContain('Ordures ménagères / Garbage')
  })

  it('should let the seeded accounts sign in with their passwords', async () => {
    const { user } = await payload.login({ collection: 'users', data: accounts.editor })
    expect(user?.email).toBe(accounts.editor.email)
  })

  it('should fill the site settings in French and in English', async () => {
    const fr = await payload.findGlobal({ slug: 'site-settings', locale: 'fr' })
    const en = await payload.findGlobal({ slug: 'site-settings', locale: 'en' })
    expect(fr.cityName).toBe('Ville de Lac-Azur')
    expect(en.cityName).toBe('City of Lac-Azur')
  })

  it('should seed the petition types and three petitions: one signing, one closed with its outcome', async () => {
    const { listPublicPetitions } = await import('../../plugins/petitions/frontend')
    const petitions = await listPublicPetitions(payload, 'fr')
    expect(petitions.map((p) => [p.slug, p.status]).sort()).toEqual([
      ['heures-bibliotheque', 'signing'],
      ['jardins-communautaires', 'closed'],
      ['pistes-cyclables-rue-principale', 'signing'],
    ])
    const bikes = petitions.find((p) => p.slug === 'pistes-cyclables-rue-principale')!
    expect(bikes.count).toBe(412)
    expect(bikes.thresholds.map((t) => [t.signatures, t.triggers])).toEqual([
      [500, 'written-response'],
      [1500, 'public-consultation'],
    ])
    const garden = petitions.find((p) => p.slug === 'jardins-communautaires')!
    expect(garden).toMatchObject({ count: 318, thresholdReached: true, area: { kind: 'sector' } })
  })

  it('should change nothing when run a second time', async () => {
    const before = await snapshot(payload)
    const report = await seedDemoCity(payload, accounts)
    expect(report.created).toEqual({
      departments: 0,
      sectors: 0,
      users: 0,
      siteSettings: 0,
      news: 0,
      notices: 0,
      schedules: 0,
      wateringRules: 0,
      snowOperations: 0,
      events: 0,
      services: 0,
      pages: 0,
      citizens: 0,
      surveys: 0,
      petitions: 0,
      activities: 0,
      requestTypes: 0,
      open311Clients: 0,
    })
    expect(report.addresses.inserted).toBe(0)
    expect(await snapshot(payload)).toEqual(before)
  })

  it('should derive an address sector from its coordinates when an address is added by hand', async () => {
    const sample = await payload.find({
      collection: 'addresses',
      limit: 1,
      depth: 0,
      where: { street: { equals: 'rue Principale' } },
    })
    const { lat, lng, sector } = sample.docs[0]
    const created = await payload.create({
      collection: 'addresses',
      data: { number: 99999, street: 'rue Principale', postalCode: 'J0A 1B0', lat, lng },
      depth: 0,
      overrideAccess: true,
    })
    expect(created.sector).toBe(sector)
    expect(created.label).toBe('99999, rue Principale')
  })

  it('should refuse a second copy of an existing address with a clear error', async () => {
    const error = await payload
      .create({
        collection: 'addresses',
        data: {
          number: 99999,
          street: 'Rue principale',
          postalCode: 'J0A1B0'.replace(/(...)(...)/, '$1 $2'),
          lat: 46.03,
          lng: -71.97,
        },
        overrideAccess: true,
      })
      .then(() => null)
      .catch((err: unknown) => err as { status?: number })
    expect(error).toMatchObject({ status: 400 })
  })
})
