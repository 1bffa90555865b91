import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { registrationsTable, waitlistTable } from '../defaults'
import type { ActivitiesCitizen, ResolvedActivitiesOptions } from '../types'
import { dbOf, type Execute, places } from './db'
import { prepareRegistration, type SessionWithActivity } from './prepare'
import { newReference } from './reference'
import type { HoldMember } from './register'
import {
  loadWaitlist,
  lockSession,
  type Offer,
  recountPlaces,
  releaseInLockedSession,
  saveWaitlist,
} from './release'
import { applyWaitlistEvent, waitlistPosition } from './waitlist'

export type JoinResult =
  | { outcome: 'joined'; position: number; offers: Offer[] }
  | { outcome: 'placesLeft' | 'already' | 'notFound'; offers: Offer[] }

/**
 * Members join a full session's waitlist, at the end, under the session's places counter lock
 * (so the order of the rows is the order of arrival, and nobody joins a session with places left
 * unless others already wait). Answers the first member's number ("you are number n").
 */
export const joinWaitlist = async ({
  payload,
  options,
  sessionId,
  citizenId,
  members,
  now,
}: {
  payload: Payload
  options: ResolvedActivitiesOptions
  sessionId: number
  citizenId: number
  members: HoldMember[]
  now: Date
}): Promise<JoinResult> =>
  dbOf(payload).drizzle.transaction(async (tx) => {
    const execute: Execute = (query) => tx.execute(query)
    if (!(await lockSession(execute, sessionId))) return { outcome: 'notFound', offers: [] }
    const released = await releaseInLockedSession({
      execute,
      sessionId,
      now,
      offerHours: options.offerHours,
    })
    const { offers } = released
    const state = await loadWaitlist(execute, sessionId)
    const isWaiting = state.entries.some((entry) => entry.status === 'waiting')
    if (released.capacity - released.taken >= members.length && !isWaiting)
      return { outcome: 'placesLeft', offers }
    const keys = members.map((member) => sql`${member.key}`)
    const already = await execute(sql`
      SELECT 1 FROM ${sql.identifier(registrationsTable)}
      WHERE session_id = ${sessionId} AND citizen_id = ${citizenId}
        AND status IN ('held', 'confirmed') AND member_key IN (${sql.join(keys, sql`, `)})
      UNION ALL
      SELECT 1 FROM ${sql.identifier(waitlistTable)}
      WHERE session_id = ${sessionId} AND citizen_id = ${citizenId}
        AND status IN ('waiting', 'offered') AND member_key IN (${sql.join(keys, sql`, `)})`)
    if (already.rows.length > 0) return { outcome: 'already', offers }
    let first: number | null = null
    for (const member of members) {
      const { rows } = await execute(sql`
        INSERT INTO ${sql.identifier(waitlistTable)}
          (session_id, citizen_id, member_key, member_name, birth_date, status, joined_at, updated_at, created_at)
        VALUES (${sessionId}, ${citizenId}, ${member.key}, ${member.name}, ${member.birthDate},
          'waiting', ${now.toISOString()}::timestamptz, now(), now())
        RETURNING id`)
      first ??= Number(rows[0].id)
    }
    const after = await loadWaitlist(execute, sessionId)
    return { outcome: 'joined', position: waitlistPosition(after, String(first)) ?? 0, offers }
  })

export type AcceptResult =
  | { outcome: 'accepted'; reference: string; offers: Offer[] }
  | { outcome: 'offerExpired' | 'notOffered' | 'notFound' | 'ineligible'; offers: Offer[] }

/**
 * A waitlist offer confirmed by its resident: under the session's lock, the offers due are
 * expired first (an accept at the expiry instant has expired, lib/waitlist.ts), then the accept
 * is applied; the place, counted as taken since the offer, becomes this member's hold to pay.
 */
export const acceptOffer = async ({
  payload,
  options,
  target,
  citizen,
  entryId,
  now,
}: {
  payload: Payload
  options: ResolvedActivitiesOptions
  target: SessionWithActivity
  citizen: ActivitiesCitizen
  entryId: number
  now: Date
}): Promise<AcceptResult> => {
  const sessionId = target.session.id
  const entry = (
    await dbOf(payload).drizzle.execute(sql`
      SELECT member_key, birth_date FROM ${sql.identifier(waitlistTable)}
      WHERE id = ${Number.isSafeInteger(entryId) ? entryId : 0} AND session_id = ${sessionId}
        AND citizen_id = ${citizen.id}`)
  ).rows[0]
  if (!entry) return { outcome: 'notFound', offers: [] }
  const memberKey = String(entry.member_key)
  // The price as of now; eligibility is not asked again of someone who waited (their place is theirs).
  const prepared = await prepareRegistration({
    payload,
    options,
    target,
    citizen,
    memberKeys: [memberKey],
    declaredBirthDates: entry.birth_date ? { [memberKey]: String(entry.birth_date) } : {},
    now,
    isEligibilityChecked: false,
  })
  const member: HoldMember | null = prepared.ok ? prepared.members[0] : null
  if (!member) return { outcome: 'ineligible', offers: [] }
  return dbOf(payload).drizzle.transaction(async (tx) => {
    const execute: Execute = (query) => tx.execute(query)
    await lockSession(execute, sessionId)
    const { offers } = await releaseInLockedSession({
      execute,
      sessionId,
      now,
      offerHours: options.offerHours,
    })
    const state = await loadWaitlist(execute, sessionId)
    const outcome = applyWaitlistEvent(
      state,
      { type: 'accept', entryId: String(entryId), at: now },
      {
        offerHours: options.offerHours,
      },
    )
    if (outcome.refused) {
      const row = await execute(
        sql`SELECT status FROM ${sql.identifier(waitlistTable)} WHERE id = ${entryId}`,
      )
      return {
        outcome: row.rows[0]?.status === 'expired' ? 'offerExpired' : 'notOffered',
        offers,
      }
    }
    const more = await saveWaitlist(execute, state, outcome.state, outcome.effects)
    const reference = newReference()
    const expiresAt = new Date(now.getTime() + options.holdMinutes * 60_000)
    await execute(sql`
      INSERT INTO ${sql.identifier(registrationsTable)}
        (session_id, citizen_id, member_key, member_name, birth_date, status, hold_expires_at,
         is_resident, price_cents, receipt, payment_reference, request_key, updated_at, created_at)
      VALUES (${sessionId}, ${citizen.id}, ${member.key}, ${member.name}, ${member.birthDate},
        'held', ${expiresAt.toISOString()}::timestamptz, ${prepared.ok && prepared.isResident},
        ${member.cents}, ${JSON.stringify(member.lines)}::jsonb, ${reference},
        ${`waitlist:${entryId}`}, now(), now())`)
    await recountPlaces(execute, sessionId)
    return { outcome: 'accepted', reference, offers: [...offers, ...more] }
  })
}

/** Places left, for a quick read outside any lock (pages: it may lag, the registration is exact). */
export const placesLeftSql = (sessionId: number) =>
  sql`SELECT greatest(capacity - taken, 0) AS left FROM ${places()} WHERE session_id = ${sessionId}`
