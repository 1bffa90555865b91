import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { ownSchema, placesTable } from '../defaults'

export type Execute = (query: unknown) => Promise<{ rows: Record<string, unknown>[] }>

export type Db = {
  drizzle: {
    execute: Execute
    transaction: <T>(run: (tx: { execute: Execute }) => Promise<T>) => Promise<T>
  }
  sessions?: Record<string, { db: { execute: Execute } }>
}
export const dbOf = (payload: Payload) => payload.db as unknown as Db

/** The executor of the request's transaction when it has one (a hook), else the pool. */
export const executorOf = async (req: PayloadRequest): Promise<Execute> => {
  const db = dbOf(req.payload)
  const id = req.transactionID ? await req.transactionID : null
  const session = id ? db.sessions?.[String(id)] : undefined
  return session ? (query) => session.db.execute(query) : (query) => db.drizzle.execute(query)
}

/** The places counters in the plugin's own schema (migrations.ts). */
export const places = () => sql`${sql.identifier(ownSchema)}.${sql.identifier(placesTable)}`

/** Places taken (held, confirmed, offered to the waitlist) and capacity of these sessions. */
export const readPlaces = async (
  payload: Payload,
  ids: number[],
): Promise<Map<number, { taken: number; capacity: number }>> => {
  const result = new Map<number, { taken: number; capacity: number }>()
  if (ids.length === 0) return result
  const { rows } = await dbOf(payload).drizzle.execute(
    sql`SELECT session_id, taken, capacity FROM ${places()} WHERE session_id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  )
  for (const row of rows)
    result.set(Number(row.session_id), { taken: Number(row.taken), capacity: Number(row.capacity) })
  return result
}
