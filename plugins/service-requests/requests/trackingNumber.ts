import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/**
 * The next human tracking number, `2026-000123`: year of submission (city time) and a Postgres
 * sequence (created by the `requests_` migration in the plugin's own schema), so concurrent
 * submissions on several servers never share a number. A sequence does not roll back with a failed
 * transaction: a refused submission leaves a gap, which is fine for a tracking number.
 */
export const nextTrackingNumber = async (req: PayloadRequest, year: string): Promise<string> => {
  type Executor = { execute: (q: unknown) => Promise<{ rows: { n: string | number }[] }> }
  const db = req.payload.db as unknown as {
    drizzle: Executor
    sessions?: Record<string, { db: Executor }>
  }
  // Inside the request's transaction when there is one: a second pool connection per insert would
  // deadlock the pool under concurrent submissions.
  const transactionID = await req.transactionID
  const executor =
    (transactionID !== undefined && db.sessions?.[String(transactionID)]?.db) || db.drizzle
  const { rows } = await executor.execute(
    sql`select nextval('service_requests.tracking_number_seq') as n`,
  )
  return `${year}-${String(rows[0].n).padStart(6, '0')}`
}

export const trackingNumberShape = /^\d{4}-\d{6,}$/
