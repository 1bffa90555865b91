import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { type Client, lastMail, locationOf, makeClient, tokenFrom } from './helpers'

const square = (x: number, y: number) => ({
  type: 'Polygon',
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

describe('citizen accounts: registration, sign-in, sessions', () => {
  let payload: Payload
  let client: Client
  let sectorId: number
  let addressId: number
  const password = 'correct-horse-battery'

  /** Registers and confirms an account through the forms, as a resident would. */
  const registerVerified = async (email: string, ip = '10.1.0.1') => {
    const response = await client.post(
      'register',
      { email, password, name: email.split('@')[0], consent: 'on' },
      { ip },
    )
    expect(locationOf(response)).toContain('status=registered')
    const token = tokenFrom((await lastMail(payload, email))?.text)
    expect(token).toBeTruthy()
    const verified = await client.post('verify', { token: token! }, { ip })
    expect(locationOf(verified)).toContain('status=verified')
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    client = makeClient(payload)
    const sector = await payload.create({
      collection: 'sectors',
      data: { name: 'Nord', code: 'nord', boundary: square(-74, 46) },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    sectorId = sector.id
    const address = await payload.create({
      collection: 'addresses',
      data: { number: 12, street: 'rue des Érables', postalCode: 'J0A 1B0', lat: 46.5, lng: -73.5 },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    addressId = address.id
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should answer registration identically for a new and a known email, and send each the right email', async () => {
    const first = await client.post('register', {
      email: 'alice@example.test',
      password,
      name: 'Alice',
      consent: 'on',
    })
    const again = await client.post('register', {
      email: 'alice@example.test',
      password: 'another-password-1',
      name: 'Mallory',
      consent: 'on',
    })
    expect(first.status).toBe(303)
    expect(again.status).toBe(first.status)
    expect(locationOf(again)).toBe(locationOf(first))
    expect(locationOf(first)).toBe('/fr/mon-dossier/inscription?status=registered')
    const { docs } = await payload.find({
      collection: 'citizens',
      where: { email: { equals: 'alice@example.test' } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].name).toBe('Alice')
    expect(docs[0]._verified).toBe(false)
    expect(docs[0].consents?.[0]).toMatchObject({ purpose: 'terms', textVersion: '2026-01' })
    const mails = await payload.find({
      collection: 'mail-outbox',
      where: { to: { equals: 'alice@example.test' } },
      sort: 'createdAt',
      overrideAccess: true,
    })
    expect(mails.docs.map((m) => m.subject)).toEqual([
      'Confirmez votre dossier citoyen',
      'Tentative de création d’un dossier citoyen',
    ])
    expect(mails.docs[0].html).toContain('<html lang="fr-CA">')
    expect(mails.docs[0].text).toContain('/fr/mon-dossier/confirmation?token=')
  })

  it('should refuse sign-in before the email is confirmed, with the same answer as a wrong password', async () => {
    const unverified = await client.post('login', { email: 'alice@example.test', password })
    const wrong = await client.post('login', {
      email: 'alice@example.test',
      password: 'not-the-password',
    })
    const unknown = await client.post('login', { email: 'nobody@example.test', password })
    expect(unverified.headers.get('set-cookie')).toBeNull()
    expect(locationOf(unverified)).toBe('/fr/mon-dossier/connexion?error=invalidCredentials')
    expect(locationOf(wrong)).toBe(locationOf(unverified))
    expect(locationOf(unknown)).toBe(locationOf(unverified))
  })

  it('should confirm the email from the emailed link and then sign in', async () => {
    const token = tokenFrom(
      (
        await payload.find({
          collection: 'mail-outbox',
          where: {
            subject: { equals: 'Confirmez votre dossier citoyen' },
            to: { equals: 'alice@example.test' },
          },
          overrideAccess: true,
        })
      ).docs[0]?.text,
    )
    const verified = await client.post('verify', { token: token! })
    expect(locationOf(verified)).toBe('/fr/mon-dossier/connexion?status=verified')
    const cookie = await client.login('alice@example.test', password)
    const me = await client.rest('GET', '/api/citizens/me', { cookie })
    expect((await me.json()).user).toMatchObject({
      email: 'alice@example.test',
      collection: 'citizens',
    })
  })

  it('should answer forgot-password identically for known and unknown emails and reset with the emailed token', async () => {
    const known = await client.post('forgot-password', { email: 'alice@example.test' })
    const unknown = await client.post('forgot-password', { email: 'ghost@example.test' })
    expect(locationOf(known)).toBe('/fr/mon-dossier/mot-de-passe-oublie?status=forgotSent')
    expect(locationOf(unknown)).toBe(locationOf(known))
    expect(await lastMail(payload, 'ghost@example.test')).toBeNull()
    const mail = await lastMail(payload, 'alice@example.test')
    expect(mail?.subject).toBe('Choisir un nouveau mot de passe')
    const cookieBefore = await client.login('alice@example.test', password)
    const reset = await client.post('reset-password', {
      token: tokenFrom(mail?.text)!,
      password: 'a-brand-new-password',
    })
    expect(locationOf(reset)).toBe('/fr/mon-dossier/connexion?status=passwordReset')
    // Every session opened before the reset is closed.
    const me = await client.rest('GET', '/api/citizens/me', { cookie: cookieBefore })
    expect((await me.json()).user).toBeNull()
    await client.login('alice@example.test', 'a-brand-new-password')
    await payload.update({
      collection: 'citizens',
      where: { email: { equals: 'alice@example.test' } },
      data: { password },
      overrideAccess: true,
    })
  })

  it('should revoke the session on sign-out: the same token no longer works', async () => {
    const cookie = await client.login('alice@example.test', password)
    const other = await client.login('alice@example.test', password, '10.0.0.3')
    const out = await client.post('logout', {}, { cookie })
    expect(locationOf(out)).toBe('/fr/mon-dossier/connexion?status=loggedOut')
    const expired = /^payload-token=;.*Expires=([^;]+)/i.exec(out.headers.get('set-cookie') ?? '')
    expect(new Date(expired?.[1] ?? 'invalid').getTime()).toBeLessThanOrEqual(Date.now())
    expect(
      (await (await client.rest('GET', '/api/citizens/me', { cookie })).json()).user,
    ).toBeNull()
    expect(
      (await (await client.rest('GET', '/api/citizens/me', { cookie: other })).json()).user,
    ).not.toBeNull()
    const everywhere = await client.post('logout-everywhere', {}, { cookie: other })
    expect(locationOf(everywhere)).toContain('status=loggedOutEverywhere')
    expect(
      (await (await client.rest('GET', '/api/citizens/me', { cookie: other })).json()).user,
    ).toBeNull()
  })

  // Issue 11, point 10: Payload's lock (5 failures from anywhere lock the account) let anyone who
  // knows a resident's email lock them out. Failures now count per account and address.
  it('should not let failed sign-ins from other addresses lock a resident out', async () => {
    await registerVerified('targeted@example.test')
    for (let i = 0; i < 12; i++) {
      const wrong = await client.post(
        'login',
        { email: 'targeted@example.test', password: `wrong-${i}-password` },
        { ip: `10.2.0.${i}` },
      )
      expect(locationOf(wrong)).toBe('/fr/mon-dossier/connexion?error=invalidCredentials')
    }
    const right = await client.post(
      'login',
      { email: 'targeted@example.test', password },
      { ip: '10.2.1.1' },
    )
    expect(right.headers.get('set-cookie')).toMatch(/payload-token=/)
    expect(locationOf(right)).toBe('/fr/mon-dossier')
  })

  it('should stop an address after five failed sign-ins for one account, even with the right password, until a success elsewhere or a reset', async () => {
    await registerVerified('guessed@example.test')
    await registerVerified('neighbour@example.test')
    // Failures in a row only: a success clears the count.
    for (let i = 0; i < 4; i++)
      await client.post(
        'login',
        { email: 'guessed@example.test', password: `wrong-${i}-password` },
        { ip: '10.6.0.1' },
      )
    await client.login('guessed@example.test', password, '10.6.0.1')
    for (let i = 0; i < 5; i++) {
      const wrong = await client.post(
        'login',
        { email: 'guessed@example.test', password: `wrong-${i}-password` },
        { ip: '10.6.0.1' },
      )
      expect(locationOf(wrong)).toBe('/fr/mon-dossier/connexion?error=invalidCredentials')
    }
    const blocked = await client.post(
      'login',
      { email: 'guessed@example.test', password },
      { ip: '10.6.0.1' },
    )
    expect(blocked.headers.get('set-cookie')).toBeNull()
    expect(locationOf(blocked)).toBe('/fr/mon-dossier/connexion?error=tooManyRequests')
    // Only that account from that address: another account there, and this one elsewhere, sign in.
    await client.login('neighbour@example.test', password, '10.6.0.1')
    await client.login('guessed@example.test', password, '10.6.0.2')
    // The resident resets their password from the stopped address, and signs in there at once.
    await client.post('forgot-password', { email: 'guessed@example.test' }, { ip: '10.6.0.1' })
    const reset = await client.post(
      'reset-password',
      {
        token: tokenFrom((await lastMail(payload, 'guessed@example.test'))?.text)!,
        password: 'a-brand-new-password',
      },
      { ip: '10.6.0.1' },
    )
    expect(locationOf(reset)).toBe('/fr/mon-dossier/connexion?status=passwordReset')
    await client.login('guessed@example.test', 'a-brand-new-password', '10.6.0.1')
    // Nothing is stored on the account itself: no lock a stranger could set.
    const [stored] = (
      await payload.find({
        collection: 'citizens',
        where: { email: { equals: 'guessed@example.test' } },
        overrideAccess: true,
        showHiddenFields: true,
      })
    ).docs
    expect(stored).not.toHaveProperty('lockUntil')
    expect(stored).not.toHaveProperty('loginAttempts')
  })

  it('should count a wrong current password on the security page like a failed sign-in', async () => {
    await registerVerified('session-thief@example.test', '10.8.0.1')
    const cookie = await client.login('session-thief@example.test', password, '10.8.0.1')
    for (let i = 0; i < 5; i++) {
      const wrong = await client.post(
        'change-password',
        { currentPassword: `guess-${i}-password`, newPassword: 'taken-over-password' },
        { cookie, ip: '10.8.0.1' },
      )
      expect(locationOf(wrong)).toBe('/fr/mon-dossier/securite?error=wrongPassword')
    }
    const right = await client.post(
      'change-password',
      { currentPassword: password, newPassword: 'taken-over-password' },
      { cookie, ip: '10.8.0.1' },
    )
    expect(locationOf(right)).toBe('/fr/mon-dossier/securite?error=tooManyRequests')
    await client.login('session-thief@example.test', password, '10.8.0.2')
  })

  it('should rate-limit attempts per account across IPs and per IP across accounts (counted in Postgres)', async () => {
    const answers: string[] = []
    for (let i = 0; i < 11; i++) {
      answers.push(
        locationOf(
          await client.post(
            'forgot-password',
            { email: 'target@example.test' },
            { ip: `10.3.0.${i}` },
          ),
        ),
      )
    }
    expect(answers.slice(0, 10).every((a) => a.includes('status=forgotSent'))).toBe(true)
    expect(answers[10]).toContain('error=tooManyRequests')
    const perIp: string[] = []
    for (let i = 0; i < 31; i++)
      perIp.push(
        locationOf(
          await client.post(
            'login',
            { email: `probe${i}@example.test`, password: '' },
            { ip: '10.4.0.1' },
          ),
        ),
      )
    expect(perIp[29]).toContain('error=invalidCredentials')
    expect(perIp[30]).toContain('error=tooManyRequests')
    const rows = await (
      payload.db as unknown as {
        pool: { query: (q: string) => Promise<{ rows: { key: string }[] }> }
      }
    ).pool.query('select key from citizen_accounts.rate_limits')
    expect(rows.rows.some((r) => r.key === 'ip:login:10.4.0.1')).toBe(true)
    expect(rows.rows.every((r) => !r.key.includes('@'))).toBe(true)
  })

  it('should refuse a form posted from another site or without its token, and never answer 500', async () => {
    const foreign = await client.post(
      'login',
      { email: 'alice@example.test', password },
      { origin: 'https://evil.example' },
    )
    expect(foreign.status).toBe(403)
    const noToken = await client.post(
      'login',
      { email: 'alice@example.test', password },
      { csrf: null },
    )
    expect(locationOf(noToken)).toBe('/fr/mon-dossier/connexion?error=csrf')
    expect(noToken.headers.get('set-cookie')).toBeNull()
    const cookie = await client.login('alice@example.test', password)
    // A token made for an anonymous form is refused once signed in (tokens are bound to the session).
    const stolen = await client.post(
      'profile',
      { name: 'Pirate' },
      { cookie, csrf: (await import('../lib/csrf')).createCsrfToken(payload.secret, 'anonymous') },
    )
    expect(locationOf(stolen)).toBe('/fr/mon-dossier/profil?error=csrf')
    const garbage = await client.post(
      'household-add',
      { firstName: 'x'.repeat(500), relationship: 'boss' },
      { cookie },
    )
    expect(garbage.status).toBe(303)
    expect(locationOf(garbage)).toBe('/fr/mon-dossier/menage?error=invalidMember')
    const anonymous = await client.post('profile', { name: 'Nobody' })
    expect(locationOf(anonymous)).toBe('/fr/mon-dossier/connexion?error=loginRequired')
  })

  it('should close Payload’s own auth routes for citizens and the REST create', async () => {
    expect(
      (
        await client.rest('POST', '/api/citizens/login', {
          body: { email: 'alice@example.test', password },
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await client.rest('POST', '/api/citizens/forgot-password', {
          body: { email: 'alice@example.test' },
        })
      ).status,
    ).toBe(404)
    const created = await client.rest('POST', '/api/citizens', {
      body: { email: 'rest@example.test', password, name: 'R', _verified: true },
    })
    expect(created.status).toBe(403)
  })

  it('should set the address from the registry and derive the sector; household keeps first name and relationship only', async () => {
    const cookie = await client.login('alice@example.test', password)
    expect(
      locationOf(await client.post('address', { addressId: String(addressId) }, { cookie })),
    ).toBe('/fr/mon-dossier/profil?status=saved')
    expect(locationOf(await client.post('address', { addressId: '999999' }, { cookie }))).toBe(
      '/fr/mon-dossier/profil?error=addressNotFound',
    )
    await client.post(
      'household-add',
      { firstName: 'Léa', relationship: 'child', birthDate: '2015-01-01' },
      { cookie },
    )
    await client.post(
      'profile',
      { name: 'Alice Tremblay', phone: '819 555-0123', preferredLanguage: 'en' },
      { cookie },
    )
    const [stored] = (
      await payload.find({
        collection: 'citizens',
        where: { email: { equals: 'alice@example.test' } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs
    expect(stored).toMatchObject({
      name: 'Alice Tremblay',
      phone: '819 555-0123',
      preferredLanguage: 'en',
      address: addressId,
      sector: sectorId,
    })
    expect(
      stored.household?.map(({ firstName, relationship }) => ({ firstName, relationship })),
    ).toEqual([{ firstName: 'Léa', relationship: 'child' }])
    expect(Object.keys(stored.household![0]).sort()).toEqual(['firstName', 'id', 'relationship'])
    const remove = await client.post(
      'household-remove',
      { memberId: stored.household![0].id! },
      { cookie },
    )
    expect(locationOf(remove)).toBe('/fr/mon-dossier/menage?status=saved')
  })

  // Issue 11, point 10: ten additions at once each read the household and wrote it back whole,
  // so all ten said "saved" and one was kept.
  it('should keep every member added at once, and say which were refused once the household is full', async () => {
    await registerVerified('big-family@example.test', '10.9.0.1')
    const cookie = await client.login('big-family@example.test', password, '10.9.0.1')
    const names = Array.from({ length: 10 }, (_, i) => `Enfant ${i + 1}`)
    const answers = await Promise.all(
      names.map((firstName) =>
        client.post('household-add', { firstName, relationship: 'child' }, { cookie }),
      ),
    )
    expect(answers.map(locationOf)).toEqual(names.map(() => '/fr/mon-dossier/menage?status=saved'))
    const household = async () =>
      (
        (
          await payload.find({
            collection: 'citizens',
            where: { email: { equals: 'big-family@example.test' } },
            depth: 0,
            overrideAccess: true,
          })
        ).docs[0].household ?? []
      ).map((m) => m.firstName)
    expect((await household()).sort()).toEqual([...names].sort())
    // Twelve at most: of four more at once, two are kept and two are told the household is full.
    const more = await Promise.all(
      ['A', 'B', 'C', 'D'].map((firstName) =>
        client.post('household-add', { firstName, relationship: 'other' }, { cookie }),
      ),
    )
    expect(more.map(locationOf).sort()).toEqual([
      '/fr/mon-dossier/menage?error=householdFull',
      '/fr/mon-dossier/menage?error=householdFull',
      '/fr/mon-dossier/menage?status=saved',
      '/fr/mon-dossier/menage?status=saved',
    ])
    expect(await household()).toHaveLength(12)
    // Removals at once do not bring members back either.
    const [stored] = (
      await payload.find({
        collection: 'citizens',
        where: { email: { equals: 'big-family@example.test' } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs
    const removed = await Promise.all(
      stored
        .household!.slice(0, 3)
        .map((m) => client.post('household-remove', { memberId: m.id! }, { cookie })),
    )
    expect(removed.map(locationOf)).toEqual(Array(3).fill('/fr/mon-dossier/menage?status=saved'))
    expect(await household()).toHaveLength(9)
  })

  it('should change the password only with the current one, keeping this session and closing the others', async () => {
    // A fresh account: Alice has used up her hourly sign-in allowance in the tests above.
    await registerVerified('changer@example.test', '10.5.0.1')
    const cookie = await client.login('changer@example.test', password, '10.5.0.2')
    const other = await client.login('changer@example.test', password, '10.5.0.3')
    const wrong = await client.post(
      'change-password',
      { currentPassword: 'not-the-password', newPassword: 'another-good-password' },
      { cookie },
    )
    expect(locationOf(wrong)).toBe('/fr/mon-dossier/securite?error=wrongPassword')
    const done = await client.post(
      'change-password',
      { currentPassword: password, newPassword: 'another-good-password' },
      { cookie },
    )
    expect(locationOf(done)).toBe('/fr/mon-dossier/securite?status=passwordChanged')
    expect(
      (await (await client.rest('GET', '/api/citizens/me', { cookie })).json()).user?.email,
    ).toBe('changer@example.test')
    expect(
      (await (await client.rest('GET', '/api/citizens/me', { cookie: other })).json()).user,
    ).toBeNull()
    await client.login('changer@example.test', 'another-good-password', '10.5.0.4')
  })
})
