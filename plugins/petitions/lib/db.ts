import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { countersTable, ownSchema } from '../defaults'

export type Db = {
  drizzle: {
    execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }>
    transaction: <T>(run: (tx: { execute: Db['drizzle']['execute'] }) => Promise<T>) => Promise<T>
  }
}
export const dbOf = (payload: Payload) => payload.db as unknown as Db

/** The counters' table in the plugin's own schema (migrations.ts). */
export const counters = () => sql`${sql.identifier(ownSchema)}.${sql.identifier(countersTable)}`

/** Valid signatures of these petitions, from their counters (one query), 0 for one never signed. */
export const readCounts = async (payload: Payload, ids: number[]): Promise<Map<number, number>> => {
  const counts = new Map<number, number>(ids.map((id) => [id, 0]))
  if (ids.length === 0) return counts
  const { rows } = await dbOf(payload).drizzle.execute(
    sql`SELECT petition_id, signatures FROM ${counters()} WHERE petition_id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  )
  for (const row of rows) counts.set(Number(row.petition_id), Number(row.signatures))
  return counts
}
