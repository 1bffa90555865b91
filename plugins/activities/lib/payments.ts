import { sql } from '@payloadcms/db-postgres'

import type { Payload } from 'payload'

import { registrationsTable } from '../defaults'
import { dbOf, type Execute } from './db'

/** What this account owes for the registrations still held under a reference, in cents. */
export const heldTotal = async ({
  payload,
  reference,
  citizenId,
  now,
}: {
  payload: Payload
  reference: string
  citizenId: number
  /** when given, only holds still running at this instant count */
  now?: Date
}): Promise<number> => {
  const running = now ? sql`AND hold_expires_at > ${now.toISOString()}::timestamptz` : sql``
  const { rows } = await dbOf(payload).drizzle.execute(sql`
    SELECT coalesce(sum(price_cents), 0) AS total FROM ${sql.identifier(registrationsTable)}
    WHERE payment_reference = ${reference} AND citizen_id = ${citizenId} AND status = 'held'
    ${running}`)
  return Number(rows[0]?.total ?? 0)
}

export type ConfirmResult =
  | { outcome: 'confirmed'; registrations: number; totalCents: number }
  | { outcome: 'notHeld' }
  | { outcome: 'wrongAmount'; expectedCents: number }

/**
 * Confirms the registrations held under a payment reference, in the caller's transaction: only
 * rows still `held` whose hold has not run out (`hold_expires_at > now`, in the UPDATE's WHERE),
 * so a payment racing the expiry job is decided by the row lock: confirmed first, the job skips
 * them; expired first, this finds nothing and refuses. The amount must be the total owed; a
 * different amount confirms nothing (the statement is rolled back by the caller's error).
 */
export const confirmPayment = async ({
  execute,
  reference,
  amountCents,
  method,
  now,
}: {
  execute: Execute
  reference: string
  amountCents: number
  method: string
  now: Date
}): Promise<ConfirmResult> => {
  const { rows } = await execute(sql`
    UPDATE ${sql.identifier(registrationsTable)}
    SET status = 'confirmed', confirmed_at = ${now.toISOString()}::timestamptz,
        payment_method = coalesce(payment_method, ${method}), updated_at = now()
    WHERE payment_reference = ${reference} AND status = 'held'
      AND hold_expires_at > ${now.toISOString()}::timestamptz
    RETURNING id, price_cents`)
  if (rows.length === 0) return { outcome: 'notHeld' }
  const total = rows.reduce((sum, row) => sum + Number(row.price_cents), 0)
  if (total !== amountCents) return { outcome: 'wrongAmount', expectedCents: total }
  return { outcome: 'confirmed', registrations: rows.length, totalCents: total }
}

/**
 * The resident chose how to pay: the provider's deadline replaces the hold's (never shortens it),
 * for this account's registrations still held under the reference.
 */
export const startPayment = async ({
  execute,
  reference,
  citizenId,
  method,
  holdUntil,
  now,
}: {
  execute: Execute
  reference: string
  citizenId: number
  method: string
  holdUntil: Date
  now: Date
}): Promise<number> => {
  const { rows } = await execute(sql`
    UPDATE ${sql.identifier(registrationsTable)}
    SET payment_method = ${method},
        hold_expires_at = greatest(hold_expires_at, ${holdUntil.toISOString()}::timestamptz),
        updated_at = now()
    WHERE payment_reference = ${reference} AND citizen_id = ${citizenId} AND status = 'held'
      AND hold_expires_at > ${now.toISOString()}::timestamptz
    RETURNING id`)
  return rows.length
}
