import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { base, locationOf, makeClient, tokenFrom } from './helpers'

describe('citizen accounts: where a sign-in and a confirmation lead', () => {
  let payload: Payload
  const password = 'correct-horse-battery'

  beforeAll(async () => {
    payload = await getTestPayload()
    await payload.create({
      collection: 'citizens',
      data: {
        email: 'retour@example.test',
        password,
        name: 'Retour',
        preferredLanguage: 'fr',
        _verified: true,
      } as never,
      overrideAccess: true,
      disableVerificationEmail: true,
      context: { isCitizenSystem: true },
    })
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should go back to the page the resident came from after signing in, and only to a page of this site', async () => {
    const client = makeClient(payload)
    const form = '/fr/requetes/nouvelle?brouillon=abc&etape=review'
    let r = await client.post('login', { email: 'retour@example.test', password, retour: form })
    expect(r.status).toBe(303)
    expect(locationOf(r)).toBe(form)
    // Another site, a scheme-relative address, a backslash trick, a script, the API itself: the dashboard instead.
    // A tab is dropped by browsers from a URL: "/\t/evil.example" would become "//evil.example".
    for (const retour of [
      'https://evil.example/x',
      '//evil.example/x',
      '/\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'fr/mon-dossier',
      '/api/users/logout',
    ]) {
      r = await client.post(
        'login',
        { email: 'retour@example.test', password, retour },
        { ip: `10.0.1.${Math.floor(Math.random() * 200)}` },
      )
      expect(locationOf(r), retour).toBe('/fr/mon-dossier')
    }
    // A failed sign-in keeps the destination for the next try.
    r = await client.post(
      'login',
      { email: 'retour@example.test', password: 'wrong-password', retour: form },
      { ip: '10.0.2.1' },
    )
    const back = new URL(locationOf(r), base)
    expect(back.pathname).toBe('/fr/mon-dossier/connexion')
    expect(back.searchParams.get('error')).toBe('invalidCredentials')
    expect(back.searchParams.get('returnTo')).toBe(form)
  })

  it('should send a confirmed resident to the sign-in page with their email remembered, not in the address', async () => {
    const client = makeClient(payload)
    await client.post('register', {
      email: 'nouvelle@example.test',
      password,
      name: 'Nouvelle',
      consent: 'on',
    })
    const mail = (
      await payload.find({
        collection: 'mail-outbox',
        where: { to: { equals: 'nouvelle@example.test' } },
        overrideAccess: true,
      })
    ).docs[0] as unknown as { text: string }
    const token = tokenFrom(mail.text)
    expect(token).toBeTruthy()
    const r = await client.post('verify', { token: token! })
    const target = new URL(locationOf(r), base)
    expect(target.pathname).toBe('/fr/mon-dossier/connexion')
    expect(target.searchParams.get('status')).toBe('verified')
    expect(locationOf(r)).not.toContain('nouvelle')
    // Remembered for the sign-in page only, for a few minutes, out of scripts' reach.
    const cookie = r.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^vo_login_email=nouvelle%40example\.test;/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/Max-Age=\d{2,3};/)
    expect(cookie).toMatch(/Path=\/fr\/mon-dossier\/connexion/)
    // A spent or made-up token sets nothing.
    const again = await client.post('verify', { token: token! })
    expect(new URL(locationOf(again), base).searchParams.get('error')).toBe('invalidToken')
    expect(again.headers.get('set-cookie')).toBeNull()
  })
})
