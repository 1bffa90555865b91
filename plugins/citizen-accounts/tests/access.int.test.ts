import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { base, type Client, makeClient } from './helpers'

describe('citizen accounts: who may read and change what', () => {
  let payload: Payload
  let client: Client
  let a: { id: number; cookie: string }
  let b: { id: number; cookie: string }
  let staffCookie: string
  const password = 'correct-horse-battery'

  const makeCitizen = async (email: string) => {
    const doc = await payload.create({
      collection: 'citizens',
      data: {
        email,
        password,
        name: email,
        preferredLanguage: 'fr',
        _verified: true,
        phone: '819 555-0100',
        household: [{ firstName: 'Zoé', relationship: 'child' }],
      },
      overrideAccess: true,
      context: { isCitizenSystem: true },
    })
    return { id: doc.id, cookie: await client.login(email, password, `10.9.0.${doc.id}`) }
  }

  const graphql = async (query: string, cookie?: string) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'sec-fetch-site': 'same-origin',
    }
    if (cookie) headers.cookie = cookie
    const response = await GRAPHQL_POST(payload.config)(
      new Request(`${base}/api/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query }),
      }),
    )
    return (await response.json()) as {
      data?: Record<string, unknown>
      errors?: { message: string }[]
    }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    client = makeClient(payload)
    a = await makeCitizen('a@example.test')
    b = await makeCitizen('b@example.test')
    await payload.create({
      collection: 'users',
      data: { email: 'admin@example.test', password, name: 'Admin', roles: ['admin'] },
      overrideAccess: true,
    })
    const login = await client.rest('POST', '/api/users/login', {
      body: { email: 'admin@example.test', password },
    })
    staffCookie = /payload-token=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0]
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should list only the citizen’s own record over REST, whatever the where, sort or depth', async () => {
    const list = await (
      await client.rest('GET', '/api/citizens?depth=2&limit=100', { cookie: a.cookie })
    ).json()
    expect(list.docs.map((d: { id: number }) => d.id)).toEqual([a.id])
    const byEmail = await (
      await client.rest('GET', '/api/citizens?where[email][equals]=b@example.test', {
        cookie: a.cookie,
      })
    ).json()
    expect(byEmail.docs).toEqual([])
    const sorted = await (
      await client.rest('GET', '/api/citizens?sort=-hash', { cookie: a.cookie })
    ).json()
    expect((sorted.docs ?? []).map((d: { id: number }) => d.id)).not.toContain(b.id)
    expect(JSON.stringify(list)).not.toMatch(
      /"(hash|salt|_verificationToken|resetPasswordToken|lockUntil|loginAttempts)"/,
    )
  })

  it('should not reveal hidden fields through where filters', async () => {
    // A filter on the password hash must not act as an oracle, even on one's own record.
    const [stored] = (
      await payload.find({
        collection: 'citizens',
        where: { id: { equals: a.id } },
        overrideAccess: true,
        showHiddenFields: true,
      })
    ).docs
    const hashPrefix = String((stored as { hash?: string }).hash).slice(0, 4)
    const response = await client.rest('GET', `/api/citizens?where[hash][like]=${hashPrefix}`, {
      cookie: a.cookie,
    })
    const body = await response.json()
    expect(
      response.status === 400 || response.status === 403 || (body.docs ?? []).length === 0,
    ).toBe(true)
    const salt = await client.rest(
      'GET',
      `/api/citizens?where[or][0][salt][exists]=true&where[or][1][id][equals]=${b.id}`,
      { cookie: a.cookie },
    )
    expect(((await salt.json()).docs ?? []).map((d: { id: number }) => d.id)).not.toContain(b.id)
  })

  it('should refuse reading or changing another citizen by id', async () => {
    expect([403, 404]).toContain(
      (await client.rest('GET', `/api/citizens/${b.id}`, { cookie: a.cookie })).status,
    )
    const patch = await client.rest('PATCH', `/api/citizens/${b.id}`, {
      cookie: a.cookie,
      body: { name: 'Pirate', household: [] },
    })
    expect([403, 404]).toContain(patch.status)
    const bulk = await client.rest('PATCH', `/api/citizens?where[id][equals]=${b.id}`, {
      cookie: a.cookie,
      body: { name: 'Pirate' },
    })
    expect(((await bulk.json()).docs ?? []).length).toBe(0)
    expect([403, 404]).toContain(
      (await client.rest('DELETE', `/api/citizens/${b.id}`, { cookie: a.cookie })).status,
    )
    const stored = await payload.findByID({
      collection: 'citizens',
      id: b.id,
      overrideAccess: true,
    })
    expect(stored.name).toBe('b@example.test')
    expect(stored.household).toHaveLength(1)
  })

  it('should refuse mass assignment of _verified, sector, consents and email by a citizen', async () => {
    const sector = await payload.create({
      collection: 'sectors',
      data: {
        name: 'Sud',
        code: 'sud',
        boundary: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 1],
              [0, 0],
            ],
          ],
        },
      },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const response = await client.rest('PATCH', `/api/citizens/${a.id}`, {
      cookie: a.cookie,
      body: {
        name: 'A renamed',
        _verified: false,
        sector: sector.id,
        email: 'taken-over@example.test',
        roles: ['admin'],
        consents: [{ purpose: 'fake', textVersion: 'x', acceptedAt: new Date().toISOString() }],
        loginAttempts: 0,
        password: 'hijacked-password-1',
      },
    })
    expect(response.status).toBe(200)
    const stored = await payload.findByID({
      collection: 'citizens',
      id: a.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(stored).toMatchObject({
      name: 'A renamed',
      _verified: true,
      email: 'a@example.test',
      sector: null,
    })
    expect(stored.consents ?? []).toEqual([])
    expect(stored).not.toHaveProperty('roles')
    // A stolen session cannot set a new password without the current one.
    await expect(
      payload.login({
        collection: 'citizens',
        data: { email: 'a@example.test', password: 'hijacked-password-1' },
      }),
    ).rejects.toThrow()
    const { user } = await payload.login({
      collection: 'citizens',
      data: { email: 'a@example.test', password },
    })
    expect(user?.id).toBe(a.id)
  })

  it('should show a citizen only their own record through GraphQL, and no citizen mutations', async () => {
    const result = await graphql('{ Citizens(limit: 100) { docs { id email } } }', a.cookie)
    expect(result.errors).toBeUndefined()
    expect((result.data?.Citizens as { docs: { id: number }[] }).docs.map((d) => d.id)).toEqual([
      a.id,
    ])
    const other = await graphql(`{ Citizen(id: ${b.id}) { id email } }`, a.cookie)
    expect(other.data?.Citizen ?? null).toBeNull()
    const anonymous = await graphql('{ Citizens { docs { id } } }')
    expect(anonymous.data?.Citizens ?? null).toBeNull()
    const mutation = await graphql(
      `mutation { loginCitizen(email: "a@example.test", password: "${password}") { token } }`,
    )
    expect(mutation.errors?.[0]?.message).toMatch(/Cannot query field "loginCitizen"/)
  })

  it('should let staff read and manage citizens from the admin API', async () => {
    const list = await (
      await client.rest('GET', '/api/citizens?limit=100', { cookie: staffCookie })
    ).json()
    expect(list.docs.map((d: { id: number }) => d.id).sort()).toEqual([a.id, b.id].sort())
    const update = await client.rest('PATCH', `/api/citizens/${b.id}`, {
      cookie: staffCookie,
      body: { name: 'B (corrigé)' },
    })
    expect(update.status).toBe(200)
  })

  it('should keep an audit trail of staff changes (field names, not values) that citizens cannot read', async () => {
    const { docs } = await payload.find({
      collection: 'citizen-audit',
      where: { citizenId: { equals: b.id } },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs.map((d) => [d.action, d.fields, d.staff])).toEqual([
      ['update', 'name', expect.any(Number)],
    ])
    expect(JSON.stringify(docs)).not.toContain('corrigé')
    // The citizen's own changes (A renamed above) are theirs, not staff's: no entry.
    expect(
      (
        await payload.count({
          collection: 'citizen-audit',
          where: { citizenId: { equals: a.id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
    expect((await client.rest('GET', '/api/citizen-audit', { cookie: a.cookie })).status).toBe(403)
    expect((await client.rest('GET', '/api/citizen-audit', { cookie: staffCookie })).status).toBe(
      200,
    )
  })
})
