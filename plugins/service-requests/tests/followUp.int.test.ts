import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { createCsrfToken, csrfBinding } from '../residents/csrf'
import { reopenRequest } from '../follow/residentActions'
import { submitRequest } from '../form/submit'
import { base, type City, makeCity, newKey, options, rest } from './helpers'

describe('service requests: the resident after resolution (reopen, feedback, photos)', () => {
  let payload: Payload
  let city: City

  const claims = (cookie: string) =>
    JSON.parse(Buffer.from(cookie.split('=')[1].split('.')[1], 'base64url').toString('utf8')) as {
      id: number
      sid?: string
    }
  const post = (
    action: 'reopen' | 'feedback',
    fields: Record<string, string>,
    {
      cookie,
      origin = base,
      csrf,
    }: { cookie?: string; origin?: string; csrf?: string | null } = {},
  ) => {
    const binding = cookie
      ? csrfBinding({ id: claims(cookie).id, _sid: claims(cookie).sid })
      : 'anonymous'
    const body = new URLSearchParams({
      locale: 'fr',
      ...(csrf === null ? {} : { csrf: csrf ?? createCsrfToken(payload.secret, binding) }),
      ...fields,
    })
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      origin,
    }
    if (cookie) headers.cookie = cookie
    return handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/service-requests-form/${action}`, {
        method: 'POST',
        headers,
        body: body.toString(),
      }),
    })
  }
  const outcome = (r: Response) => {
    const to = new URL(r.headers.get('location') ?? '', base)
    return to.searchParams.get('done') ?? `erreur:${to.searchParams.get('error')}`
  }
  const stored = (id: number) =>
    payload.findByID({
      collection: 'service-requests',
      id,
      overrideAccess: true,
      depth: 0,
      showHiddenFields: true,
    })
  const resolved = async (overrides: Partial<Parameters<typeof submitRequest>[2]> = {}) => {
    const r = await submitRequest(payload, options, {
      typeId: city.type.id,
      description: 'Trou',
      answers: { size: 'large' },
      addressId: city.westAddress.id,
      language: 'fr',
      citizenId: null,
      idempotencyKey: newKey(),
      ...overrides,
    })
    if (!r.ok) throw new Error('refused')
    await payload.update({
      collection: 'service-requests',
      id: r.id,
      data: { status: 'resolved', note: 'Réparé.', isNotePublic: true } as never,
      overrideAccess: true,
    })
    return r
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    city = await makeCity(payload)
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should let the holder of the secret link reopen a resolved request once, with a reason and a public history entry', async () => {
    const r = await resolved()
    const fields = { numero: r.trackingNumber, cle: r.followToken }
    expect(
      (
        await post(
          'reopen',
          { ...fields, reason: 'Toujours là' },
          { origin: 'https://evil.example' },
        )
      ).status,
    ).toBe(403)
    expect(
      outcome(await post('reopen', { ...fields, reason: 'Toujours là' }, { csrf: null })),
    ).toBe('erreur:csrf')
    // Without the secret (or with another request's), the request does not exist.
    expect((await post('reopen', { numero: r.trackingNumber, reason: 'x' })).status).toBe(404)
    expect(
      (
        await post(
          'reopen',
          { numero: r.trackingNumber, reason: 'x' },
          { cookie: city.citizenA.cookie },
        )
      ).status,
    ).toBe(404)
    expect(outcome(await post('reopen', { ...fields, reason: '   ' }))).toBe(
      'erreur:reasonRequired',
    )
    // The page now posts the secret as `token`; `cle` above is what a page rendered before sent.
    expect(
      outcome(
        await post('reopen', { numero: r.trackingNumber, token: r.followToken, reason: '   ' }),
      ),
    ).toBe('erreur:reasonRequired')
    // And the tracking number as `number`; `numero` above is what a page rendered before sent.
    expect(
      outcome(
        await post('reopen', { number: r.trackingNumber, token: r.followToken, reason: '   ' }),
      ),
    ).toBe('erreur:reasonRequired')
    expect((await stored(r.id)).status).toBe('resolved')

    // A double click: both posts land, one reopening.
    const [first, second] = await Promise.all([
      post('reopen', { ...fields, reason: 'Le trou est revenu.' }),
      post('reopen', { ...fields, reason: 'Le trou est revenu.' }),
    ])
    expect([outcome(first), outcome(second)].sort()).toEqual(['alreadyReopened', 'reopened'])
    expect(first.headers.get('location')).toContain(
      `/fr/requetes/${r.trackingNumber}?token=${r.followToken}`,
    )
    const doc = await stored(r.id)
    expect(doc.status).toBe('in_progress')
    expect(doc.resolvedAt ?? null).toBeNull()
    const reopenings = (doc.history ?? []).filter((h) => h.kind === 'reopened')
    expect(reopenings).toHaveLength(1)
    expect(reopenings[0]).toMatchObject({
      fromStatus: 'resolved',
      status: 'in_progress',
      note: 'Le trou est revenu.',
      isPublic: true,
    })
    // The resident reopened it: no email to themselves about it.
    const mails = await payload.count({
      collection: 'mail-outbox',
      where: {
        subject: { contains: r.trackingNumber },
        and: [{ subject: { contains: 'En cours' } }],
      },
      overrideAccess: true,
    })
    expect(mails.totalDocs).toBe(0)
  })

  it('should refuse to reopen after the reopening period or once closed, with a clear message', async () => {
    const late = await resolved()
    const in15days = new Date(Date.now() + 15 * 24 * 60 * 60 * 1000)
    expect(
      await reopenRequest({ payload, options, id: late.id, reason: 'encore', now: in15days }),
    ).toBe('tooLate')
    expect(
      await reopenRequest({
        payload,
        options,
        id: late.id,
        reason: 'encore',
        now: new Date(Date.now() + 13 * 24 * 60 * 60 * 1000),
      }),
    ).toBe('reopened')
    const closed = await resolved()
    await payload.update({
      collection: 'service-requests',
      id: closed.id,
      data: { status: 'closed' } as never,
      overrideAccess: true,
    })
    const r = await post('reopen', {
      numero: closed.trackingNumber,
      cle: closed.followToken,
      reason: 'encore',
    })
    expect(outcome(r)).toBe('erreur:closed')
    expect((await stored(closed.id)).status).toBe('closed')
    // The page shows the message in both languages.
    const { requestTranslator } = await import('../i18n/translate')
    expect(requestTranslator('fr')('followUp.errors.tooLate', { days: 14 })).toMatch(/14 jours/)
    expect(requestTranslator('en')('followUp.errors.closed')).toMatch(/closed/)
    const open = await submitRequest(payload, options, {
      typeId: city.type.id,
      description: 'x',
      answers: { size: 'small' },
      addressId: city.westAddress.id,
      language: 'fr',
      citizenId: null,
      idempotencyKey: newKey(),
    })
    if (!open.ok) throw new Error('refused')
    expect(
      outcome(
        await post('reopen', { numero: open.trackingNumber, cle: open.followToken, reason: 'x' }),
      ),
    ).toBe('erreur:notResolved')
  })

  it('should take one satisfaction rating from the submitting citizen, after resolution only', async () => {
    const r = await resolved({ citizenId: city.citizenA.id })
    const fields = { numero: r.trackingNumber }
    const cookie = city.citizenA.cookie
    expect(
      (await post('feedback', { ...fields, rating: '5' }, { cookie: city.citizenB.cookie })).status,
    ).toBe(404)
    expect(outcome(await post('feedback', { ...fields, rating: '7' }, { cookie }))).toBe(
      'erreur:ratingInvalid',
    )
    expect(
      outcome(await post('feedback', { number: r.trackingNumber, rating: '7' }, { cookie })),
    ).toBe('erreur:ratingInvalid')
    expect(
      outcome(
        await post('feedback', { ...fields, rating: '4', comment: 'x'.repeat(2001) }, { cookie }),
      ),
    ).toBe('erreur:commentTooLong')
    const results = await Promise.all([
      post('feedback', { ...fields, rating: '4', comment: 'Rapide, merci' }, { cookie }),
      post('feedback', { ...fields, rating: '4', comment: 'Rapide, merci' }, { cookie }),
    ])
    expect(results.map(outcome).sort()).toEqual(['alreadyGiven', 'thanks'])
    expect(outcome(await post('feedback', { ...fields, rating: '1' }, { cookie }))).toBe(
      'alreadyGiven',
    )
    const doc = await stored(r.id)
    expect(doc.feedback).toMatchObject({ rating: 4, comment: 'Rapide, merci' })
    const entries = (doc.history ?? []).filter((h) => h.kind === 'feedback')
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ isPublic: false, note: '4/5 — Rapide, merci' })
    // The citizen still cannot read the feedback or history through the API.
    const own = await (
      await rest(payload, 'GET', `/api/service-requests/${r.id}`, { cookie })
    ).json()
    expect(own.feedback).toBeUndefined()
  })

  it('should serve a request’s photos to the holder of its follow-up secret, and to no one else without it', async () => {
    const r = await resolved()
    const other = await resolved()
    const data = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#963' },
    })
      .jpeg()
      .toBuffer()
    const photo = await payload.create({
      collection: 'request-photos',
      data: { request: r.id } as never,
      file: { data, mimetype: 'image/jpeg', name: 'x.jpg', size: data.length },
      overrideAccess: true,
    })
    const file = `/api/request-photos/file/${String(photo.filename)}`
    const thumbnail = `/api/request-photos/file/${String(photo.sizes?.thumbnail?.filename)}`
    expect((await rest(payload, 'GET', file)).status).toBe(403)
    expect((await rest(payload, 'GET', `${file}?cle=${other.followToken}`)).status).toBe(403)
    expect((await rest(payload, 'GET', `${file}?cle=${'A'.repeat(43)}`)).status).toBe(403)
    expect((await rest(payload, 'GET', `${file}?cle=${r.followToken}`)).status).toBe(200)
    expect((await rest(payload, 'GET', `${thumbnail}?cle=${r.followToken}`)).status).toBe(200)
    // The follow-up page now writes `?token=`; `?cle=` above is an older page's address.
    expect((await rest(payload, 'GET', `${file}?token=${other.followToken}`)).status).toBe(403)
    expect((await rest(payload, 'GET', `${file}?token=${r.followToken}`)).status).toBe(200)
    expect((await rest(payload, 'GET', `${thumbnail}?token=${r.followToken}`)).status).toBe(200)
    // A photo staff added to a citizen's request (no owner) is the citizen's to see too.
    const mine = await resolved({ citizenId: city.citizenA.id })
    const staffPhoto = await payload.create({
      collection: 'request-photos',
      data: { request: mine.id } as never,
      file: { data, mimetype: 'image/jpeg', name: 'y.jpg', size: data.length },
      overrideAccess: true,
    })
    expect(
      (
        await rest(payload, 'GET', `/api/request-photos/file/${String(staffPhoto.filename)}`, {
          cookie: city.citizenA.cookie,
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await rest(payload, 'GET', `/api/request-photos/file/${String(staffPhoto.filename)}`, {
          cookie: city.citizenB.cookie,
        })
      ).status,
    ).toBe(403)
    // The secret opens this request's photos only, and never lists them.
    const list = await (
      await rest(payload, 'GET', `/api/request-photos?limit=100&cle=${r.followToken}`)
    ).json()
    expect(JSON.stringify(list)).not.toMatch(/"(owner|draftKey)"/)
  })

  it('should bulk assign through PATCH ?where= within the agent’s department only, with one history entry per request', async () => {
    const colleague = await payload.create({
      collection: 'users',
      data: {
        email: 'agent-a2@example.test',
        password: 'correct-horse-battery',
        name: 'Collègue A2',
        roles: ['agent'],
        department: city.roads.id,
      },
      overrideAccess: true,
    })
    const submit = async (addressId: number) => {
      const r = await submitRequest(payload, options, {
        typeId: city.type.id,
        description: 'lot',
        answers: { size: 'small' },
        addressId,
        language: 'fr',
        citizenId: null,
        idempotencyKey: newKey(),
      })
      if (!r.ok) throw new Error('refused')
      return r.id
    }
    const west1 = await submit(city.westAddress.id)
    const west2 = await submit(city.westAddress.id)
    const east = await submit(city.eastAddress.id)
    // An agent can pick a colleague of their department (the assignee list), nobody else.
    const staff = await (
      await rest(payload, 'GET', '/api/users?limit=100&depth=0', { cookie: city.agentA.cookie })
    ).json()
    expect(staff.docs.map((d: { id: number }) => d.id).sort()).toEqual(
      [city.agentA.id, colleague.id].sort(),
    )
    const where = `where[id][in]=${west1},${west2},${east}`
    const stored = (id: number) =>
      payload.findByID({ collection: 'service-requests', id, overrideAccess: true, depth: 0 })

    const response = await rest(payload, 'PATCH', `/api/service-requests?${where}`, {
      cookie: city.agentA.cookie,
      body: { assignee: colleague.id, status: 'assigned' },
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: { id: number }[] }
    expect(body.docs.map((d) => d.id).sort()).toEqual([west1, west2].sort())
    for (const id of [west1, west2]) {
      const doc = await stored(id)
      expect(doc).toMatchObject({ assignee: colleague.id, status: 'assigned' })
      const assignments = (doc.history ?? []).filter((h) => h.kind === 'assignment')
      expect(assignments).toHaveLength(1)
      expect(assignments[0]).toMatchObject({
        isPublic: false,
        by: city.agentA.id,
        note: 'Agent: — → Collègue A2',
      })
    }
    // Another department's request was not in the agent's reach.
    expect(await stored(east)).toMatchObject({ assignee: city.agentB.id, status: 'submitted' })

    // Assigning outside the department, or moving requests to another department, is refused and changes nothing.
    const outside = await rest(payload, 'PATCH', `/api/service-requests?${where}`, {
      cookie: city.agentA.cookie,
      body: { assignee: city.agentB.id },
    })
    expect(outside.status).toBeGreaterThanOrEqual(400)
    expect(outside.status).toBeLessThan(500)
    expect(JSON.stringify(await outside.json())).toMatch(/ne fait pas partie.*does not belong/)
    const move = await rest(payload, 'PATCH', `/api/service-requests?${where}`, {
      cookie: city.agentA.cookie,
      body: { department: city.parks.id },
    })
    expect(move.status).toBeGreaterThanOrEqual(400)
    expect(move.status).toBeLessThan(500)
    for (const id of [west1, west2])
      expect(await stored(id)).toMatchObject({ assignee: colleague.id, department: city.roads.id })

    // An administrator may move one to the parks department: its roads agent is unassigned.
    const moved = await rest(payload, 'PATCH', `/api/service-requests/${west2}`, {
      cookie: city.admin.cookie,
      body: { department: city.parks.id },
    })
    expect(moved.status).toBe(200)
    const doc = await stored(west2)
    expect(doc).toMatchObject({ department: city.parks.id, assignee: null })
    expect(doc.history?.at(-1)).toMatchObject({
      kind: 'assignment',
      note: 'Service / Department: Travaux publics → Parcs · Agent: Collègue A2 → —',
    })
  })
})
