import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook } from 'payload'

import { executorOf, places } from '../../../lib/db'

/**
 * The session's capacity copied onto its places counter (migrations.ts), in the save's own
 * transaction. Only `capacity` is written: `taken` belongs to the registration statements.
 * Lowering the capacity under the places already taken sells nothing more until some come back.
 */
export const syncPlaces: CollectionAfterChangeHook = async ({ doc, req }) => {
  const execute = await executorOf(req)
  const capacity = Math.max(0, Math.trunc(Number(doc.capacity ?? 0)))
  await execute(sql`
    INSERT INTO ${places()} (session_id, capacity, taken) VALUES (${doc.id}, ${capacity}, 0)
    ON CONFLICT (session_id) DO UPDATE SET capacity = excluded.capacity`)
  return doc
}
