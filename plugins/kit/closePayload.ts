import type { Payload } from 'payload'

type PgPool = {
  ended?: boolean
  on: (event: 'error', listener: (err: Error) => void) => void
  end: () => Promise<void>
  _clients?: { end: () => Promise<void> }[]
}

/**
 * Closes Payload and its Postgres pool. `payload.destroy()` leaves the pool open, and the adapter
 * keeps one client checked out for its whole life (it reconnects through it), so `pool.end()` alone
 * would wait forever: every client is ended directly instead. Scripts and tests that stop or drop the
 * database afterwards need this, or the pool's clients crash the process when the server goes.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  await payload.destroy()
  if (!pool || pool.ended) return
  pool.on('error', () => {})
  await Promise.all((pool._clients ?? []).map((client) => client.end().catch(() => {})))
  // The leaked client is never released, so the pool's own end() would wait forever: not awaited.
  void pool.end().catch(() => {})
}
