import type { Payload } from 'payload'

import { lockDownInternalCollections } from '../../access/lockDownInternalCollections'

/**
 * node-postgres reports a dropped idle connection (Postgres restarted, a managed failover, the
 * embedded cluster stopping first on Ctrl-C) as an 'error' event on the pool; with no listener,
 * Node ends the whole server. Log it instead: the pool opens a new connection on the next query.
 */
export const onInit = async (payload: Payload): Promise<void> => {
  lockDownInternalCollections(payload)
  const pool = (
    payload.db as unknown as { pool?: { on: (e: 'error', l: (err: Error) => void) => void } }
  ).pool
  pool?.on('error', (err) =>
    payload.logger.warn(
      `A Postgres connection was closed (${err.message}); it will be reopened on demand.`,
    ),
  )
}
