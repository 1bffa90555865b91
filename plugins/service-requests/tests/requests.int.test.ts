import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { instantToLocalDateTime, instantToLocalDate } from '@engines/calendar'

import { closePayload, getTestPayload } from './host'
import { addBusinessDays } from '../requests/holidays'
import { eraseCitizenRequests, exportCitizenRequests } from '../residents/personalData'
import { getRequestForFollowUp, listCitizenRequests } from '../follow/followUpView'
import { submitRequest } from '../form/submit'
import { type City, graphql, makeCity, newKey, options, rest } from './helpers'

describe('service requests: model, routing, status machine, access', () => {
  let payload: Payload
  let city: City
  const submit = (overrides: Partial<Parameters<typeof submitRequest>[2]> = {}) =>
    submitRequest(payload, options, {
      typeId: city.type.id,
      description: 'Gros trou devant le 10',
      answers: { size: 'large' },
      addressId: city.westAddress.id,
      language: 'fr',
      citizenId: null,
      idempotencyKey: newKey(),
      ...overrides,
    })
  const stored = (id: number) =>
    payload.findByID({
      collection: 'service-requests',
      id,
      overrideAccess: true,
      depth: 0,
      showHiddenFields: true,
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    city = await makeCity(payload)
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should number, route by type and sector and set the due date in business days', async () => {
    const west = await submit()
    expect(west.ok).toBe(true)
    if (!west.ok) return
    expect(west.trackingNumber).toMatch(
      new RegExp(`^${instantToLocalDate(new Date()).slice(0, 4)}-\\d{6}$`),
    )
    const westDoc = await stored(west.id)
    expect(westDoc).toMatchObject({
      status: 'submitted',
      department: city.roads.id,
      assignee: null,
      sector: city.west.id,
      addressLabel: '10, rue de l’Ouest',
    })
    const expectedDue = addBusinessDays(instantToLocalDate(new Date()), 5)
    expect(instantToLocalDateTime(new Date(westDoc.dueAt!))).toBe(`${expectedDue}T23:59`)

    // A map point in the east sector (no address): sector by the Place engine, routed to parks and agent B.
    const east = await submit({ addressId: null, lat: 45.2, lng: -73.2 })
    if (!east.ok) throw new Error('east refused')
    expect(await stored(east.id)).toMatchObject({
      department: city.parks.id,
      assignee: city.agentB.id,
      sector: city.east.id,
    })
    expect(Number(east.trackingNumber.slice(5))).toBeGreaterThan(
      Number(west.trackingNumber.slice(5)),
    )
  })

  it('should refuse incomplete submissions with reasons and save nothing', async () => {
    const before = (await payload.count({ collection: 'service-requests', overrideAccess: true }))
      .totalDocs
    const result = await submit({
      description: '  ',
      addressId: null,
      answers: { size: 'huge', depth: 'deep' },
      contact: { email: 'not-an-email' },
    })
    expect(result).toMatchObject({
      ok: false,
      errors: expect.arrayContaining(['descriptionRequired', 'locationRequired', 'emailInvalid']),
      answerIssues: expect.arrayContaining([
        { code: 'size', error: 'choice' },
        { code: 'depth', error: 'number' },
      ]),
    })
    expect((await submit({ typeId: 999999 })).ok).toBe(false)
    expect((await submit({ idempotencyKey: 'short' })).ok).toBe(false)
    expect(
      (await payload.count({ collection: 'service-requests', overrideAccess: true })).totalDocs,
    ).toBe(before)
  })

  it('should follow the status machine, refuse illegal moves and keep a history with public and internal notes', async () => {
    const r = await submit()
    if (!r.ok) throw new Error('refused')
    const update = (data: Record<string, unknown>, user?: unknown) =>
      payload.update({
        collection: 'service-requests',
        id: r.id,
        data: data as never,
        overrideAccess: !user,
        user: user as never,
        depth: 0,
      })
    await expect(update({ status: 'closed' })).rejects.toThrow(/not allowed/)
    await update({
      status: 'acknowledged',
      note: 'Nous avons bien reçu votre requête.',
      isNotePublic: true,
    })
    await update({ note: 'Voir avec l’équipe de nuit', isNotePublic: false })
    await update({ status: 'in_progress' })
    await expect(update({ status: 'submitted' })).rejects.toThrow(/not allowed/)
    await update({ status: 'resolved', note: 'Réparé.', isNotePublic: true })
    let doc = await stored(r.id)
    expect(doc.resolvedAt).toBeTruthy()
    await update({ status: 'in_progress' }) // reopened
    expect((await stored(r.id)).resolvedAt).toBeNull()
    await update({ status: 'resolved' })
    await update({ status: 'closed' })
    await expect(update({ status: 'in_progress' })).rejects.toThrow(/not allowed/)
    await expect(update({ status: 'duplicate' })).rejects.toThrow()
    doc = await stored(r.id)
    expect(doc.status).toBe('closed')
    const history = doc.history ?? []
    expect(history.map((h) => [h.kind, h.status ?? null, h.isPublic])).toEqual([
      ['created', 'submitted', true],
      ['status', 'acknowledged', true],
      ['note', null, false],
      ['status', 'in_progress', true],
      ['status', 'resolved', true],
      ['status', 'in_progress', true],
      ['status', 'resolved', true],
      ['status', 'closed', true],
    ])
    // Through REST too, as a 400 with a bilingual message, and the stored status does not move.
    const other = await submit()
    if (!other.ok) throw new Error('refused')
    const response = await rest(payload, 'PATCH', `/api/service-requests/${other.id}`, {
      cookie: city.admin.cookie,
      body: { status: 'closed' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/refusé.*not allowed/)
    expect((await stored(other.id)).status).toBe('submitted')
  })

  it('should show the follow-up page only to the submitter or the holder of the secret link, without internal notes', async () => {
    const anonymous = await submit()
    if (!anonymous.ok) throw new Error('refused')
    await payload.update({
      collection: 'service-requests',
      id: anonymous.id,
      data: { note: 'Interne seulement', isNotePublic: false } as never,
      overrideAccess: true,
    })
    const args = {
      payload,
      options,
      trackingNumber: anonymous.trackingNumber,
      locale: 'fr' as const,
    }
    expect(await getRequestForFollowUp(args)).toBeNull()
    expect(await getRequestForFollowUp({ ...args, token: 'x'.repeat(43) })).toBeNull()
    expect(await getRequestForFollowUp({ ...args, citizenId: city.citizenA.id })).toBeNull()
    const view = await getRequestForFollowUp({ ...args, token: anonymous.followToken })
    expect(view).toMatchObject({
      trackingNumber: anonymous.trackingNumber,
      typeName: 'Nid-de-poule',
      status: 'submitted',
    })
    expect(JSON.stringify(view)).not.toMatch(/Interne seulement/)
    const mine = await submit({ citizenId: city.citizenA.id })
    if (!mine.ok) throw new Error('refused')
    expect(
      await getRequestForFollowUp({
        ...args,
        trackingNumber: mine.trackingNumber,
        citizenId: city.citizenA.id,
      }),
    ).not.toBeNull()
    expect(
      await getRequestForFollowUp({
        ...args,
        trackingNumber: mine.trackingNumber,
        citizenId: city.citizenB.id,
      }),
    ).toBeNull()
  })

  it('should create exactly one request for 20 concurrent submissions with the same idempotency key', async () => {
    const key = newKey()
    const results = await Promise.all(
      Array.from({ length: 20 }, () => submit({ idempotencyKey: key, description: 'Double clic' })),
    )
    expect(results.every((r) => r.ok)).toBe(true)
    const numbers = new Set(results.map((r) => (r.ok ? r.trackingNumber : '')))
    expect(numbers.size).toBe(1)
    expect(new Set(results.map((r) => (r.ok ? r.followToken : ''))).size).toBe(1)
    const { totalDocs } = await payload.count({
      collection: 'service-requests',
      where: { description: { equals: 'Double clic' } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(1)
  })

  it('should list on the dashboard the citizen’s own requests only, newest first, with their type’s name', async () => {
    const first = await submit({ citizenId: city.citizenB.id })
    const second = await submit({ citizenId: city.citizenB.id, description: 'Second trou' })
    await submit({ citizenId: city.citizenA.id })
    if (!first.ok || !second.ok) throw new Error('refused')
    const lines = await listCitizenRequests({
      payload,
      options,
      citizenId: city.citizenB.id,
      locale: 'fr',
    })
    const numbers = [second.trackingNumber, first.trackingNumber]
    expect(lines.filter((l) => numbers.includes(l.trackingNumber))).toEqual(
      numbers.map((trackingNumber) => ({
        trackingNumber,
        typeName: city.type.name,
        status: 'submitted',
      })),
    )
    const own = await payload.count({
      collection: 'service-requests',
      where: { submitter: { equals: city.citizenB.id } },
      overrideAccess: true,
    })
    expect(lines).toHaveLength(own.totalDocs)
  })

  it('should email the submitter on each status change, in their language, with the follow-up link', async () => {
    const anonymous = await submit({ contact: { email: 'temoin@example.test' }, language: 'en' })
    const mine = await submit({ citizenId: city.citizenA.id })
    if (!anonymous.ok || !mine.ok) throw new Error('refused')
    const mails = async (to: string) =>
      (
        await payload.find({
          collection: 'mail-outbox',
          where: { to: { equals: to } },
          sort: 'createdAt',
          overrideAccess: true,
          limit: 50,
        })
      ).docs as unknown as { subject: string; text: string; html: string }[]
    const before = (await mails('temoin@example.test')).length
    await payload.update({
      collection: 'service-requests',
      id: anonymous.id,
      data: { note: 'internal only', isNotePublic: false } as never,
      overrideAccess: true,
    })
    expect((await mails('temoin@example.test')).length).toBe(before)
    await payload.update({
      collection: 'service-requests',
      id: anonymous.id,
      data: { status: 'resolved', note: 'Fixed this morning.', isNotePublic: true } as never,
      overrideAccess: true,
    })
    const [mail] = (await mails('temoin@example.test')).slice(before)
    expect(mail.subject).toBe(`Request ${anonymous.trackingNumber}: Resolved`)
    expect(mail.text).toContain('Fixed this morning.')
    expect(mail.text).not.toContain('internal only')
    expect(mail.text).toContain(
      `/en/requests/${anonymous.trackingNumber}?token=${anonymous.followToken}`,
    )
    await payload.update({
      collection: 'service-requests',
      id: mine.id,
      data: { status: 'acknowledged' } as never,
      overrideAccess: true,
    })
    const [citizenMail] = (await mails('a@example.test')).filter((m) =>
      m.subject.includes(mine.trackingNumber),
    )
    expect(citizenMail.subject).toBe(`Requête ${mine.trackingNumber} : Prise en charge`)
    expect(citizenMail.text).not.toContain('token=')
  })

  it('should export a citizen’s requests and, on account deletion, keep them without the person', async () => {
    const r = await submit({ citizenId: city.citizenB.id, description: 'Lampadaire éteint' })
    if (!r.ok) throw new Error('refused')
    await payload.update({
      collection: 'service-requests',
      id: r.id,
      data: { status: 'acknowledged' } as never,
      overrideAccess: true,
    })
    const exported = await exportCitizenRequests({
      citizenId: city.citizenB.id,
      email: 'b@example.test',
      payload,
    })
    expect(exported.map((e) => e.trackingNumber)).toContain(r.trackingNumber)
    await eraseCitizenRequests({ citizenId: city.citizenB.id, email: 'b@example.test', payload })
    const doc = await stored(r.id)
    expect(doc).toMatchObject({
      submitter: null,
      status: 'acknowledged',
      description: 'Lampadaire éteint',
      address: city.westAddress.id,
      sector: city.west.id,
      department: city.roads.id,
    })
    expect(doc.followTokenHash ?? null).toBeNull()
    expect(
      await exportCitizenRequests({
        citizenId: city.citizenB.id,
        email: 'b@example.test',
        payload,
      }),
    ).toEqual([])
  })

  describe('access by every API path', () => {
    let westId: number
    let eastId: number
    let mineId: number

    beforeAll(async () => {
      const west = await submit({ description: 'ouest-access' })
      const east = await submit({
        description: 'est-access',
        addressId: city.eastAddress.id,
        contact: { name: 'Jeanne Témoin', email: 'jeanne@example.test' },
      })
      const mine = await submit({ description: 'citoyen-a', citizenId: city.citizenA.id })
      if (!west.ok || !east.ok || !mine.ok) throw new Error('refused')
      westId = west.id
      eastId = east.id
      mineId = mine.id
    })

    const ids = async (path: string, cookie?: string) => {
      const response = await rest(payload, 'GET', path, { cookie })
      const body = await response.json()
      return {
        status: response.status,
        ids: ((body.docs ?? []) as { id: number }[]).map((d) => d.id),
        body,
      }
    }

    it('should show an agent only their department’s requests over REST, whatever the where or depth', async () => {
      const all = await ids('/api/service-requests?limit=200&depth=2', city.agentB.cookie)
      expect(all.ids).toContain(eastId)
      expect(all.ids).not.toContain(westId)
      expect(all.ids).not.toContain(mineId)
      const forced = await ids(
        `/api/service-requests?where[department][equals]=${city.roads.id}`,
        city.agentB.cookie,
      )
      expect(forced.ids).toEqual([])
      const or = await ids(
        `/api/service-requests?where[or][0][id][equals]=${westId}&where[or][1][department][exists]=true&limit=200`,
        city.agentB.cookie,
      )
      expect(or.ids).not.toContain(westId)
      expect([403, 404]).toContain(
        (
          await rest(payload, 'GET', `/api/service-requests/${westId}`, {
            cookie: city.agentB.cookie,
          })
        ).status,
      )
      const patch = await rest(payload, 'PATCH', `/api/service-requests/${westId}`, {
        cookie: city.agentB.cookie,
        body: { status: 'acknowledged' },
      })
      expect([403, 404]).toContain(patch.status)
      expect((await stored(westId)).status).toBe('submitted')
      // The agent of the request's department may move it and see the submitter's contact.
      const own = await rest(payload, 'PATCH', `/api/service-requests/${eastId}`, {
        cookie: city.agentB.cookie,
        body: { status: 'acknowledged', trackingNumber: '1999-000001', history: [] },
      })
      expect(own.status).toBe(200)
      const afterPatch = await stored(eastId)
      expect(afterPatch.status).toBe('acknowledged')
      expect(afterPatch.trackingNumber).not.toBe('1999-000001')
      expect(afterPatch.history?.length).toBe(2)
      const detail = await (
        await rest(payload, 'GET', `/api/service-requests/${eastId}`, {
          cookie: city.agentB.cookie,
        })
      ).json()
      expect(detail.contact.name).toBe('Jeanne Témoin')
      // Editors (communications) are not agents: nothing.
      expect((await ids('/api/service-requests', city.editor.cookie)).ids).toEqual([])
      // Administrators see everything.
      expect((await ids('/api/service-requests?limit=200', city.admin.cookie)).ids).toEqual(
        expect.arrayContaining([westId, eastId, mineId]),
      )
    })

    it('should hold GraphQL to the same rules', async () => {
      const result = await graphql(
        payload,
        '{ ServiceRequests(limit: 200) { docs { id department { id } } } }',
        city.agentB.cookie,
      )
      expect(result.errors).toBeUndefined()
      const docs = (result.data?.ServiceRequests as { docs: { id: number }[] }).docs.map(
        (d) => d.id,
      )
      expect(docs).toContain(eastId)
      expect(docs).not.toContain(westId)
      const one = await graphql(
        payload,
        `{ ServiceRequest(id: ${westId}) { id description } }`,
        city.agentB.cookie,
      )
      expect(one.data?.ServiceRequest ?? null).toBeNull()
      const anon = await graphql(payload, '{ ServiceRequests { docs { id } } }')
      expect(anon.data?.ServiceRequests ?? null).toBeNull()
    })

    it('should show a citizen only their own requests, without the staff-only fields', async () => {
      const list = await ids('/api/service-requests?limit=200&depth=2', city.citizenA.cookie)
      const own = await payload.find({
        collection: 'service-requests',
        where: { submitter: { equals: city.citizenA.id } },
        overrideAccess: true,
        limit: 200,
        depth: 0,
      })
      expect(list.ids.sort()).toEqual(own.docs.map((d) => d.id).sort())
      expect(list.ids).toContain(mineId)
      expect(list.ids).not.toContain(eastId)
      const raw = JSON.stringify(list.body)
      expect(raw).not.toMatch(/"(submitter|contact|followTokenHash|idempotencyKey)"/)
      // Payload leaves an unreadable array as [] (no entry, no internal note).
      expect(
        list.body.docs.every((d: { history?: unknown[] }) => (d.history ?? []).length === 0),
      ).toBe(true)
      expect(raw).not.toMatch(/Jeanne/)
      expect(
        (await ids('/api/service-requests?limit=200', city.citizenB.cookie)).ids,
      ).not.toContain(mineId)
      expect([403, 404]).toContain(
        (
          await rest(payload, 'GET', `/api/service-requests/${mineId}`, {
            cookie: city.citizenB.cookie,
          })
        ).status,
      )
      const oracle = await ids(
        `/api/service-requests?where[contact.email][equals]=jeanne@example.test`,
        city.citizenA.cookie,
      )
      expect(oracle.ids).toEqual([])
      // Residents create requests only through the form.
      const create = await rest(payload, 'POST', '/api/service-requests', {
        cookie: city.citizenA.cookie,
        body: { type: city.type.id, description: 'x' },
      })
      expect(create.status).toBe(403)
      const patch = await rest(payload, 'PATCH', `/api/service-requests/${mineId}`, {
        cookie: city.citizenA.cookie,
        body: { status: 'closed' },
      })
      expect([403, 404]).toContain(patch.status)
    })

    it('should show anonymous visitors nothing', async () => {
      expect((await rest(payload, 'GET', '/api/service-requests')).status).toBe(403)
      expect([403, 404]).toContain(
        (await rest(payload, 'GET', `/api/service-requests/${eastId}`)).status,
      )
      expect((await rest(payload, 'GET', '/api/request-drafts')).status).toBe(403)
    })
  })
})
