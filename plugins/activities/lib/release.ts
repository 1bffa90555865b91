import { sql } from '@payloadcms/db-postgres'

import { registrationsTable, waitlistTable } from '../defaults'
import { type Execute, places } from './db'
import {
  applyWaitlistEvent,
  type WaitlistEffect,
  type WaitlistEntry,
  type WaitlistState,
  type WaitlistStatus,
} from './waitlist'

export type Offer = { entryId: number; expiresAt: string }

const iso = (value: unknown): string | undefined =>
  value ? new Date(value instanceof Date ? value : String(value)).toISOString() : undefined

/** The session's open waitlist entries (waiting or offered), in joining order, locked. */
export const loadWaitlist = async (execute: Execute, sessionId: number): Promise<WaitlistState> => {
  const { rows } = await execute(sql`
    SELECT id, status, joined_at, offered_at, offer_expires_at, closed_at
    FROM ${sql.identifier(waitlistTable)}
    WHERE session_id = ${sessionId} AND status IN ('waiting', 'offered')
    ORDER BY id FOR UPDATE`)
  return {
    entries: rows.map((row): WaitlistEntry => ({
      id: String(row.id),
      status: String(row.status) as WaitlistStatus,
      joinedAt: iso(row.joined_at)!,
      offeredAt: iso(row.offered_at),
      expiresAt: iso(row.offer_expires_at),
      closedAt: iso(row.closed_at),
    })),
  }
}

/** Writes back the entries an event changed (status and times), and the offers it made. */
export const saveWaitlist = async (
  execute: Execute,
  before: WaitlistState,
  after: WaitlistState,
  effects: WaitlistEffect[],
): Promise<Offer[]> => {
  const previous = new Map(before.entries.map((entry) => [entry.id, entry]))
  for (const entry of after.entries) {
    const old = previous.get(entry.id)
    if (
      old &&
      old.status === entry.status &&
      old.expiresAt === entry.expiresAt &&
      old.closedAt === entry.closedAt
    )
      continue
    await execute(sql`
      UPDATE ${sql.identifier(waitlistTable)}
      SET status = ${entry.status}, offered_at = ${entry.offeredAt ?? null}::timestamptz,
          offer_expires_at = ${entry.expiresAt ?? null}::timestamptz,
          closed_at = ${entry.closedAt ?? null}::timestamptz, updated_at = now()
      WHERE id = ${Number(entry.id)}`)
  }
  return effects.flatMap((effect) =>
    effect.type === 'offer'
      ? [{ entryId: Number(effect.entryId), expiresAt: effect.expiresAt }]
      : [],
  )
}

/** Recounts `taken` from the rows (held + confirmed registrations, open offers): exact by construction. */
export const recountPlaces = async (execute: Execute, sessionId: number) => {
  const { rows } = await execute(sql`
    UPDATE ${places()} SET taken =
      (SELECT count(*) FROM ${sql.identifier(registrationsTable)}
        WHERE session_id = ${sessionId} AND status IN ('held', 'confirmed'))
      + (SELECT count(*) FROM ${sql.identifier(waitlistTable)}
        WHERE session_id = ${sessionId} AND status = 'offered')
    WHERE session_id = ${sessionId}
    RETURNING taken, capacity`)
  return { taken: Number(rows[0]?.taken ?? 0), capacity: Number(rows[0]?.capacity ?? 0) }
}

/**
 * Inside a transaction that holds the session's places counter row lock (`SELECT … FOR UPDATE`):
 * expires the holds due by `now` (each row once: `status = 'held'` is in the UPDATE's WHERE, so a
 * payment recorded at the same moment either confirms it first or finds it expired), expires the
 * waitlist offers due (their places passed on in strict order by lib/waitlist.ts), then offers
 * every free place to the first still waiting; the counter is recounted from the rows.
 * Returns the offers to send once the transaction has committed.
 */
export const releaseInLockedSession = async ({
  execute,
  sessionId,
  now,
  offerHours,
}: {
  execute: Execute
  sessionId: number
  now: Date
  offerHours: number
}): Promise<{ expired: number; offers: Offer[]; taken: number; capacity: number }> => {
  const expired = await execute(sql`
    UPDATE ${sql.identifier(registrationsTable)} SET status = 'expired', updated_at = now()
    WHERE session_id = ${sessionId} AND status = 'held' AND hold_expires_at <= ${now.toISOString()}::timestamptz
    RETURNING id`)
  const state = await loadWaitlist(execute, sessionId)
  const ticked = applyWaitlistEvent(state, { type: 'tick', at: now }, { offerHours })
  let next = ticked.state
  let effects = ticked.effects
  const held = await execute(sql`
    SELECT capacity - (
      (SELECT count(*) FROM ${sql.identifier(registrationsTable)}
        WHERE session_id = ${sessionId} AND status IN ('held', 'confirmed'))) AS free
    FROM ${places()} WHERE session_id = ${sessionId}`)
  const offered = next.entries.filter((entry) => entry.status === 'offered').length
  const free = Number(held.rows[0]?.free ?? 0) - offered
  if (free > 0 && next.entries.some((entry) => entry.status === 'waiting')) {
    const freed = applyWaitlistEvent(
      next,
      { type: 'placesFreed', count: free, at: now },
      { offerHours },
    )
    next = freed.state
    effects = [...effects, ...freed.effects]
  }
  const offers = await saveWaitlist(execute, state, next, effects)
  const { taken, capacity } = await recountPlaces(execute, sessionId)
  return { expired: expired.rows.length, offers, taken, capacity }
}

/** Locks a session's places counter row for this transaction; false when the session has none. */
export const lockSession = async (execute: Execute, sessionId: number) => {
  const { rows } = await execute(
    sql`SELECT taken, capacity FROM ${places()} WHERE session_id = ${sessionId} FOR UPDATE`,
  )
  return rows.length > 0
}
