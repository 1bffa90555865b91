import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { petitionsTable, signaturesTable } from '../defaults'
import { dbOf } from './db'

/** The resident's signatures (the petitions, the names signed with, the dates) and the petitions they filed. */
export const exportCitizenPetitions = async (payload: Payload, citizenId: number) => {
  const db = dbOf(payload).drizzle
  const [signatures, filed] = await Promise.all([
    db.execute(sql`
      SELECT p.slug, p.title, s.member_name, s.status, s.channel, s.wants_outcome_email, s.created_at,
        s.email, s.email_domain, s.network, s.locale
      FROM ${sql.identifier(signaturesTable)} s JOIN ${sql.identifier(petitionsTable)} p ON p.id = s.petition_id
      WHERE s.citizen_id = ${citizenId} ORDER BY s.created_at`),
    db.execute(sql`
      SELECT slug, title, status, created_at FROM ${sql.identifier(petitionsTable)}
      WHERE filed_by_id = ${citizenId} ORDER BY created_at`),
  ])
  return {
    signatures: signatures.rows.map((row) => ({
      petition: row.slug,
      title: row.title,
      signedAs: row.member_name,
      status: row.status,
      channel: row.channel,
      wantsOutcomeEmail: Boolean(row.wants_outcome_email),
      email: row.email ?? null,
      emailDomain: row.email_domain ?? null,
      network: row.network ?? null,
      language: row.locale ?? null,
      signedAt: new Date(String(row.created_at)).toISOString(),
    })),
    filed: filed.rows.map((row) => ({
      petition: row.slug,
      title: row.title,
      status: row.status,
      filedAt: new Date(String(row.created_at)).toISOString(),
    })),
  }
}

/**
 * "Delete my account": the signatures stay in the counts (a petition's count never drops because
 * a signer left), but nothing ties them to the person any more — no account, no name, no address,
 * no email, email domain or network, a random key — only the sector stays, for the counts by sector. The petitions they filed lose
 * the link to the account; the public names the promoters agreed to publish stay with the petition.
 */
export const eraseCitizenPetitions = async (payload: Payload, citizenId: number) => {
  const db = dbOf(payload).drizzle
  await db.execute(sql`
    UPDATE ${sql.identifier(signaturesTable)}
    SET citizen_id = NULL, member_name = '—', address_id = NULL, wants_outcome_email = false,
        email = NULL, email_domain = NULL, network = NULL,
        signer_key = 'x:' || md5(random()::text || clock_timestamp()::text || id::text), updated_at = now()
    WHERE citizen_id = ${citizenId}`)
  await db.execute(
    sql`UPDATE ${sql.identifier(petitionsTable)} SET filed_by_id = NULL WHERE filed_by_id = ${citizenId}`,
  )
  await db.execute(
    sql`UPDATE ${sql.identifier(`${petitionsTable}_promoters`)} SET citizen_id = NULL WHERE citizen_id = ${citizenId}`,
  )
}

/** The provider citizen-accounts' export and deletion call (its `personalDataProviders` option). */
export const petitionsPersonalData = () => ({
  key: 'petitions',
  export: ({ payload, citizenId }: { payload: Payload; citizenId: number }) =>
    exportCitizenPetitions(payload, citizenId),
  erase: ({ payload, citizenId }: { payload: Payload; citizenId: number }) =>
    eraseCitizenPetitions(payload, citizenId),
})
