import { sql } from '@payloadcms/db-postgres'
import { handleEndpoints, type Payload } from 'payload'
import { createElement as h } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { HoldView } from '../frontend/HoldView'
import { getHoldContext } from '../frontend/load'
import { patternOf } from '../lib/model'
import { exportCitizenActivities } from '../lib/personalData'
import { sessionSchedule } from '../lib/schedule'
import { closePayload, getTestPayload } from './host'
import {
  base,
  makeResident,
  makeSession,
  makeStaff,
  placesRow,
  post,
  registrationRows,
  type Resident,
  sqlExecute,
  waitlistRows,
} from './helpers'

const day = 86_400_000

describe('activities: cancelling a paid registration by the activity’s rules, the place to the waitlist (real Postgres)', () => {
  let payload: Payload
  let clerk: unknown
  let seq = 0
  const resident = () => makeResident(payload, `cancel${++seq}@example.test`, { address: null })
  const fields = (sessionId: number): [string, string][] => [
    ['session', String(sessionId)],
    ['member', 'self'],
  ]
  const paid = async (who: Resident, sessionId: number) => {
    const held = await post(payload, 'register', { resident: who, fields: fields(sessionId) })
    expect(held.outcome).toBe('held')
    await payload.create({
      collection: 'activity-payments' as 'users',
      data: { reference: held.reference, amountCents: 8000, method: 'counter' } as never,
      user: clerk as never,
      overrideAccess: false,
    })
    const row = (await registrationRows(payload, sessionId)).find(
      (r) => r.payment_reference === held.reference,
    )!
    expect(row.status).toBe('confirmed')
    return { reference: held.reference, id: Number(row.id) }
  }
  const cancel = (who: Resident, reference: string, id: number, csrf?: string) =>
    post(payload, 'cancel', {
      resident: who,
      csrf,
      fields: [
        ['reference', reference],
        ['registration', String(id)],
      ],
    })
  const cancellations = async (id: number) =>
    (
      await sqlExecute(
        payload,
        sql`SELECT * FROM activity_cancellations WHERE registration_id = ${id} ORDER BY id`,
      )
    ).rows

  beforeAll(async () => {
    payload = await getTestPayload()
    clerk = await makeStaff(payload, 'clerk-cancel@example.test', ['loisirs'])
  })
  afterAll(async () => closePayload(payload))

  it('should refund the price less the fee before the start, audit it, offer the place to the first waiting, and refuse twice or someone else', async () => {
    const { session } = await makeSession(payload, {
      capacity: 1,
      activity: { cancellation: { feeCents: 1500, refundUntilHours: 0, afterStart: 'credit' } },
    })
    const holder = await resident()
    const { reference, id } = await paid(holder, session.id)
    const waiting = await resident()
    expect(
      (await post(payload, 'waitlist', { resident: waiting, fields: fields(session.id) })).outcome,
    ).toBe('joined')
    const stranger = await resident()
    const foreign = await cancel(stranger, reference, id)
    expect(foreign.error).toBe('registrationNotFound')
    expect((await cancel(holder, reference, id, '1.forged')).error).toBe('csrf')
    expect((await registrationRows(payload, session.id))[0].status).toBe('confirmed')

    const done = await cancel(holder, reference, id)
    expect([done.status, done.outcome]).toEqual([303, 'registrationCancelled'])
    expect(done.path).toBe(`/fr/loisirs/reservation/${reference}`)
    expect((await registrationRows(payload, session.id))[0].status).toBe('cancelled')
    const [record] = await cancellations(id)
    expect(record).toMatchObject({
      kind: 'refund',
      refund_status: 'toRefund',
      cancelled_by: 'resident',
      payment_method: 'counter',
      reference,
    })
    expect([Number(record.amount_cents), Number(record.fee_cents)]).toEqual([6500, 1500])
    expect(String(record.reason_fr)).toMatch(/remboursement de 65,00/)
    // The freed place went to the first waiting, as an offer (counted as taken while open).
    const [entry] = await waitlistRows(payload, session.id)
    expect(entry.status).toBe('offered')
    expect((await placesRow(payload, session.id))?.taken).toBe(1)

    // In the account's "Download my data".
    expect((await exportCitizenActivities(payload, holder.id)).cancellations).toMatchObject([
      { reference, kind: 'refund', amountCents: 6500, feeCents: 1500, refund: 'toRefund' },
    ])
    expect((await cancel(holder, reference, id)).error).toBe('notCancellable')
    expect(await cancellations(id)).toHaveLength(1)
    const hold = (await getHoldContext(
      payload,
      new Headers({ cookie: `payload-token=${holder.token}` }),
      reference,
      'fr',
    ))!
    const page = renderToStaticMarkup(
      h(HoldView, {
        locale: 'fr',
        hold,
        query: { status: 'registrationCancelled' },
        basePath: { fr: 'loisirs', en: 'activities' },
      }),
    )
    expect(page).toContain('Inscription annulée.')
    expect(page).toMatch(/Annulation avant le début : remboursement de 65,00/)
    expect(page).not.toContain('action="/api/activities/cancel"')
  })

  it('should credit the meetings left once the session has started, and offer the cancel button while confirmed', async () => {
    const { session } = await makeSession(payload, { capacity: 2 })
    const who = await resident()
    const { reference, id } = await paid(who, session.id)
    const cookie = new Headers({ cookie: `payload-token=${who.token}` })
    const before = (await getHoldContext(payload, cookie, reference, 'fr'))!
    const page = renderToStaticMarkup(
      h(HoldView, {
        locale: 'fr',
        hold: before,
        query: {},
        basePath: { fr: 'loisirs', en: 'activities' },
      }),
    )
    expect(page).toContain('action="/api/activities/cancel"')
    expect(page).toContain(`name="registration" value="${id}"`)
    // The session started three weeks ago (staff moved its dates).
    const first = new Date(Date.now() - 21 * day).toISOString().slice(0, 10)
    const updated = await payload.update({
      collection: 'activity-sessions' as 'users',
      id: session.id,
      data: { schedule: { ...(session.schedule as object), firstDate: first } } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const meetings = sessionSchedule(patternOf(updated as never)).meetings
    const now = Date.now()
    const left = meetings.filter((m) => m.start.getTime() > now).length
    expect(left).toBeGreaterThan(0)
    expect(left).toBeLessThan(meetings.length)
    const done = await cancel(who, reference, id)
    expect(done.outcome).toBe('registrationCancelled')
    const [record] = await cancellations(id)
    expect(record).toMatchObject({ kind: 'credit', refund_status: 'credited' })
    expect(Number(record.amount_cents)).toBe(Math.floor((8000 * left) / meetings.length))
    expect(Number(record.fee_cents)).toBe(0)
    expect((await placesRow(payload, session.id))?.taken).toBe(0)
  })

  it('should let the leisure staff cancel on a resident’s behalf with a reason, recorded with who; refuse other staff, no reason, a form, twice', async () => {
    const { session } = await makeSession(payload, { capacity: 1 })
    const who = await resident()
    const { id } = await paid(who, session.id)
    await makeStaff(payload, 'desk@example.test', ['loisirs'])
    await makeStaff(payload, 'writer@example.test', ['editor'])
    const tokenOf = async (email: string) =>
      (
        await payload.login({
          collection: 'users',
          data: { email, password: 'correct-horse-battery' },
          overrideAccess: true,
        })
      ).token!
    const desk = await tokenOf('desk@example.test')
    const writer = await tokenOf('writer@example.test')
    const call = async (token: string, body: string, type = 'application/json') => {
      const response = await handleEndpoints({
        config: payload.config,
        request: new Request(`${base}/api/activity-registrations/${id}/cancel`, {
          method: 'POST',
          headers: { authorization: `JWT ${token}`, 'content-type': type },
          body,
        }),
      })
      return { status: response.status, json: (await response.json()) as Record<string, unknown> }
    }
    expect((await call(writer, JSON.stringify({ note: 'Demande au téléphone' }))).status).toBe(403)
    expect((await call(desk, JSON.stringify({ note: '' }))).status).toBe(400)
    expect((await call(desk, 'note=x', 'application/x-www-form-urlencoded')).status).toBe(415)
    expect((await call(desk, '{not json')).status).toBe(400)
    expect(await cancellations(id)).toHaveLength(0)
    const done = await call(desk, JSON.stringify({ note: 'Demande au téléphone' }))
    expect(done.status).toBe(200)
    expect(done.json).toMatchObject({ outcome: 'cancelled', kind: 'refund', amountCents: 8000 })
    const [record] = await cancellations(id)
    expect(record).toMatchObject({ cancelled_by: 'staff', staff_note: 'Demande au téléphone' })
    expect(record.staff_id).toBeTruthy()
    expect((await registrationRows(payload, session.id))[0].status).toBe('cancelled')
    expect((await call(desk, JSON.stringify({ note: 'Encore' }))).status).toBe(409)
    expect(await cancellations(id)).toHaveLength(1)
  })
})
