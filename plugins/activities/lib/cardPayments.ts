import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import {
  ownSchema,
  paymentsTable,
  processorEventsTable,
  registrationsTable,
  waitlistTable,
} from '../defaults'
import { dbOf, type Execute, places } from './db'
import { lockSession, type Offer, releaseInLockedSession } from './release'

/** Why a card payment was kept without confirming anything (`activity-payments.flag`). */
export type CardFlag =
  /** the amount or the currency is not what the hold owes */
  | 'wrongAmount'
  /** the hold ran out before the payment arrived and its places were taken meanwhile */
  | 'expiredFull'
  /** the registrations were already paid (a second payment, or paid at the counter too) */
  | 'alreadyPaid'
  /** the registrations were cancelled */
  | 'cancelled'
  /** the hold ran out and the member has registered (or joined the waitlist) again since */
  | 'registeredAgain'

export type CardPaymentResult =
  | {
      outcome: 'confirmed'
      registrations: number
      late: boolean
      offers: Offer[]
      sessionIds: number[]
    }
  | { outcome: 'toRefund'; flag: CardFlag; offers: Offer[]; sessionIds: number[] }
  /** this event (or this processor payment) was applied before: nothing done again */
  | { outcome: 'duplicate' }
  /** no registration was ever made under this reference: nothing done */
  | { outcome: 'unknownReference' }

const events = () => sql`${sql.identifier(ownSchema)}.${sql.identifier(processorEventsTable)}`

/**
 * A card payment the processor reported (its signed webhook, payments/stripe.ts), applied in ONE
 * transaction: the event's id is inserted first (its primary key: a redelivered event, even
 * concurrently, waits on it and then does nothing), the sessions' places counters are locked (as
 * every registration and the release job do), then:
 * - the registrations still held under the reference, before their hold's end, for exactly the
 *   amount owed in CAD: confirmed, with an `activity-payments` row (method card, the processor's
 *   payment id);
 * - a hold already run out (the webhook came late): what is due is released first (its places
 *   offered to whoever waits, in order: they were there first), then, if the places are still
 *   free, the payment takes them (`taken + n <= capacity`, as a new hold would) and confirms;
 *   otherwise the payment is kept `toRefund`, flagged `expiredFull`;
 * - a wrong amount or currency, registrations already paid or cancelled: nothing confirmed, the
 *   payment kept `toRefund` with its reason, for staff to refund.
 * A reference under which nothing was ever registered writes nothing (`unknownReference`).
 */
export const applyCardPayment = async ({
  payload,
  provider,
  eventId,
  eventType,
  reference,
  amountCents,
  currency,
  processorPaymentId,
  offerHours,
  now = new Date(),
}: {
  payload: Payload
  provider: string
  eventId: string
  eventType: string
  reference: string
  amountCents: number
  currency: string
  processorPaymentId: string
  offerHours: number
  now?: Date
}): Promise<CardPaymentResult> => {
  const registrations = sql.identifier(registrationsTable)
  const at = now.toISOString()
  return dbOf(payload).drizzle.transaction(async (tx) => {
    const execute: Execute = (query) => tx.execute(query)
    const known = await execute(sql`
      SELECT DISTINCT session_id FROM ${registrations}
      WHERE payment_reference = ${reference} AND session_id IS NOT NULL ORDER BY session_id`)
    if (known.rows.length === 0) return { outcome: 'unknownReference' }
    const claimed = await execute(sql`
      INSERT INTO ${events()} (event_id, provider, type, reference, outcome)
      VALUES (${eventId}, ${provider}, ${eventType}, ${reference}, 'pending')
      ON CONFLICT (event_id) DO NOTHING RETURNING event_id`)
    if (claimed.rows.length === 0) return { outcome: 'duplicate' }
    const samePayment = await execute(sql`
      SELECT id FROM ${sql.identifier(paymentsTable)}
      WHERE processor_payment_id = ${processorPaymentId} LIMIT 1`)
    if (samePayment.rows.length > 0) {
      await execute(sql`UPDATE ${events()} SET outcome = 'duplicate' WHERE event_id = ${eventId}`)
      return { outcome: 'duplicate' }
    }

    // The same lock order as everywhere else: session by session, ascending.
    const sessionIds = known.rows.map((row) => Number(row.session_id))
    for (const sessionId of sessionIds) await lockSession(execute, sessionId)

    const record = async (status: 'applied' | 'toRefund', flag: CardFlag | null, count: number) => {
      await execute(sql`
        INSERT INTO ${sql.identifier(paymentsTable)}
          (reference, amount_cents, method, status, flag, processor_payment_id, registrations,
           note, updated_at, created_at)
        VALUES (${reference}, ${amountCents}, 'card', ${status}, ${flag}, ${processorPaymentId},
          ${count}, ${`${provider} ${eventId}`.slice(0, 200)}, now(), now())`)
      await execute(sql`
        UPDATE ${events()} SET outcome = ${flag ?? 'confirmed'} WHERE event_id = ${eventId}`)
    }
    const refund = async (flag: CardFlag, offers: Offer[] = []): Promise<CardPaymentResult> => {
      await record('toRefund', flag, 0)
      return { outcome: 'toRefund', flag, offers, sessionIds }
    }
    const rowsOf = async () =>
      (
        await execute(sql`
          SELECT id, session_id, status, hold_expires_at, price_cents FROM ${registrations}
          WHERE payment_reference = ${reference} ORDER BY id FOR UPDATE`)
      ).rows
    const owed = (rows: Record<string, unknown>[]) =>
      rows.reduce((sum, row) => sum + Number(row.price_cents), 0)
    const isCad = currency.toLowerCase() === 'cad'

    let rows = await rowsOf()
    if (rows.some((row) => row.status === 'confirmed')) return refund('alreadyPaid')
    if (rows.every((row) => row.status === 'cancelled')) return refund('cancelled')
    const live = rows.filter(
      (row) =>
        row.status === 'held' && new Date(String(row.hold_expires_at)).getTime() > now.getTime(),
    )
    if (
      live.length > 0 &&
      live.length === rows.filter((row) => row.status !== 'cancelled').length
    ) {
      if (!isCad || owed(live) !== amountCents) return refund('wrongAmount')
      const confirmed = await execute(sql`
        UPDATE ${registrations}
        SET status = 'confirmed', confirmed_at = ${at}::timestamptz, payment_method = 'card',
            updated_at = now()
        WHERE payment_reference = ${reference} AND status = 'held'
          AND hold_expires_at > ${at}::timestamptz
        RETURNING id`)
      await record('applied', null, confirmed.rows.length)
      return {
        outcome: 'confirmed',
        registrations: confirmed.rows.length,
        late: false,
        offers: [],
        sessionIds,
      }
    }

    // Late: the hold ran out. What is due goes first (to the waitlist, in order), then the payment
    // takes the places that are still free, or none.
    const offers: Offer[] = []
    for (const sessionId of sessionIds)
      offers.push(...(await releaseInLockedSession({ execute, sessionId, now, offerHours })).offers)
    rows = await rowsOf()
    const lapsed = rows.filter((row) => row.status === 'expired')
    if (lapsed.length === 0) return refund('cancelled', offers)
    if (!isCad || owed(lapsed) !== amountCents) return refund('wrongAmount', offers)
    const again = await execute(sql`
      SELECT 1 FROM ${registrations} AS old
      WHERE old.payment_reference = ${reference} AND old.status = 'expired' AND (
        EXISTS (SELECT 1 FROM ${registrations} AS r
          WHERE r.session_id = old.session_id AND r.citizen_id = old.citizen_id
            AND r.member_key = old.member_key AND r.status IN ('held', 'confirmed'))
        OR EXISTS (SELECT 1 FROM ${sql.identifier(waitlistTable)} AS w
          WHERE w.session_id = old.session_id AND w.citizen_id = old.citizen_id
            AND w.member_key = old.member_key AND w.status IN ('waiting', 'offered')))
      LIMIT 1`)
    if (again.rows.length > 0) return refund('registeredAgain', offers)
    const needed = new Map<number, number>()
    for (const row of lapsed)
      needed.set(Number(row.session_id), (needed.get(Number(row.session_id)) ?? 0) + 1)
    for (const [sessionId, count] of needed) {
      const room = await execute(sql`
        SELECT 1 FROM ${places()} WHERE session_id = ${sessionId} AND taken + ${count} <= capacity`)
      if (room.rows.length === 0) return refund('expiredFull', offers)
    }
    for (const [sessionId, count] of needed)
      await execute(sql`
        UPDATE ${places()} SET taken = taken + ${count}
        WHERE session_id = ${sessionId} AND taken + ${count} <= capacity`)
    const confirmed = await execute(sql`
      UPDATE ${registrations}
      SET status = 'confirmed', confirmed_at = ${at}::timestamptz, payment_method = 'card',
          updated_at = now()
      WHERE payment_reference = ${reference} AND status = 'expired'
      RETURNING id`)
    await record('applied', null, confirmed.rows.length)
    return {
      outcome: 'confirmed',
      registrations: confirmed.rows.length,
      late: true,
      offers,
      sessionIds,
    }
  })
}
