import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { relationId } from '../../kit/ids'
import {
  activitiesSlug,
  cancellationsTable,
  paymentsTable,
  registrationsTable,
  sessionsSlug,
} from '../defaults'
import type { PaymentProvider } from '../types'
import { type CancellationOutcome, cancellationOutcome } from './cancellation'
import { dbOf, type Execute } from './db'
import { cancellationRulesOf, patternOf } from './model'
import { lockSession, type Offer, releaseInLockedSession } from './release'
import { sessionSchedule } from './schedule'

type Doc = Record<string, unknown>

export type CancelResult =
  | {
      outcome: 'cancelled'
      result: CancellationOutcome
      sessionId: number
      reference: string
      cancellationId: number
      paymentMethod: string | null
      offers: Offer[]
    }
  | { outcome: 'notFound' }
  | { outcome: 'notCancellable' }

/**
 * Cancels one registration of this account (`citizenId`; staff pass `by: 'staff'` and null), in
 * ONE transaction under the session's places counter lock: only a `held` or `confirmed` row (so
 * twice is refused), set `cancelled`, what the activity's rules give back recorded with its reason
 * (`activity-cancellations`: the audit; a refund is left `toRefund` for staff, a credit
 * `credited`), then the freed place offered to the first waiting (lib/release.ts, the same path as
 * an expired hold). The offers are returned to mail after the commit.
 */
export const cancelRegistration = async ({
  payload,
  registrationId,
  citizenId,
  by,
  staffId = null,
  staffNote = null,
  offerHours,
  now = new Date(),
}: {
  payload: Payload
  registrationId: number
  citizenId: number | null
  by: 'resident' | 'staff'
  /** who on staff, and why (kept in the record: the audit) */
  staffId?: number | null
  staffNote?: string | null
  offerHours: number
  now?: Date
}): Promise<CancelResult> => {
  if (!Number.isSafeInteger(registrationId) || registrationId <= 0) return { outcome: 'notFound' }
  const registrations = sql.identifier(registrationsTable)
  const owner = citizenId === null ? sql`` : sql`AND citizen_id = ${citizenId}`
  const { rows: found } = await dbOf(payload).drizzle.execute(sql`
    SELECT session_id FROM ${registrations} WHERE id = ${registrationId} ${owner}`)
  const sessionId = Number(found[0]?.session_id ?? 0)
  if (!sessionId) return { outcome: 'notFound' }
  const session = (await payload
    .findByID({
      collection: sessionsSlug as 'users',
      id: sessionId,
      depth: 0,
      overrideAccess: true,
    })
    .catch(() => null)) as Doc | null
  const activityId = relationId(session?.activity)
  const activity = activityId
    ? ((await payload
        .findByID({
          collection: activitiesSlug as 'users',
          id: activityId,
          depth: 0,
          overrideAccess: true,
        })
        .catch(() => null)) as Doc | null)
    : null
  if (!session || !activity) return { outcome: 'notFound' }
  const meetings = sessionSchedule(patternOf(session)).meetings
  const rules = cancellationRulesOf(activity)

  return dbOf(payload).drizzle.transaction(async (tx): Promise<CancelResult> => {
    const execute: Execute = (query) => tx.execute(query)
    if (!(await lockSession(execute, sessionId))) return { outcome: 'notFound' }
    const { rows } = await execute(sql`
      SELECT id, status, price_cents, payment_reference, payment_method FROM ${registrations}
      WHERE id = ${registrationId} ${owner} FOR UPDATE`)
    const row = rows[0]
    if (!row) return { outcome: 'notFound' }
    if (row.status !== 'held' && row.status !== 'confirmed') return { outcome: 'notCancellable' }
    const paid = row.status === 'confirmed' ? Number(row.price_cents) : 0
    const result = cancellationOutcome({ rules, paidCents: paid, meetings, at: now })
    await execute(sql`
      UPDATE ${registrations} SET status = 'cancelled', updated_at = now()
      WHERE id = ${registrationId}`)
    const inserted = await execute(sql`
      INSERT INTO ${sql.identifier(cancellationsTable)}
        (registration_id, reference, kind, amount_cents, fee_cents, reason_fr, reason_en, payment_method,
         refund_status, cancelled_by, staff_id, staff_note, updated_at, created_at)
      VALUES (${registrationId}, ${String(row.payment_reference)}, ${result.kind}, ${result.cents},
        ${result.feeCents}, ${result.reason.fr}, ${result.reason.en},
        ${row.payment_method ? String(row.payment_method) : null},
        ${result.kind === 'refund' && result.cents > 0 ? 'toRefund' : result.kind === 'credit' ? 'credited' : 'none'},
        ${by}, ${staffId}, ${staffNote}, now(), now())
      RETURNING id`)
    const { offers } = await releaseInLockedSession({ execute, sessionId, now, offerHours })
    return {
      outcome: 'cancelled',
      result,
      sessionId,
      reference: String(row.payment_reference),
      cancellationId: Number(inserted.rows[0].id),
      paymentMethod: row.payment_method ? String(row.payment_method) : null,
      offers,
    }
  })
}

/**
 * After a cancellation committed: a refund of a card payment is sent to the processor that took
 * it (its `refund`, idempotent by the cancellation's id, so a retry never refunds twice), and the
 * record marked `refunded` with the processor's refund id. A processor refusing or unreachable
 * leaves the record `toRefund` for staff, logged; the cancellation itself stands.
 */
export const refundThroughProcessor = async ({
  payload,
  providers,
  cancelled,
}: {
  payload: Payload
  providers: PaymentProvider[]
  cancelled: Extract<CancelResult, { outcome: 'cancelled' }>
}): Promise<'refunded' | 'left' | 'failed'> => {
  if (cancelled.result.kind !== 'refund' || cancelled.result.cents <= 0) return 'left'
  if (cancelled.paymentMethod !== 'card') return 'left'
  const provider = providers.find((p) => p.refund)
  const { rows } = await dbOf(payload).drizzle.execute(sql`
    SELECT processor_payment_id FROM ${sql.identifier(paymentsTable)}
    WHERE reference = ${cancelled.reference} AND method = 'card' AND status = 'applied'
      AND processor_payment_id IS NOT NULL
    ORDER BY id DESC LIMIT 1`)
  const paymentId = rows[0]?.processor_payment_id
  if (!provider?.refund || !paymentId) return 'left'
  try {
    const { refundId } = await provider.refund({
      processorPaymentId: String(paymentId),
      amountCents: cancelled.result.cents,
      idempotencyKey: `activities-cancellation-${cancelled.cancellationId}`,
    })
    await dbOf(payload).drizzle.execute(sql`
      UPDATE ${sql.identifier(cancellationsTable)}
      SET refund_status = 'refunded', processor_refund_id = ${refundId}, updated_at = now()
      WHERE id = ${cancelled.cancellationId} AND refund_status = 'toRefund'`)
    return 'refunded'
  } catch (err) {
    payload.logger.error({
      err,
      cancellationId: cancelled.cancellationId,
      msg: 'activities: the processor refused the refund; left to staff',
    })
    return 'failed'
  }
}
