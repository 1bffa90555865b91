import { SignJWT } from 'jose'
import { executeAuthStrategies, JWT_AUTH_VERSION, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { trustedHeaders } from '../lib/endpointKit'
import { readCitizenSession } from '../lib/fastSession'
import { makeClient } from './helpers'

/** The token of a `payload-token=…` cookie, and its claims (unverified: only to forge variants). */
const tokenOf = (cookie: string) => cookie.split('=')[1] ?? ''
const claimsOf = (cookie: string) =>
  JSON.parse(Buffer.from(tokenOf(cookie).split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    id: number
    collection: string
    sid: string
    email: string
  }

const sign = (
  claims: Record<string, unknown>,
  secret: string,
  { authVersion = JWT_AUTH_VERSION as number | null, expiresIn = 3600 } = {},
) =>
  new SignJWT(claims)
    .setProtectedHeader({
      alg: 'HS256',
      typ: 'JWT',
      ...(authVersion === null ? {} : { authVersion }),
    })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresIn)
    .sign(new TextEncoder().encode(secret))

describe('citizen accounts: the one-query session check', () => {
  let payload: Payload
  const password = 'correct-horse-battery'
  const created: number[] = []

  const citizen = async (email: string) => {
    const doc = await payload.create({
      collection: 'citizens',
      data: {
        email,
        password,
        name: `Session ${email}`,
        preferredLanguage: 'fr',
        _verified: true,
        household: [{ firstName: 'Léa', relationship: 'child' }],
        alertTopics: ['boil-water'],
        alertChannels: ['email'],
      } as never,
      overrideAccess: true,
      disableVerificationEmail: true,
      context: { isCitizenSystem: true },
    })
    created.push(doc.id as number)
    return { id: doc.id as number, cookie: await makeClient(payload).login(email, password) }
  }

  /** What Payload's own strategies say of these headers, as the pages ask it (trustedHeaders). */
  const payloadSays = async (headers: Headers) => {
    const { user } = await executeAuthStrategies({ headers: trustedHeaders(headers), payload })
    return user && user.collection === 'citizens' ? (user.id as number) : null
  }
  const fastSays = async (headers: Headers) =>
    (await readCitizenSession(payload, headers, 'citizens'))?.id ?? null
  const withCookie = (token: string, extra: Record<string, string> = {}) =>
    new Headers({ cookie: `other=1; payload-token=${token}`, ...extra })

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  afterAll(async () => {
    for (const id of created)
      await payload.delete({
        collection: 'citizens',
        id,
        overrideAccess: true,
        context: { isCitizenSystem: true },
      })
    await closePayload(payload)
  })

  it('should accept exactly the sessions Payload accepts, with the same record', async () => {
    const { id, cookie } = await citizen('rapide@example.test')
    const headers = withCookie(tokenOf(cookie))
    expect(await payloadSays(headers)).toBe(id)
    expect(await fastSays(headers)).toBe(id)
    // Even from a link in another site (a webmail): a page view changes nothing.
    const crossSite = withCookie(tokenOf(cookie), {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    })
    expect(await fastSays(crossSite)).toBe(await payloadSays(crossSite))

    const fast = (await readCitizenSession(payload, headers, 'citizens')) as unknown as Record<
      string,
      unknown
    >
    const { user } = await executeAuthStrategies({ headers: trustedHeaders(headers), payload })
    const slow = user as unknown as Record<string, unknown>
    for (const field of ['id', 'email', 'name', 'phone', 'preferredLanguage', 'collection', '_sid'])
      expect(fast[field], field).toEqual(slow[field] ?? null)
    for (const field of ['alertTopics', 'alertChannels', 'newsTopics'])
      expect(fast[field], field).toEqual(slow[field] ?? [])
    expect(fast.household).toEqual(
      (slow.household as { id: string; firstName: string; relationship: string }[]).map(
        ({ id: memberId, firstName, relationship }) => ({ id: memberId, firstName, relationship }),
      ),
    )
  })

  it('should refuse every token Payload refuses', async () => {
    const { id, cookie } = await citizen('refus@example.test')
    const claims = claimsOf(cookie)
    const token = tokenOf(cookie)
    const forged: Record<string, string> = {
      'no cookie': '',
      garbage: 'not-a-jwt',
      'changed signature': `${token.slice(0, -4)}AAAA`,
      'another secret': await sign(claims, 'not-the-secret'),
      'no auth version': await sign(claims, payload.secret, { authVersion: null }),
      expired: await sign(claims, payload.secret, { expiresIn: -60 }),
      'unknown session': await sign({ ...claims, sid: 'no-such-session' }, payload.secret),
      'no session': await sign({ id, collection: 'citizens', email: claims.email }, payload.secret),
      'id as text': await sign({ ...claims, id: String(id) }, payload.secret),
      'another collection': await sign({ ...claims, collection: 'users' }, payload.secret),
      'someone else': await sign({ ...claims, id: id + 100000 }, payload.secret),
    }
    for (const [name, value] of Object.entries(forged)) {
      const headers = value ? withCookie(value) : new Headers()
      expect(await fastSays(headers), name).toBeNull()
      // Payload agrees, except where it reads the id as text, the check leaving that to it.
      if (name !== 'id as text') expect(await payloadSays(headers), name).toBeNull()
    }
  })

  it('should stop at once when the session ends or the record is no longer verified', async () => {
    const { id, cookie } = await citizen('fin@example.test')
    const headers = withCookie(tokenOf(cookie))
    expect(await fastSays(headers)).toBe(id)
    await payload.update({
      collection: 'citizens',
      id,
      data: { _verified: false } as never,
      overrideAccess: true,
      context: { isCitizenSystem: true },
    })
    expect(await payloadSays(headers)).toBeNull()
    expect(await fastSays(headers)).toBeNull()
    await payload.update({
      collection: 'citizens',
      id,
      data: { _verified: true } as never,
      overrideAccess: true,
      context: { isCitizenSystem: true },
    })
    expect(await fastSays(headers)).toBe(id)
    // Signing out (the form) removes the session: the copied cookie stops working.
    const client = makeClient(payload)
    await client.post('logout', {}, { cookie })
    expect(await payloadSays(headers)).toBeNull()
    expect(await fastSays(headers)).toBeNull()
  })

  it('should leave an Authorization header to Payload', async () => {
    const { cookie } = await citizen('entete@example.test')
    const headers = withCookie(tokenOf(cookie), { authorization: `JWT ${tokenOf(cookie)}` })
    expect(await fastSays(headers)).toBeNull()
  })
})
