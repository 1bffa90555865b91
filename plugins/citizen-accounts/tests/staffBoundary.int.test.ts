import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from '../../../tests/helpers/payload'
import { type Client, makeClient } from './helpers'

/**
 * The staff side of the boundary between citizens and staff, in this city's app: its staff
 * collection and its content collections (news) refuse a citizen's token, as every staff rule of
 * the app checks `req.user.collection`. These are the app's rules, not the plugin's, so this file
 * runs on the app's config; the plugin's own access rules are tested on the minimal host
 * (access.int.test.ts).
 */
describe('citizen accounts: the app’s staff rules refuse a citizen', () => {
  let payload: Payload
  let client: Client
  let a: { id: number; cookie: string }
  let staffCookie: string
  const password = 'correct-horse-battery'

  beforeAll(async () => {
    payload = await getTestPayload()
    client = makeClient(payload)
    const doc = await payload.create({
      collection: 'citizens',
      data: {
        email: 'a@example.test',
        password,
        name: 'a@example.test',
        preferredLanguage: 'fr',
        _verified: true,
      },
      overrideAccess: true,
      context: { isCitizenSystem: true },
    })
    a = { id: doc.id, cookie: await client.login('a@example.test', password, '10.9.0.1') }
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

  it('should keep staff data and the admin away from a citizen, whose token is not a staff token', async () => {
    expect((await client.rest('GET', '/api/users', { cookie: a.cookie })).status).toBe(403)
    expect((await client.rest('GET', '/api/mail-outbox', { cookie: a.cookie })).status).toBe(403)
    const access = await (await client.rest('GET', '/api/access', { cookie: a.cookie })).json()
    // Payload leaves out permissions that are false.
    expect(access.canAccessAdmin ?? false).toBe(false)
    expect(access.collections?.users).toBeUndefined()
    const staffAccess = await (
      await client.rest('GET', '/api/access', { cookie: staffCookie })
    ).json()
    expect(staffAccess.canAccessAdmin).toBe(true)
    const news = await client.rest('POST', '/api/news', {
      cookie: a.cookie,
      body: { title: 'Piratée', summary: 'x', publishedAt: new Date().toISOString() },
    })
    expect(news.status).toBe(403)
    expect(
      (await client.rest('GET', '/api/users/me', { cookie: a.cookie }).then((r) => r.json())).user,
    ).toBeNull()
  })
})
