import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { changedFields } from '../collections/Citizens/hooks/auditStaffChanges'
import { maskSecretLinks } from '../lib/maskSecretLinks'
import { closePayload, getTestPayload } from './host'
import { type Client, lastMail, makeClient } from './helpers'

/**
 * What staff may do to a resident's account: nobody on staff sets a password or a sign-in email,
 * reads a live secret link, or lists residents without a need; the staff who handle residents'
 * records (administrators) send a reset email, sign a resident out everywhere or disable the
 * account, each recorded in the audit with who, when and which fields truly changed.
 */
describe('citizen accounts: staff powers', () => {
  let payload: Payload
  let client: Client
  const password = 'correct-horse-battery'
  const staff: Record<'admin' | 'editor' | 'agent', { id: number; cookie: string }> = {} as never
  let resident: { id: number; cookie: string }

  const auditOf = async (citizenId: number) =>
    (
      await payload.find({
        collection: 'citizen-audit',
        where: { citizenId: { equals: citizenId } },
        sort: 'createdAt',
        depth: 0,
        overrideAccess: true,
      })
    ).docs.map((d) => ({
      action: d.action,
      fields: d.fields,
      staff: d.staff,
    }))

  const signIn = (email: string, pass = password) =>
    payload
      .login({ collection: 'citizens', data: { email, password: pass }, overrideAccess: true })
      .then(
        (r) => Boolean(r.token),
        () => false,
      )

  const me = async (cookie: string) =>
    (
      (await (await client.rest('GET', '/api/citizens/me', { cookie })).json()) as {
        user: { id: number } | null
      }
    ).user

  beforeAll(async () => {
    payload = await getTestPayload()
    client = makeClient(payload)
    const department = await payload.create({
      collection: 'departments',
      data: { name: 'Travaux publics', code: 'tp' },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    for (const [role, key] of [
      ['admin', 'admin'],
      ['editor', 'editor'],
      ['agent', 'agent'],
    ] as const) {
      const email = `${key}@example.test`
      const user = await payload.create({
        collection: 'users',
        data: {
          email,
          password,
          name: key,
          roles: [role],
          department: role === 'agent' ? department.id : undefined,
        },
        overrideAccess: true,
      })
      const login = await client.rest('POST', '/api/users/login', { body: { email, password } })
      staff[key] = {
        id: user.id,
        cookie: /payload-token=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0],
      }
    }
    const doc = await payload.create({
      collection: 'citizens',
      data: {
        email: 'resident@example.test',
        password,
        name: 'Résidente',
        phone: '819 555-0111',
        preferredLanguage: 'fr',
        _verified: true,
        household: [{ firstName: 'Zoé', relationship: 'child' }],
      },
      overrideAccess: true,
      context: { isCitizenSystem: true },
    })
    resident = {
      id: doc.id,
      cookie: await client.login('resident@example.test', password, '10.8.0.1'),
    }
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should refuse a password set by any member of staff, and keep the resident’s own', async () => {
    for (const role of ['agent', 'editor', 'admin'] as const) {
      const response = await client.rest('PATCH', `/api/citizens/${resident.id}`, {
        cookie: staff[role].cookie,
        body: { password: `taken-over-by-${role}` },
      })
      expect(response.status, role).toBe(403)
      expect(await signIn('resident@example.test', `taken-over-by-${role}`), role).toBe(false)
    }
    expect(await signIn('resident@example.test')).toBe(true)
  })

  it('should refuse a new sign-in email set by staff, with a message in French and English', async () => {
    for (const role of ['editor', 'admin'] as const) {
      const response = await client.rest('PATCH', `/api/citizens/${resident.id}`, {
        cookie: staff[role].cookie,
        body: { email: `evil-${role}@example.test` },
      })
      expect(response.status, role).toBe(403)
      const body = (await response.json()) as { errors?: { message: string }[] }
      if (role === 'admin')
        expect(body.errors?.[0]?.message).toMatch(/personnel ne peut pas.*Staff cannot/s)
    }
    const bulk = await client.rest('PATCH', `/api/citizens?where[id][equals]=${resident.id}`, {
      cookie: staff.admin.cookie,
      body: { email: 'bulk@example.test' },
    })
    expect(bulk.status).toBe(403)
    const stored = await payload.findByID({
      collection: 'citizens',
      id: resident.id,
      overrideAccess: true,
    })
    expect(stored.email).toBe('resident@example.test')
  })

  it('should keep the resident list, the audit, the alert lists and the outbox from agents and editors', async () => {
    for (const role of ['agent', 'editor'] as const) {
      for (const path of [
        '/api/citizens',
        `/api/citizens/${resident.id}`,
        '/api/citizen-audit',
        '/api/mail-outbox',
        '/api/alert-signups',
        '/api/alert-deliveries',
      ]) {
        const response = await client.rest('GET', path, { cookie: staff[role].cookie })
        expect([403, 404], `${role} ${path}`).toContain(response.status)
      }
    }
    const list = (await (
      await client.rest('GET', '/api/citizens', { cookie: staff.admin.cookie })
    ).json()) as { docs: { id: number }[] }
    expect(list.docs.map((d) => d.id)).toEqual([resident.id])
  })

  it('should never show staff a secret link from the outbox, nor let them search for one', async () => {
    await client.post('forgot-password', { email: 'resident@example.test' }, { ip: '10.8.0.2' })
    const mail = await lastMail(payload, 'resident@example.test')
    const token = /token=([\w.-]+)/.exec(String(mail?.text))?.[1]
    expect(token, 'the resident receives a working link').toBeTruthy()
    const response = await client.rest('GET', '/api/mail-outbox?limit=100', {
      cookie: staff.admin.cookie,
    })
    expect(response.status).toBe(200)
    const seen = JSON.stringify(await response.json())
    expect(seen).not.toContain(token!)
    expect(seen).toContain('masqué / hidden')
    // A filter on the message as sent would be an oracle for the token, one character at a time.
    for (const field of ['text', 'html']) {
      const probe = await client.rest(
        'GET',
        `/api/mail-outbox?where[${field}][like]=${token!.slice(0, 6)}`,
        { cookie: staff.admin.cookie },
      )
      expect(probe.status, field).toBe(400)
    }
    const hidden = await client.rest('GET', `/api/citizens/${resident.id}?depth=0`, {
      cookie: staff.admin.cookie,
    })
    expect(JSON.stringify(await hidden.json())).not.toMatch(
      /resetPasswordToken|_verificationToken|"hash"|"salt"|sessions/,
    )
  })

  it('should let an administrator send a reset email that reaches only the resident, audited', async () => {
    const before = (
      await payload.count({
        collection: 'mail-outbox',
        where: { to: { equals: 'resident@example.test' } },
        overrideAccess: true,
      })
    ).totalDocs
    for (const role of ['agent', 'editor'] as const) {
      expect(
        (
          await client.rest('POST', `/api/citizens/${resident.id}/send-reset`, {
            cookie: staff[role].cookie,
          })
        ).status,
        role,
      ).toBe(403)
    }
    const response = await client.rest('POST', `/api/citizens/${resident.id}/send-reset`, {
      cookie: staff.admin.cookie,
    })
    expect(response.status).toBe(200)
    const body = JSON.stringify(await response.json())
    expect(body).toMatch(/courriel de réinitialisation.*reset email/s)
    const mail = await lastMail(payload, 'resident@example.test')
    const token = /token=([\w.-]+)/.exec(String(mail?.text))?.[1]
    expect(token, 'the reset email carries a link for the resident').toBeTruthy()
    expect(body).not.toContain(token!)
    expect(
      (
        await payload.count({
          collection: 'mail-outbox',
          where: { to: { equals: 'resident@example.test' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(before + 1)
    expect((await auditOf(resident.id)).filter((a) => a.action === 'send-reset')).toEqual([
      {
        action: 'send-reset',
        fields: 'resetPasswordToken, resetPasswordExpiration',
        staff: staff.admin.id,
      },
    ])
  })

  it('should sign a resident out on every device, and disable and enable the account, each audited', async () => {
    expect((await me(resident.cookie))?.id).toBe(resident.id)
    const signOut = await client.rest('POST', `/api/citizens/${resident.id}/sign-out-everywhere`, {
      cookie: staff.admin.cookie,
    })
    expect(signOut.status).toBe(200)
    expect(await me(resident.cookie)).toBeNull()

    const session = await client.login('resident@example.test', password, '10.8.0.3')
    expect(
      (
        await client.rest('POST', `/api/citizens/${resident.id}/disable`, {
          cookie: staff.agent.cookie,
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await client.rest('POST', `/api/citizens/${resident.id}/disable`, {
          cookie: staff.admin.cookie,
        })
      ).status,
    ).toBe(200)
    expect(await me(session)).toBeNull()
    expect(await signIn('resident@example.test')).toBe(false)
    const refused = await client.post(
      'login',
      { email: 'resident@example.test', password },
      { ip: '10.8.0.4' },
    )
    expect(refused.headers.get('set-cookie') ?? '').not.toMatch(/payload-token=[^;]+/)
    // With the right password only, the resident is told why (and a guesser learns nothing).
    expect(refused.headers.get('location')).toContain('error=accountDisabled')
    const guess = await client.post(
      'login',
      { email: 'resident@example.test', password: 'wrong-guess-123' },
      { ip: '10.8.0.5' },
    )
    expect(guess.headers.get('location')).toContain('error=invalidCredentials')

    expect(
      (
        await client.rest('POST', `/api/citizens/${resident.id}/enable`, {
          cookie: staff.admin.cookie,
        })
      ).status,
    ).toBe(200)
    expect(await signIn('resident@example.test')).toBe(true)
    const actions = (await auditOf(resident.id)).filter((a) =>
      ['sign-out-everywhere', 'disable', 'enable'].includes(String(a.action)),
    )
    expect(actions).toEqual([
      { action: 'sign-out-everywhere', fields: 'sessions', staff: staff.admin.id },
      { action: 'disable', fields: 'disabledAt, sessions', staff: staff.admin.id },
      { action: 'enable', fields: 'disabledAt', staff: staff.admin.id },
    ])
  })

  it('should record an administrator opening a resident’s record, once within ten minutes', async () => {
    const other = await payload.create({
      collection: 'users',
      data: { email: 'admin2@example.test', password, name: 'Admin 2', roles: ['admin'] },
      overrideAccess: true,
    })
    const login = await client.rest('POST', '/api/users/login', {
      body: { email: 'admin2@example.test', password },
    })
    const cookie = /payload-token=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0]
    const views = async () =>
      (await auditOf(resident.id)).filter((a) => a.action === 'view' && a.staff === other.id).length
    expect(await views()).toBe(0)
    expect((await client.rest('GET', `/api/citizens/${resident.id}`, { cookie })).status).toBe(200)
    expect((await client.rest('GET', `/api/citizens/${resident.id}`, { cookie })).status).toBe(200)
    expect(await views()).toBe(1)
  })

  it('should audit an administrator’s correction with the fields that truly changed, never the values', async () => {
    const response = await client.rest('PATCH', `/api/citizens/${resident.id}?depth=1`, {
      cookie: staff.admin.cookie,
      body: { phone: '819 555-0199', name: 'Résidente' },
    })
    expect(response.status).toBe(200)
    const updates = (await auditOf(resident.id)).filter((a) => a.action === 'update')
    expect(updates).toEqual([{ action: 'update', fields: 'phone', staff: staff.admin.id }])
    expect(JSON.stringify(updates)).not.toContain('0199')
  })

  it('should compare relationships by id and rows without their order of keys (unit)', () => {
    const previous = {
      id: 1,
      name: 'A',
      address: 5,
      sector: 2,
      household: [{ id: 'x', firstName: 'Zoé', relationship: 'child' }],
    }
    const populated = {
      id: 1,
      name: 'A',
      address: { id: 5, label: '10 rue', createdAt: 'x', updatedAt: 'y' },
      sector: { id: 2, createdAt: 'x' },
      household: [{ id: 'x', firstName: 'Zoé', relationship: 'child' }],
    }
    expect(changedFields(populated, previous)).toEqual([])
    expect(changedFields({ ...populated, name: 'B' }, previous)).toEqual(['name'])
  })

  it('should mask the secret of every kind of link (unit)', () => {
    const text = [
      'https://ville.example/fr/mon-dossier/verifier?token=abc123def456',
      'https://ville.example/api/citizen-account/unsubscribe?c=4&s=Zx9-_sig&locale=fr',
      'https://ville.example/fr/requetes/2026-000001?cle=0123456789abcdefghijklmnop',
      '<a href="https://ville.example/x/AbCdEfGhIjKlMnOpQrStUvWxYz012345/y">',
    ].join('\n')
    const masked = maskSecretLinks(text)
    expect(masked).not.toMatch(/abc123|Zx9|0123456789abcdef|AbCdEfGhIjKlMnOp/)
    expect(masked).toContain('https://ville.example/fr/requetes/2026-000001?')
  })
})
