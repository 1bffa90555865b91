import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { cancellationsTable, registrationsTable, sessionsTable, waitlistTable } from '../defaults'
import type { ResolvedActivitiesOptions } from '../types'
import { dbOf, type Execute } from './db'
import { activitiesOptions } from './options'
import { sendOffers } from './notify'
import { lockSession, type Offer, releaseInLockedSession } from './release'

/** The account's registrations (who, which group, status, price, reference) and waitlist entries. */
export const exportCitizenActivities = async (payload: Payload, citizenId: number) => {
  const db = dbOf(payload).drizzle
  const [registrations, waitlist, cancellations] = await Promise.all([
    db.execute(sql`
      SELECT s.name AS session, r.member_name, r.birth_date, r.status, r.price_cents, r.receipt,
             r.payment_reference, r.payment_method, r.created_at, r.confirmed_at
      FROM ${sql.identifier(registrationsTable)} r JOIN ${sql.identifier(sessionsTable)} s ON s.id = r.session_id
      WHERE r.citizen_id = ${citizenId} ORDER BY r.id`),
    db.execute(sql`
      SELECT s.name AS session, w.member_name, w.status, w.joined_at, w.offer_expires_at
      FROM ${sql.identifier(waitlistTable)} w JOIN ${sql.identifier(sessionsTable)} s ON s.id = w.session_id
      WHERE w.citizen_id = ${citizenId} ORDER BY w.id`),
    db.execute(sql`
      SELECT c.reference, c.kind, c.amount_cents, c.fee_cents, c.reason_fr, c.reason_en,
             c.refund_status, c.created_at, r.member_name
      FROM ${sql.identifier(cancellationsTable)} c
      JOIN ${sql.identifier(registrationsTable)} r ON r.id = c.registration_id
      WHERE r.citizen_id = ${citizenId} ORDER BY c.id`),
  ])
  const at = (value: unknown) => (value ? new Date(String(value)).toISOString() : null)
  return {
    registrations: registrations.rows.map((row) => ({
      session: row.session,
      member: row.member_name,
      birthDate: row.birth_date ?? null,
      status: row.status,
      priceCents: Number(row.price_cents),
      receipt: row.receipt,
      reference: row.payment_reference,
      paymentMethod: row.payment_method ?? null,
      registeredAt: at(row.created_at),
      confirmedAt: at(row.confirmed_at),
    })),
    waitlist: waitlist.rows.map((row) => ({
      session: row.session,
      member: row.member_name,
      status: row.status,
      joinedAt: at(row.joined_at),
      offerExpiresAt: at(row.offer_expires_at),
    })),
    cancellations: cancellations.rows.map((row) => ({
      reference: row.reference,
      member: row.member_name,
      kind: row.kind,
      amountCents: Number(row.amount_cents),
      feeCents: Number(row.fee_cents),
      reason: { fr: row.reason_fr, en: row.reason_en },
      refund: row.refund_status,
      cancelledAt: at(row.created_at),
    })),
  }
}

/**
 * "Delete my account": places only held are given back and waitlist entries withdrawn, each
 * session under its lock (the freed places offered to the next waiting, in order); confirmed
 * (paid) registrations stay for the accounts and the group's size, with no account, name or date
 * of birth left on them.
 */
export const eraseCitizenActivities = async (
  payload: Payload,
  citizenId: number,
  options: ResolvedActivitiesOptions = activitiesOptions(payload),
) => {
  const db = dbOf(payload).drizzle
  const { rows } = await db.execute(sql`
    SELECT session_id FROM ${sql.identifier(registrationsTable)} WHERE citizen_id = ${citizenId} AND status = 'held'
    UNION
    SELECT session_id FROM ${sql.identifier(waitlistTable)} WHERE citizen_id = ${citizenId} AND status IN ('waiting', 'offered')`)
  const offers: Offer[] = []
  for (const row of rows) {
    const sessionId = Number(row.session_id)
    const now = new Date()
    offers.push(
      ...(await db.transaction(async (tx) => {
        const execute: Execute = (query) => tx.execute(query)
        await lockSession(execute, sessionId)
        await execute(sql`
          UPDATE ${sql.identifier(registrationsTable)} SET status = 'cancelled', updated_at = now()
          WHERE session_id = ${sessionId} AND citizen_id = ${citizenId} AND status = 'held'`)
        await execute(sql`
          UPDATE ${sql.identifier(waitlistTable)} SET status = 'withdrawn', closed_at = now(), updated_at = now()
          WHERE session_id = ${sessionId} AND citizen_id = ${citizenId} AND status IN ('waiting', 'offered')`)
        return (
          await releaseInLockedSession({ execute, sessionId, now, offerHours: options.offerHours })
        ).offers
      })),
    )
  }
  for (const table of [registrationsTable, waitlistTable]) {
    await db.execute(sql`
      UPDATE ${sql.identifier(table)} SET citizen_id = NULL, member_name = '—', birth_date = NULL,
        updated_at = now()
      WHERE citizen_id = ${citizenId}`)
  }
  if (offers.length) await sendOffers(payload, options, offers)
}

/** The provider citizen-accounts' export and deletion call (its `personalDataProviders` option). */
export const activitiesPersonalData = () => ({
  key: 'activities',
  export: ({ payload, citizenId }: { payload: Payload; citizenId: number }) =>
    exportCitizenActivities(payload, citizenId),
  erase: ({ payload, citizenId }: { payload: Payload; citizenId: number }) =>
    eraseCitizenActivities(payload, citizenId),
})
