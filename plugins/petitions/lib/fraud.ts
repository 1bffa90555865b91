import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { cityTimeZone } from '@engines/calendar'

import { signaturesTable } from '../defaults'
import { auditInsert, type StaffActor } from './audit'
import { counters, dbOf } from './db'

/** A window of signatures: [from, to), optionally one network (/24) and one email domain. */
export type SignatureWindow = {
  from: Date
  to: Date
  network?: string | null
  emailDomain?: string | null
}

export type BurstGroup = { key: string | null; count: number }

export type Bursts = {
  total: number
  /** Local hours ('YYYY-MM-DDTHH:00', the city's time zone), the busiest first. */
  byHour: BurstGroup[]
  /** Networks (IPv4 /24, IPv6 /48) as stored on the signatures; null: not recorded (paper, older). */
  byNetwork: BurstGroup[]
  byEmailDomain: BurstGroup[]
}

/** How many groups of each kind the view shows, the largest first. */
export const burstGroupLimit = 20

/** The signing-phase signatures in a window, said in SQL (support signatures are counted apart). */
const inWindow = (petitionId: number, window: Partial<SignatureWindow>) => {
  const parts = [sql`petition_id = ${petitionId}`, sql`phase = 'signing'`]
  if (window.from) parts.push(sql`created_at >= ${window.from.toISOString()}`)
  if (window.to) parts.push(sql`created_at < ${window.to.toISOString()}`)
  if (window.network) parts.push(sql`network = ${window.network}`)
  if (window.emailDomain) parts.push(sql`email_domain = ${window.emailDomain.toLowerCase()}`)
  return sql.join(parts, sql` AND `)
}

/**
 * Valid signatures of a petition grouped three ways — by hour, by network and by email domain —
 * the largest groups first, to spot a burst. Counts only: no name, no key, no address.
 */
export const burstGroups = async (
  payload: Payload,
  petitionId: number,
  window: Partial<SignatureWindow> = {},
  limit = burstGroupLimit,
): Promise<Bursts> => {
  const table = sql.identifier(signaturesTable)
  const where = sql`${inWindow(petitionId, window)} AND status = 'valid'`
  const db = dbOf(payload).drizzle
  const grouped = async (key: ReturnType<typeof sql>) =>
    (
      await db.execute(sql`
        SELECT ${key} AS key, count(*)::int AS count FROM ${table} WHERE ${where}
        GROUP BY 1 ORDER BY 2 DESC, 1 ASC NULLS LAST LIMIT ${limit}`)
    ).rows.map((row) => ({
      key: row.key === null || row.key === undefined ? null : String(row.key),
      count: Number(row.count),
    }))
  const [total, byHour, byNetwork, byEmailDomain] = await Promise.all([
    db.execute(sql`SELECT count(*)::int AS count FROM ${table} WHERE ${where}`),
    grouped(
      sql`to_char(date_trunc('hour', created_at AT TIME ZONE ${cityTimeZone}), 'YYYY-MM-DD"T"HH24:00')`,
    ),
    grouped(sql`network`),
    grouped(sql`email_domain`),
  ])
  return { total: Number(total.rows[0]?.count ?? 0), byHour, byNetwork, byEmailDomain }
}

export type InvalidationResult = { count: number; signatures: number; auditId: number }

/**
 * Invalidates every valid signature of a window, in one statement (so one transaction): the rows
 * get `status = 'invalidated'` with the reason and the time; the counter loses exactly the number
 * of rows changed; the audit entry (who, when, the window and filter, the reason, how many) is
 * written with them. A signature withdrawn meanwhile is not valid any more and not counted twice
 * (the row lock orders the two). Thresholds already recorded stay recorded: their events are what
 * the promoters and the city were told.
 */
export const invalidateWindow = async ({
  payload,
  petitionId,
  window,
  reason,
  actor,
}: {
  payload: Payload
  petitionId: number
  window: SignatureWindow
  reason: string
  actor: StaffActor | null
}): Promise<InvalidationResult> => {
  const filter = {
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    network: window.network || null,
    emailDomain: window.emailDomain?.toLowerCase() || null,
    reason,
  }
  const { rows } = await dbOf(payload).drizzle.execute(sql`
    WITH changed AS (
      UPDATE ${sql.identifier(signaturesTable)}
      SET status = 'invalidated', invalidation_reason = ${reason}, invalidation_at = now(),
          updated_at = now()
      WHERE ${inWindow(petitionId, window)} AND status = 'valid'
      RETURNING id
    ),
    counted AS (
      UPDATE ${counters()} SET signatures = signatures - (SELECT count(*) FROM changed)
      WHERE petition_id = ${petitionId} AND EXISTS (SELECT 1 FROM changed)
      RETURNING signatures
    ),
    audit AS (${auditInsert({
      action: 'bulkInvalidation',
      petitionId,
      lines: null,
      count: sql`(SELECT count(*) FROM changed)`,
      details: filter,
      actor,
    })})
    SELECT (SELECT count(*) FROM changed)::int AS count,
           (SELECT signatures FROM counted) AS counted,
           (SELECT signatures FROM ${counters()} WHERE petition_id = ${petitionId}) AS before,
           (SELECT id FROM audit) AS audit_id`)
  const row = rows[0] ?? {}
  const count = Number(row.count)
  // Without a change the counter was not touched: the statement's snapshot shows it as it is.
  const signatures = count > 0 ? Number(row.counted) : Number(row.before ?? 0)
  return { count, signatures, auditId: Number(row.audit_id) }
}
