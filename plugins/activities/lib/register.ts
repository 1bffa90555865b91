import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { registrationsTable, waitlistTable } from '../defaults'
import { dbOf, type Execute, places } from './db'
import { lockSession, type Offer, releaseInLockedSession } from './release'

export type HoldMember = {
  key: string
  name: string
  birthDate: string | null
  /** what this member's registration costs (the quote's share, fees included) */
  cents: number
  /** the receipt's lines about this member (and the shared fees on the first one) */
  lines: unknown[]
}

/** The reference of what this form (its `requestKey`) already held, if it was posted before. */
export const findReplay = async ({
  payload,
  sessionId,
  citizenId,
  requestKey,
}: {
  payload: Payload
  sessionId: number
  citizenId: number
  requestKey: string
}): Promise<string | null> => {
  const { rows } = await dbOf(payload).drizzle.execute(sql`
    SELECT payment_reference FROM ${sql.identifier(registrationsTable)}
    WHERE session_id = ${sessionId} AND citizen_id = ${citizenId} AND request_key = ${requestKey}
    LIMIT 1`)
  return rows[0] ? String(rows[0].payment_reference) : null
}

export type HoldResult =
  | { outcome: 'held'; reference: string; expiresAt: Date; offers: Offer[] }
  /** the same form posted again (double click, retry): the first answer, nothing more held */
  | { outcome: 'replay'; reference: string; offers: Offer[] }
  | { outcome: 'already'; memberKeys: string[]; offers: Offer[] }
  | { outcome: 'full'; left: number; offers: Offer[] }
  | { outcome: 'unknownSession'; offers: Offer[] }

/**
 * Holds places for some of a household's members in one session, in ONE transaction that cannot
 * oversell: the session's places counter row is locked (`FOR UPDATE`, so registrations for one
 * session queue there and nowhere else), the holds already due and the waitlist's offers due are
 * released first (lib/release.ts: freed places go to whoever waits, in order), then
 * `UPDATE … SET taken = taken + n WHERE taken + n <= capacity` takes the places or nothing, and
 * the registrations are written `held` until `now + holdMinutes`. The same form posted twice (its
 * `requestKey`) gets the first answer; a member already holding or having a place is refused.
 */
export const holdPlaces = async ({
  payload,
  sessionId,
  citizenId,
  members,
  isResident,
  reference,
  requestKey,
  holdMinutes,
  offerHours,
  now = new Date(),
}: {
  payload: Payload
  sessionId: number
  citizenId: number
  members: HoldMember[]
  isResident: boolean
  reference: string
  requestKey: string
  holdMinutes: number
  offerHours: number
  now?: Date
}): Promise<HoldResult> => {
  const registrations = sql.identifier(registrationsTable)
  return dbOf(payload).drizzle.transaction(async (tx) => {
    const execute: Execute = (query) => tx.execute(query)
    if (!(await lockSession(execute, sessionId))) return { outcome: 'unknownSession', offers: [] }
    const { offers } = await releaseInLockedSession({ execute, sessionId, now, offerHours })
    const replay = await execute(sql`
      SELECT payment_reference FROM ${registrations}
      WHERE session_id = ${sessionId} AND citizen_id = ${citizenId} AND request_key = ${requestKey}
      LIMIT 1`)
    if (replay.rows.length > 0)
      return { outcome: 'replay', reference: String(replay.rows[0].payment_reference), offers }
    const keys = members.map((member) => member.key)
    const already = await execute(sql`
      SELECT member_key FROM ${registrations}
      WHERE session_id = ${sessionId} AND citizen_id = ${citizenId}
        AND status IN ('held', 'confirmed')
        AND member_key IN (${sql.join(
          keys.map((key) => sql`${key}`),
          sql`, `,
        )})
      UNION
      SELECT member_key FROM ${sql.identifier(waitlistTable)}
      WHERE session_id = ${sessionId} AND citizen_id = ${citizenId}
        AND status IN ('waiting', 'offered')
        AND member_key IN (${sql.join(
          keys.map((key) => sql`${key}`),
          sql`, `,
        )})`)
    if (already.rows.length > 0)
      return {
        outcome: 'already',
        memberKeys: already.rows.map((row) => String(row.member_key)),
        offers,
      }
    // Whoever waits goes first: release has offered them every free place, so what is left is open.
    const taken = await execute(sql`
      UPDATE ${places()} SET taken = taken + ${members.length}
      WHERE session_id = ${sessionId} AND taken + ${members.length} <= capacity
      RETURNING taken, capacity`)
    if (taken.rows.length === 0) {
      const left = await execute(
        sql`SELECT greatest(capacity - taken, 0) AS left FROM ${places()} WHERE session_id = ${sessionId}`,
      )
      return { outcome: 'full', left: Number(left.rows[0]?.left ?? 0), offers }
    }
    const expiresAt = new Date(now.getTime() + holdMinutes * 60_000)
    for (const member of members) {
      await execute(sql`
        INSERT INTO ${registrations}
          (session_id, citizen_id, member_key, member_name, birth_date, status, hold_expires_at,
           is_resident, price_cents, receipt, payment_reference, request_key, updated_at, created_at)
        VALUES (${sessionId}, ${citizenId}, ${member.key}, ${member.name}, ${member.birthDate},
          'held', ${expiresAt.toISOString()}::timestamptz, ${isResident}, ${member.cents},
          ${JSON.stringify(member.lines)}::jsonb, ${reference}, ${requestKey}, now(), now())`)
    }
    return { outcome: 'held', reference, expiresAt, offers }
  })
}
