import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { petitionsTable, signaturesTable } from '../defaults'
import { dbOf } from './db'
import { purgePendingSignatures } from './visitor'

/**
 * Law 25's retention: once a closed petition's retention (its frozen rules' `retentionDays`, 180
 * when it has none) has passed, its signatures keep their place in the count and their sector, and
 * lose everything else — account, name, address, outcome email, a visitor's email, the email
 * domain and network kept for burst views, key (a random one). One statement;
 * rows already anonymised are left alone, so running it twice changes nothing.
 */
export const anonymiseExpiredSignatures = async (payload: Payload): Promise<number> => {
  // Visitors' links never confirmed: their name and email go once the link expired.
  await purgePendingSignatures(payload)
  const { rows } = await dbOf(payload).drizzle.execute(sql`
    UPDATE ${sql.identifier(signaturesTable)} s
    SET citizen_id = NULL, member_name = '—', address_id = NULL, wants_outcome_email = false,
        email = NULL, email_domain = NULL, network = NULL,
        signer_key = 'x:' || md5(random()::text || clock_timestamp()::text || s.id::text), updated_at = now()
    FROM ${sql.identifier(petitionsTable)} p
    WHERE p.id = s.petition_id AND p.status = 'closed'
      AND coalesce(p.closed_at, p.closes_at) + make_interval(days => coalesce((p.rules ->> 'retentionDays')::int, 180)) < now()
      AND (s.citizen_id IS NOT NULL OR s.address_id IS NOT NULL OR s.member_name <> '—'
        OR s.email IS NOT NULL OR s.email_domain IS NOT NULL OR s.network IS NOT NULL)
    RETURNING s.id`)
  return rows.length
}
