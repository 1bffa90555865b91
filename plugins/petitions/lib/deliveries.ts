import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { deliveriesTable, ownSchema } from '../defaults'
import { dbOf } from './db'

/** The delivery log in the plugin's own schema (migrations.ts). */
export const deliveries = () => sql`${sql.identifier(ownSchema)}.${sql.identifier(deliveriesTable)}`

/**
 * How long a claimed message may stay unsent before another run takes it over: longer than any
 * send takes (the SMTP client gives up well before), so only a crashed sender's claim lapses.
 */
const claimLeaseSeconds = 600

/**
 * Sends one message once, by its key in the delivery log (unique; and one per signature and kind),
 * as `plugins/citizen-accounts/lib/fanOut.ts` does. Before sending, the run claims the row in one
 * statement: a new row, a failed one, or one whose claim lapsed is taken; one already sent, or
 * claimed a moment ago by another run, is skipped. So a job run twice, or on two workers at once,
 * sends each message once. A crash between sending and marking can repeat that one message once
 * its claim lapses (at least once for it); never more. A failed send is marked and thrown.
 */
export const deliverOnce = async ({
  payload,
  key,
  kind,
  signatureId = null,
  eventId = null,
  send,
}: {
  payload: Payload
  key: string
  kind: string
  signatureId?: number | null
  eventId?: number | null
  send: () => Promise<void>
}): Promise<'sent' | 'skipped'> => {
  const db = dbOf(payload).drizzle
  const log = deliveries()
  const { rows } = await db.execute(sql`
    INSERT INTO ${log} AS d (key, kind, signature_id, event_id, status)
    VALUES (${key}, ${kind}, ${signatureId}, ${eventId}, 'pending')
    ON CONFLICT (key) DO UPDATE SET status = 'pending', error = NULL, updated_at = now()
      WHERE d.status = 'failed'
         OR (d.status = 'pending' AND d.updated_at < now() - make_interval(secs => ${claimLeaseSeconds}))
    RETURNING d.id`)
  if (rows.length === 0) return 'skipped'
  try {
    await send()
  } catch (err) {
    await db.execute(sql`
      UPDATE ${log} SET status = 'failed', error = ${String(err).slice(0, 500)}, updated_at = now()
      WHERE key = ${key}`)
    throw err
  }
  await db.execute(sql`
    UPDATE ${log} SET status = 'sent', sent_at = now(), error = NULL, updated_at = now()
    WHERE key = ${key}`)
  return 'sent'
}
