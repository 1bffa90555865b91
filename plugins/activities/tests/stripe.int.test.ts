import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { sql } from '@payloadcms/db-postgres'
import { handleEndpoints, type Payload } from 'payload'
import Stripe from 'stripe'
import { createElement as h } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { HoldView } from '../frontend/HoldView'
import { getHoldContext } from '../frontend/load'

import { counterPaymentProvider } from '../payments/counter'
import { stripePaymentProvider } from '../payments/stripe'
import { newReference } from '../lib/reference'
import { closePayload, getTestPayload } from './host'
import {
  base,
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

/**
 * Card payments by Stripe, never over the network: the Checkout Session is created through the
 * real SDK against a local HTTP server standing in for api.stripe.com (what the SDK sends is
 * checked), and every webhook is signed here with the SDK's `generateTestHeaderString`, as Stripe
 * signs them, then posted to the plugin's endpoint on a real Postgres.
 */

const secret = 'whsec_test_activities_local'
const tag = () => randomBytes(6).toString('hex')

type Seen = {
  method: string
  path: string
  auth: string
  idempotencyKey: string
  form: URLSearchParams
}

describe('activities: card payments by Stripe, confirmed only by the signed webhook (real Postgres)', () => {
  let payload: Payload
  let api: Server
  const seen: Seen[] = []
  /** the next Checkout Session creation answered as Stripe does when it is down */
  let failNext = false
  let seq = 0
  const resident = () =>
    makeResident(payload, `card${++seq}@example.test`, { address: null }) as Promise<Resident>
  const register = async (who: Resident, sessionId: number) =>
    post(payload, 'register', {
      resident: who,
      fields: [
        ['session', String(sessionId)],
        ['member', 'self'],
      ],
    })

  const completed = ({
    reference,
    amount,
    currency = 'cad',
    id = `evt_${tag()}`,
    paymentIntent = `pi_${tag()}`,
    type = 'checkout.session.completed',
    paymentStatus = 'paid',
  }: {
    reference: string | null
    amount: number
    currency?: string
    id?: string
    paymentIntent?: string
    type?: string
    paymentStatus?: string
  }) => ({
    id,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    type,
    data: {
      object: {
        id: `cs_test_${tag()}`,
        object: 'checkout.session',
        mode: 'payment',
        status: 'complete',
        client_reference_id: reference,
        metadata: reference ? { reference } : {},
        amount_total: amount,
        currency,
        payment_status: paymentStatus,
        payment_intent: paymentIntent,
      },
    },
  })

  const deliver = async (
    event: unknown,
    {
      signWith = secret,
      timestamp = Math.floor(Date.now() / 1000),
      body,
      signature,
    }: { signWith?: string; timestamp?: number; body?: string; signature?: string | null } = {},
  ) => {
    const text = JSON.stringify(event)
    const header =
      signature === undefined
        ? Stripe.webhooks.generateTestHeaderString({ payload: text, secret: signWith, timestamp })
        : signature
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (header !== null) headers['stripe-signature'] = header
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/activities/stripe/webhook`, {
        method: 'POST',
        headers,
        body: body ?? text,
      }),
    })
    const json = (await response.json().catch(() => null)) as { outcome?: string } | null
    return { status: response.status, outcome: json?.outcome ?? null }
  }

  const paymentsOf = async (reference: string) =>
    (
      await sqlExecute(
        payload,
        sql`SELECT * FROM activity_payments WHERE reference = ${reference} ORDER BY id`,
      )
    ).rows
  const eventCount = async () =>
    Number(
      (await sqlExecute(payload, sql`SELECT count(*) AS n FROM activities_places.processor_events`))
        .rows[0].n,
    )

  beforeAll(async () => {
    api = createServer((req: IncomingMessage, res) => {
      let raw = ''
      req.setEncoding('utf8')
      req.on('data', (chunk: string) => (raw += chunk))
      req.on('end', () => {
        seen.push({
          method: req.method ?? '',
          path: req.url ?? '',
          auth: String(req.headers.authorization ?? ''),
          idempotencyKey: String(req.headers['idempotency-key'] ?? ''),
          form: new URLSearchParams(raw),
        })
        if (failNext) {
          failNext = false
          res.writeHead(500, { 'content-type': 'application/json' })
          res.end(JSON.stringify({ error: { type: 'api_error', message: 'down' } }))
          return
        }
        if (req.url === '/v1/refunds') {
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end(JSON.stringify({ id: `re_${tag()}`, object: 'refund', status: 'succeeded' }))
          return
        }
        const id = `cs_test_${tag()}`
        res.writeHead(200, { 'content-type': 'application/json', 'request-id': `req_${tag()}` })
        res.end(
          JSON.stringify({
            id,
            object: 'checkout.session',
            url: `https://checkout.stripe.com/c/pay/${id}`,
            payment_status: 'unpaid',
            status: 'open',
          }),
        )
      })
    })
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve))
    const { port } = api.address() as AddressInfo
    payload = await getTestPayload({
      paymentProviders: [
        counterPaymentProvider(),
        stripePaymentProvider({
          secretKey: 'sk_test_local_only',
          webhookSecret: secret,
          config: { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 },
        }),
      ],
    })
  })

  afterAll(async () => {
    await closePayload(payload)
    await new Promise<void>((resolve) => api.close(() => resolve()))
  })

  it('should send the resident to a Checkout Session built from the hold, then confirm once on the signed webhook', async () => {
    const { session } = await makeSession(payload, { capacity: 3 })
    const who = await resident()
    const held = await register(who, session.id)
    expect(held.outcome).toBe('held')
    const choose = () =>
      post(payload, 'pay', {
        resident: who,
        fields: [
          ['reference', held.reference],
          ['method', 'stripe'],
        ],
      })
    // Stripe down: said to the resident, the hold left as it was.
    failNext = true
    const down = await choose()
    expect(down.error).toBe('paymentUnavailable')
    expect(down.path).toBe(`/fr/loisirs/reservation/${held.reference}`)
    expect((await registrationRows(payload, session.id))[0].payment_method).toBeNull()
    const before = Date.now()
    const pay = await post(payload, 'pay', {
      resident: who,
      fields: [
        ['reference', held.reference],
        ['method', 'stripe'],
      ],
    })
    expect(pay.status).toBe(303)
    expect(pay.location).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/)
    const call = seen.at(-1)!
    expect([call.method, call.path]).toEqual(['POST', '/v1/checkout/sessions'])
    expect(call.auth).toBe('Bearer sk_test_local_only')
    const form = call.form
    expect(form.get('mode')).toBe('payment')
    expect(form.get('allowed_payment_method_types[0]')).toBe('card')
    expect(form.get('client_reference_id')).toBe(held.reference)
    expect(form.get('metadata[reference]')).toBe(held.reference)
    expect(form.get('payment_intent_data[metadata][reference]')).toBe(held.reference)
    expect(form.get('line_items[0][price_data][currency]')).toBe('cad')
    expect(form.get('line_items[0][price_data][unit_amount]')).toBe('8000')
    expect(form.get('line_items[0][quantity]')).toBe('1')
    expect(form.get('locale')).toBe('fr-CA')
    expect(form.get('success_url')).toBe(
      `${base}/fr/loisirs/reservation/${held.reference}?status=cardReturned#paiement`,
    )
    expect(form.get('cancel_url')).toBe(
      `${base}/fr/loisirs/reservation/${held.reference}?status=cardCancelled#paiement`,
    )
    const expiresAt = Number(form.get('expires_at')) * 1000
    expect(expiresAt - before).toBeGreaterThanOrEqual(30 * 60_000 - 2_000)
    expect(expiresAt - before).toBeLessThan(31 * 60_000)
    // The hold outlasts the Checkout page (the grace for the last second's webhook).
    let [row] = await registrationRows(payload, session.id)
    expect(row.status).toBe('held')
    expect(row.payment_method).toBe('stripe')
    const holdEnd = new Date(String(row.hold_expires_at)).getTime()
    expect(holdEnd - expiresAt).toBeGreaterThanOrEqual(10 * 60_000 - 1_000)
    expect(holdEnd - expiresAt).toBeLessThanOrEqual(10 * 60_000 + 1_000)

    // Back from Stripe (or having left it): nothing confirmed by the return; the methods again.
    const cookie = new Headers({ cookie: `payload-token=${who.token}` })
    const hold = (await getHoldContext(payload, cookie, held.reference, 'fr'))!
    expect(hold.status).toBe('held')
    expect(hold.providers.map((p) => p.id)).toEqual(['counter', 'stripe'])
    expect(hold.instructions).toBeNull()
    const page = renderToStaticMarkup(
      h(HoldView, {
        locale: 'fr',
        hold,
        query: { status: 'cardCancelled' },
        basePath: { fr: 'loisirs', en: 'activities' },
      }),
    )
    expect(page).toContain('Paiement par carte annulé')
    expect(page).toContain('value="stripe"')
    // Staff cannot type a card payment in: only the webhook writes one.
    const clerk = await makeStaff(payload, 'clerk-card@example.test', ['loisirs'])
    const typed = await payload
      .create({
        collection: 'activity-payments' as 'users',
        data: { reference: held.reference, amountCents: 8000, method: 'card' } as never,
        user: clerk,
        overrideAccess: false,
      })
      .then(
        () => 'accepted',
        (err: { data?: { errors?: { message?: string }[] } }) => err.data?.errors?.[0]?.message,
      )
    expect(typed).toBe(
      'Les paiements par carte sont enregistrés par le processeur seulement / Card payments are recorded by the processor only',
    )
    expect(await paymentsOf(held.reference)).toHaveLength(0)

    const event = completed({ reference: held.reference, amount: 8000, paymentIntent: 'pi_first' })
    // Delivered three times at once (Stripe's retries racing): applied by exactly one.
    const firsts = await Promise.all([deliver(event), deliver(event), deliver(event)])
    expect(firsts.map((r) => `${r.status} ${r.outcome}`).sort()).toEqual([
      '200 confirmed',
      '200 duplicate',
      '200 duplicate',
    ])
    ;[row] = await registrationRows(payload, session.id)
    expect(row.status).toBe('confirmed')
    expect(row.payment_method).toBe('card')
    expect(row.confirmed_at).toBeTruthy()
    // Stripe redelivers later: one payment, nothing moved.
    const again = await Promise.all([deliver(event), deliver(event)])
    expect(again).toEqual([
      { status: 200, outcome: 'duplicate' },
      { status: 200, outcome: 'duplicate' },
    ])
    // Another event of the same payment (async_payment_succeeded after completed): still one.
    expect(
      await deliver(
        completed({
          reference: held.reference,
          amount: 8000,
          paymentIntent: 'pi_first',
          type: 'checkout.session.async_payment_succeeded',
        }),
      ),
    ).toEqual({ status: 200, outcome: 'duplicate' })
    const payments = await paymentsOf(held.reference)
    expect(payments).toHaveLength(1)
    expect(payments[0]).toMatchObject({
      method: 'card',
      status: 'applied',
      processor_payment_id: 'pi_first',
      flag: null,
    })
    expect(Number(payments[0].amount_cents)).toBe(8000)
    expect(Number(payments[0].registrations)).toBe(1)
    expect((await placesRow(payload, session.id))?.taken).toBe(1)
    expect((await getHoldContext(payload, cookie, held.reference, 'fr'))!.status).toBe('confirmed')

    // Cancelled before the start (no fee on this activity): refunded through Stripe, once.
    const [confirmedRow] = await registrationRows(payload, session.id)
    const cancelled = await post(payload, 'cancel', {
      resident: who,
      fields: [
        ['reference', held.reference],
        ['registration', String(confirmedRow.id)],
      ],
    })
    expect(cancelled.outcome).toBe('registrationCancelled')
    const refund = seen.at(-1)!
    expect([refund.method, refund.path]).toEqual(['POST', '/v1/refunds'])
    expect(refund.form.get('payment_intent')).toBe('pi_first')
    expect(refund.form.get('amount')).toBe('8000')
    expect(refund.idempotencyKey).toMatch(/^activities-cancellation-\d+$/)
    const [record] = (
      await sqlExecute(
        payload,
        sql`SELECT * FROM activity_cancellations WHERE registration_id = ${Number(confirmedRow.id)}`,
      )
    ).rows
    expect(record).toMatchObject({
      kind: 'refund',
      refund_status: 'refunded',
      payment_method: 'card',
    })
    expect(String(record.processor_refund_id)).toMatch(/^re_/)
    expect((await placesRow(payload, session.id))?.taken).toBe(0)
  })

  it('should refuse a forged, stale, tampered or unsigned webhook with 400 and change nothing', async () => {
    const { session } = await makeSession(payload, { capacity: 2 })
    const who = await resident()
    const held = await register(who, session.id)
    const events = await eventCount()
    const event = completed({ reference: held.reference, amount: 8000 })
    expect((await deliver(event, { signWith: 'whsec_someone_else' })).status).toBe(400)
    expect(
      (await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 })).status,
    ).toBe(400)
    const signedCheap = Stripe.webhooks.generateTestHeaderString({
      payload: JSON.stringify(completed({ reference: held.reference, amount: 1 })),
      secret,
    })
    expect((await deliver(event, { signature: signedCheap })).status).toBe(400)
    expect((await deliver(event, { signature: null })).status).toBe(400)
    expect((await deliver(event, { signature: 't=1,v1=00' })).status).toBe(400)
    // Over the body's ceiling: refused before being read whole.
    expect((await deliver(event, { body: 'x'.repeat(300 * 1024) })).status).toBe(413)
    expect((await registrationRows(payload, session.id))[0].status).toBe('held')
    expect(await paymentsOf(held.reference)).toHaveLength(0)
    expect(await eventCount()).toBe(events)
  })

  it('should not confirm a payment of the wrong amount or currency, keep it to refund for staff, and leave a refund Stripe refuses to staff', async () => {
    const { session } = await makeSession(payload, { capacity: 2 })
    const who = await resident()
    const held = await register(who, session.id)
    expect(await deliver(completed({ reference: held.reference, amount: 100 }))).toEqual({
      status: 200,
      outcome: 'wrongAmount',
    })
    expect(
      await deliver(completed({ reference: held.reference, amount: 8000, currency: 'usd' })),
    ).toEqual({ status: 200, outcome: 'wrongAmount' })
    expect((await registrationRows(payload, session.id))[0].status).toBe('held')
    const payments = await paymentsOf(held.reference)
    expect(payments.map((p) => [p.status, p.flag, p.method])).toEqual([
      ['toRefund', 'wrongAmount', 'card'],
      ['toRefund', 'wrongAmount', 'card'],
    ])
    // The right payment still confirms it afterwards.
    expect(await deliver(completed({ reference: held.reference, amount: 8000 }))).toEqual({
      status: 200,
      outcome: 'confirmed',
    })
    // And a second full payment is kept to refund, not applied twice.
    expect(await deliver(completed({ reference: held.reference, amount: 8000 }))).toEqual({
      status: 200,
      outcome: 'alreadyPaid',
    })
    expect((await placesRow(payload, session.id))?.taken).toBe(1)
    // Cancelled while Stripe refuses the refund: cancelled all the same, the refund left to staff.
    const [row] = await registrationRows(payload, session.id)
    failNext = true
    const cancelled = await post(payload, 'cancel', {
      resident: who,
      fields: [
        ['reference', held.reference],
        ['registration', String(row.id)],
      ],
    })
    expect(cancelled.outcome).toBe('registrationCancelled')
    const [record] = (
      await sqlExecute(
        payload,
        sql`SELECT * FROM activity_cancellations WHERE registration_id = ${Number(row.id)}`,
      )
    ).rows
    expect(record).toMatchObject({ kind: 'refund', refund_status: 'toRefund' })
    expect(record.processor_refund_id).toBeNull()
  })

  it('should take the places of a hold run out when they are still free, and keep the payment to refund when they are gone', async () => {
    const { session } = await makeSession(payload, { capacity: 1 })
    const late = await resident()
    const first = await register(late, session.id)
    await expireHoldsOf(payload, session.id)
    expect(await deliver(completed({ reference: first.reference, amount: 8000 }))).toEqual({
      status: 200,
      outcome: 'confirmed',
    })
    expect((await registrationRows(payload, session.id))[0].status).toBe('confirmed')
    expect((await placesRow(payload, session.id))?.taken).toBe(1)

    const { session: other } = await makeSession(payload, { capacity: 1 })
    const slow = await resident()
    const quick = await resident()
    const lost = await register(slow, other.id)
    await expireHoldsOf(payload, other.id)
    const won = await register(quick, other.id)
    expect(won.outcome).toBe('held')
    expect(await deliver(completed({ reference: lost.reference, amount: 8000 }))).toEqual({
      status: 200,
      outcome: 'expiredFull',
    })
    const rows = await registrationRows(payload, other.id)
    expect(rows.map((r) => [r.payment_reference, r.status])).toEqual([
      [lost.reference, 'expired'],
      [won.reference, 'held'],
    ])
    expect((await placesRow(payload, other.id))?.taken).toBe(1)
    expect((await paymentsOf(lost.reference)).map((p) => [p.status, p.flag])).toEqual([
      ['toRefund', 'expiredFull'],
    ])
    // Someone on the waitlist goes first: the lapsed place is offered to them, the payment kept.
    const { session: third } = await makeSession(payload, { capacity: 1 })
    const payer = await resident()
    const waiter = await resident()
    const gone = await register(payer, third.id)
    const joined = await post(payload, 'waitlist', {
      resident: waiter,
      fields: [
        ['session', String(third.id)],
        ['member', 'self'],
      ],
    })
    expect(joined.outcome).toBe('joined')
    await expireHoldsOf(payload, third.id)
    expect(await deliver(completed({ reference: gone.reference, amount: 8000 }))).toEqual({
      status: 200,
      outcome: 'expiredFull',
    })
    expect((await waitlistRows(payload, third.id)).map((r) => r.status)).toEqual(['offered'])
    expect((await registrationRows(payload, third.id))[0].status).toBe('expired')
    expect((await placesRow(payload, third.id))?.taken).toBe(1)
  })

  it('should answer 200 and do nothing for an unknown reference or an event it does not handle', async () => {
    const events = await eventCount()
    const unknown = newReference()
    expect(await deliver(completed({ reference: unknown, amount: 8000 }))).toEqual({
      status: 200,
      outcome: 'unknownReference',
    })
    expect(await deliver(completed({ reference: 'not-a-ref', amount: 8000 }))).toEqual({
      status: 200,
      outcome: 'unknownReference',
    })
    expect(await deliver(completed({ reference: null, amount: 8000 }))).toEqual({
      status: 200,
      outcome: 'unknownReference',
    })
    expect(await paymentsOf(unknown)).toHaveLength(0)
    const { session } = await makeSession(payload, { capacity: 1 })
    const who = await resident()
    const held = await register(who, session.id)
    expect(
      await deliver(
        completed({ reference: held.reference, amount: 8000, paymentStatus: 'unpaid' }),
      ),
    ).toEqual({ status: 200, outcome: 'notPaid' })
    expect(
      await deliver(
        completed({ reference: held.reference, amount: 8000, type: 'checkout.session.expired' }),
      ),
    ).toEqual({ status: 200, outcome: 'ignored' })
    expect((await registrationRows(payload, session.id))[0].status).toBe('held')
    expect(await eventCount()).toBe(events)
  })
})
