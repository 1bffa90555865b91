import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { registrationsTable, waitlistTable } from '../defaults'
import type { ResolvedActivitiesOptions } from '../types'
import { dbOf, type Execute } from './db'
import { sendOffers } from './notify'
import { lockSession, type Offer, releaseInLockedSession } from './release'

/**
 * The job's work: every session with a hold or a waitlist offer due by `now` is released in a
 * transaction of its own (lib/release.ts, under its places counter lock), then the offers it made
 * are mailed. Safe to run twice or on two workers at once: the second finds nothing due.
 */
export const releaseDue = async (
  payload: Payload,
  options: ResolvedActivitiesOptions,
  now = new Date(),
): Promise<{ sessions: number; expired: number; offers: number; mailed: number }> => {
  const at = now.toISOString()
  const { rows } = await dbOf(payload).drizzle.execute(sql`
    SELECT DISTINCT session_id FROM ${sql.identifier(registrationsTable)}
      WHERE status = 'held' AND hold_expires_at <= ${at}::timestamptz
    UNION
    SELECT DISTINCT session_id FROM ${sql.identifier(waitlistTable)}
      WHERE status = 'offered' AND offer_expires_at <= ${at}::timestamptz`)
  let expired = 0
  const offers: Offer[] = []
  for (const row of rows) {
    const sessionId = Number(row.session_id)
    const result = await dbOf(payload).drizzle.transaction(async (tx) => {
      const execute: Execute = (query) => tx.execute(query)
      if (!(await lockSession(execute, sessionId))) return null
      return releaseInLockedSession({ execute, sessionId, now, offerHours: options.offerHours })
    })
    if (!result) continue
    expired += result.expired
    offers.push(...result.offers)
  }
  const mailed = offers.length ? await sendOffers(payload, options, offers) : 0
  return { sessions: rows.length, expired, offers: offers.length, mailed }
}
