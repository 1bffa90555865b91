import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { base } from './helpers'

/**
 * Issue 11, point 10, for staff: Payload's lock (5 failures lock the account for 15 minutes) let
 * anyone who knows an agent's email (they sign the city's emails) keep them out of the admin.
 * The admin's sign-in (REST and GraphQL) now counts failures per account and address, like Mon dossier.
 */
describe('staff sign-in: failures per account and address, no account lock', () => {
  let payload: Payload
  const password = 'correct-horse-battery'

  const login = (email: string, secret: string, ip: string) =>
    handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-real-ip': ip },
        body: JSON.stringify({ email, password: secret }),
      }),
    })
  const graphqlLogin = async (email: string, secret: string, ip: string) => {
    const response = await GRAPHQL_POST(payload.config)(
      new Request(`${base}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-real-ip': ip },
        body: JSON.stringify({
          query: `mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(secret)}) { token } }`,
        }),
      }),
    )
    return (await response.json()) as {
      data?: { loginUser?: { token?: string } | null }
      errors?: { message: string }[]
    }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    for (const email of ['agent@example.test', 'colleague@example.test']) {
      await payload.create({
        collection: 'users',
        data: { email, password, name: email, roles: ['editor'] },
        overrideAccess: true,
      })
    }
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should not let failed sign-ins from other addresses lock a staff member out', async () => {
    for (let i = 0; i < 8; i++)
      expect((await login('agent@example.test', `wrong-${i}-password`, `10.7.0.${i}`)).status).toBe(
        401,
      )
    const right = await login('agent@example.test', password, '10.7.1.1')
    expect(right.status).toBe(200)
    expect((await right.json()).token).toBeTruthy()
  })

  it('should stop an address after five failures for one account, with a message in French and English, until a success elsewhere', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login('agent@example.test', `wrong-${i}-password`, '10.7.2.1')).status).toBe(
        401,
      )
    const blocked = await login('agent@example.test', password, '10.7.2.1')
    expect(blocked.status).toBe(429)
    const body = (await blocked.json()) as { errors?: { message: string }[]; token?: string }
    expect(body.token).toBeUndefined()
    expect(body.errors?.[0]?.message).toMatch(/Trop de tentatives.* \/ Too many/)
    // GraphQL goes through the same operation and is held to the same count.
    const viaGraphql = await graphqlLogin('agent@example.test', password, '10.7.2.1')
    expect(viaGraphql.data?.loginUser?.token).toBeFalsy()
    expect(viaGraphql.errors?.[0]?.message).toMatch(/Too many/)
    // A colleague at the same address, and the same agent elsewhere, sign in.
    expect((await login('colleague@example.test', password, '10.7.2.1')).status).toBe(200)
    expect((await login('agent@example.test', password, '10.7.2.2')).status).toBe(200)
    // Nothing is stored on the account: no lock a stranger could set.
    const [stored] = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'agent@example.test' } },
        overrideAccess: true,
        showHiddenFields: true,
      })
    ).docs
    expect(stored).not.toHaveProperty('lockUntil')
  })

  it('should clear the count on a successful sign-in', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++)
        expect(
          (await login('colleague@example.test', `wrong-${i}-password`, '10.7.3.1')).status,
        ).toBe(401)
      expect((await login('colleague@example.test', password, '10.7.3.1')).status).toBe(200)
    }
  })
})
