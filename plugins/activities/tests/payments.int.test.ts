import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestSmtp, type TestSmtp } from '../../kit/testing/smtp'
import { getRegisterContext } from '../frontend/load'
import { activitiesOptions } from '../lib/options'
import { releaseDue } from '../lib/releaseDue'
import { closePayload, getTestPayload } from './host'
import {
  expireHoldsOf,
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

/** What a refused create said about its field (Payload's ValidationError keeps it in data.errors). */
const refusal = async (attempt: Promise<unknown>) => {
  try {
    await attempt
    return 'accepted'
  } catch (err) {
    const e = err as { data?: { errors?: { message?: string }[] }; message?: string }
    return e.data?.errors?.[0]?.message ?? e.message ?? String(err)
  }
}

describe('activities: payment at the counter, expiring holds, the waitlist in strict order (real SMTP)', () => {
  let payload: Payload
  let smtp: TestSmtp
  let seq = 0
  const resident = (preferredLanguage: 'fr' | 'en' = 'fr') =>
    makeResident(payload, `person${++seq}@example.test`, { address: null, preferredLanguage })
  const register = (who: Resident, sessionId: number) =>
    post(payload, 'register', {
      resident: who,
      fields: [
        ['session', String(sessionId)],
        ['member', 'self'],
      ],
    })
  const join = (who: Resident, sessionId: number) =>
    post(payload, 'waitlist', {
      resident: who,
      fields: [
        ['session', String(sessionId)],
        ['member', 'self'],
      ],
    })
  beforeAll(async () => {
    smtp = await startTestSmtp()
    process.env.SMTP_URL = smtp.url
    process.env.MAIL_FROM = 'Ville de Lac-Azur <no-reply@lac-azur.example>'
    payload = await getTestPayload()
  })

  afterAll(async () => {
    await closePayload(payload)
    await smtp.stop()
    delete process.env.SMTP_URL
    delete process.env.MAIL_FROM
  })

  it('should extend a hold for a counter payment, confirm it when staff record the exact amount, and keep the record', async () => {
    const { session } = await makeSession(payload, { capacity: 2 })
    const who = await resident()
    const held = await register(who, session.id)
    expect(held.outcome).toBe('held')
    const pay = await post(payload, 'pay', {
      resident: who,
      fields: [
        ['reference', held.reference],
        ['method', 'counter'],
      ],
    })
    expect(pay.outcome).toBe('awaitingPayment')
    const [row] = await registrationRows(payload, session.id)
    expect(row.payment_method).toBe('counter')
    const days = (new Date(String(row.hold_expires_at)).getTime() - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(4.9)
    expect(days).toBeLessThan(5.1)

    const clerk = await makeStaff(payload, 'clerk@example.test', ['loisirs'])
    const record = (amountCents: number, reference = held.reference, user: unknown = clerk) =>
      payload.create({
        collection: 'activity-payments' as 'users',
        data: { reference, amountCents, method: 'counter' } as never,
        user: user as never,
        overrideAccess: false,
      })
    expect(await refusal(record(4000))).toMatch(/^Montant dû : 80,00\s\$ \/ Amount owed: \$80\.00$/)
    expect((await registrationRows(payload, session.id))[0].status).toBe('held')
    expect(await refusal(record(8000, '123456789012'))).toMatch(/invalide|Aucune/)
    const editor = await makeStaff(payload, 'editor@example.test', ['editor'])
    expect(await refusal(record(8000, held.reference, editor))).not.toBe('accepted')
    const payment = (await record(8000)) as unknown as {
      receivedBy: unknown
      registrations: number
    }
    expect(payment.registrations).toBe(1)
    expect(payment.receivedBy).toBeTruthy()
    const [confirmed] = await registrationRows(payload, session.id)
    expect(confirmed.status).toBe('confirmed')
    expect(confirmed.confirmed_at).toBeTruthy()
    // Paid once: a second record of the same reference is refused.
    expect(await refusal(record(8000))).not.toBe('accepted')
    // A confirmed place does not come back when the job runs.
    await releaseDue(payload, activitiesOptions(payload))
    expect((await placesRow(payload, session.id))?.taken).toBe(1)
  })

  it('should refuse a payment for a hold that has run out', async () => {
    const { session } = await makeSession(payload, { capacity: 1 })
    const who = await resident()
    const held = await register(who, session.id)
    await expireHoldsOf(payload, session.id)
    const clerk = await makeStaff(payload, 'clerk2@example.test', ['loisirs'])
    expect(
      await refusal(
        payload.create({
          collection: 'activity-payments' as 'users',
          data: { reference: held.reference, amountCents: 8000, method: 'counter' } as never,
          user: clerk,
          overrideAccess: false,
        }),
      ),
    ).toMatch(/^Aucune inscription retenue sous cette référence/)
    expect((await registrationRows(payload, session.id))[0].status).toBe('held')
  })

  it('should offer a freed place to the first waiting, by email, then to the next when the offer runs out; the number shown follows', async () => {
    const { session } = await makeSession(payload, { capacity: 1 })
    const options = activitiesOptions(payload)
    const holder = await resident()
    const first = await resident('en')
    const firstEmail = `person${seq}@example.test`
    const second = await resident()
    const secondEmail = `person${seq}@example.test`
    expect((await register(holder, session.id)).outcome).toBe('held')
    expect((await register(first, session.id)).error).toBe('full')
    const joined1 = await join(first, session.id)
    const joined2 = await join(second, session.id)
    expect([joined1.outcome, joined1.query.get('position')]).toEqual(['joined', '1'])
    expect([joined2.outcome, joined2.query.get('position')]).toEqual(['joined', '2'])
    // Joining twice is refused; a place-holder cannot join either.
    expect((await join(second, session.id)).error).toBe('already')

    smtp.messages.length = 0
    await expireHoldsOf(payload, session.id)
    const run = await releaseDue(payload, options)
    expect(run).toMatchObject({ offers: 1, mailed: 1 })
    await smtp.waitFor(() => true)
    expect(smtp.messages).toHaveLength(1)
    expect(smtp.messages[0].to).toEqual([firstEmail])
    expect(smtp.messages[0].subject).toContain('A place is offered to you')
    expect(smtp.messages[0].text).toContain('/en/activities/session/')
    let rows = await waitlistRows(payload, session.id)
    expect(rows.map((r) => r.status)).toEqual(['offered', 'waiting'])
    // The offered place stays counted: nobody else can take it meanwhile.
    expect((await placesRow(payload, session.id))?.taken).toBe(1)
    const outsider = await resident()
    expect((await register(outsider, session.id)).error).toBe('full')
    // The job again: nothing new is mailed.
    await releaseDue(payload, options)
    expect(smtp.messages).toHaveLength(1)

    // The first lets the offer run out: the second gets it.
    await sqlExecute(
      payload,
      sql`UPDATE activity_waitlist SET offer_expires_at = now() - interval '1 second' WHERE session_id = ${session.id} AND status = 'offered'`,
    )
    await releaseDue(payload, options)
    await smtp.waitFor((mail) => mail.to.includes(secondEmail))
    expect(smtp.messages[1].to).toEqual([secondEmail])
    expect(smtp.messages[1].subject).toContain('Une place vous est offerte')
    rows = await waitlistRows(payload, session.id)
    expect(rows.map((r) => r.status)).toEqual(['expired', 'offered'])

    // The expired one cannot accept; the second accepts and gets a hold to pay.
    const late = await post(payload, 'accept', {
      resident: first,
      fields: [
        ['entry', String(rows[0].id)],
        ['session', String(session.id)],
      ],
    })
    expect(late.error).toBe('offerExpired')
    const accepted = await post(payload, 'accept', {
      resident: second,
      fields: [
        ['entry', String(rows[1].id)],
        ['session', String(session.id)],
      ],
    })
    expect(accepted.outcome).toBe('accepted')
    expect(accepted.reference).toMatch(/^\d{12}$/)
    const regs = await registrationRows(payload, session.id)
    expect(regs.map((r) => r.status)).toEqual(['expired', 'held'])
    expect(await placesRow(payload, session.id)).toEqual({ taken: 1, capacity: 1 })
    expect((await waitlistRows(payload, session.id)).map((r) => r.status)).toEqual([
      'expired',
      'accepted',
    ])
  })

  it('should offer freed places to the first waiting in order, once each, when several jobs run at once', async () => {
    const { session } = await makeSession(payload, { capacity: 3 })
    const options = activitiesOptions(payload)
    const holders: Resident[] = []
    for (let i = 0; i < 3; i += 1) holders.push(await resident())
    for (const who of holders) expect((await register(who, session.id)).outcome).toBe('held')
    const waiting: Resident[] = []
    const emails: string[] = []
    for (let i = 0; i < 5; i += 1) {
      waiting.push(await resident())
      emails.push(`person${seq}@example.test`)
      expect((await join(waiting[i], session.id)).query.get('position')).toBe(String(i + 1))
    }
    smtp.messages.length = 0
    await expireHoldsOf(payload, session.id)
    const runs = await Promise.all([1, 2, 3, 4].map(() => releaseDue(payload, options)))
    expect(runs.reduce((sum, run) => sum + run.offers, 0)).toBe(3)
    await expect.poll(() => smtp.messages.length, { timeout: 5000 }).toBeGreaterThanOrEqual(3)
    expect(smtp.messages.map((mail) => mail.to[0]).sort()).toEqual(emails.slice(0, 3).sort())
    expect((await waitlistRows(payload, session.id)).map((r) => r.status)).toEqual([
      'offered',
      'offered',
      'offered',
      'waiting',
      'waiting',
    ])
    expect(await placesRow(payload, session.id)).toEqual({ taken: 3, capacity: 3 })
    // Still waiting: the fourth is now number 1, the fifth number 2 ("you are number n").
    const numberOf = async (who: Resident) =>
      (
        await getRegisterContext(
          payload,
          new Headers({ cookie: `payload-token=${who.token}` }),
          session.id,
        )
      ).members[0].waitlist?.position
    expect(await numberOf(waiting[3])).toBe(1)
    expect(await numberOf(waiting[4])).toBe(2)
  })
})
