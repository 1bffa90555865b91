import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { eventsTable, petitionsTable, signaturesTable } from '../defaults'
import { counters, dbOf } from './db'
import { applicableThresholds, normalizeName, type PetitionForSigning } from './model'

/**
 * The unique key of one person's signature: the account itself, or the account and a household
 * member's first name (each member signs once with their own name; case and accents ignored). The
 * resident's own key does not follow their name, so renaming the account signs nobody twice.
 */
export const signerKey = (citizenId: number, householdMember: string | null) =>
  householdMember === null ? `c:${citizenId}` : `c:${citizenId}:m:${normalizeName(householdMember)}`

/**
 * The key of a person known by their civic address and name rather than an account: a visitor who
 * confirmed by email, or a line of a paper petition. The same person at the same address gets the
 * same key whichever way they signed, so nobody is counted twice (case and accents ignored).
 */
export const addressSignerKey = (addressId: number, fullName: string) =>
  `a:${addressId}:${normalizeName(fullName)}`

/** Signing still open, said in SQL: checked in the signing statement itself, not only before it. */
const openNow = (petitionId: number) => sql`EXISTS (
  SELECT 1 FROM ${sql.identifier(petitionsTable)} p
  WHERE p.id = ${petitionId} AND p.status = 'signing' AND p.opens_at <= now() AND now() < p.closes_at
)`

/** A signer known by address and name: their key (`addressSignerKey`) and how they signed. */
export type SignatureSigner = { key: string; channel: 'online' | 'paper' }

export type SignResult = {
  outcome: 'signed' | 'already' | 'closed'
  count: number
  /** Indexes (in the frozen rules) of the thresholds this signature reached. */
  reached: number[]
}

/**
 * Records one signature and moves the count, in one transaction: the INSERT goes on the unique
 * (petition, signer key) index with ON CONFLICT — doing nothing when the person already signed,
 * reviving the row when they had withdrawn — and only a row actually written adds one to the
 * petition's counter (`signatures + 1`, in SQL). The counter's row lock orders concurrent
 * signatures, so each sees its own new count: the one that reaches a threshold records it, with
 * ON CONFLICT DO NOTHING on the event's unique (petition, threshold) index as the second lock.
 * Fifty identical posts at once leave one row and a count of one. The window is checked in the
 * statement, so a signature racing the close is refused.
 *
 * `signer` records someone known by address and name rather than by account (a paper line
 * entered by the greffe: `addressSignerKey`, no account), on the same path.
 */
export const recordSignature = async ({
  payload,
  petition,
  citizenId,
  householdMember,
  memberName,
  addressId,
  sectorId,
  wantsOutcomeEmail,
  signer,
}: {
  payload: Payload
  petition: PetitionForSigning
  /** The account, or null for a signer known by address and name (with `signer`). */
  citizenId: number | null
  /** A household member's first name, or null when the resident signs for themself. */
  householdMember: string | null
  /** The name on the signature (the resident's, or the member's). */
  memberName: string
  addressId: number
  sectorId: number
  wantsOutcomeEmail: boolean
  /** Another key and channel than the account's online signature (see SignatureSigner). */
  signer?: SignatureSigner
}): Promise<SignResult> => {
  const table = sql.identifier(signaturesTable)
  if (!signer && citizenId === null) throw new Error('recordSignature: an account or a signer')
  const key = signer?.key ?? signerKey(citizenId!, householdMember)
  const channel = signer?.channel ?? 'online'
  return dbOf(payload).drizzle.transaction(async (tx) => {
    const { rows } = await tx.execute(sql`
      WITH written AS (
        INSERT INTO ${table} AS s
          (petition_id, signer_key, citizen_id, member_name, address_id, sector_id, channel, status, wants_outcome_email)
        SELECT ${petition.id}, ${key}, ${citizenId}, ${memberName}, ${addressId}, ${sectorId}, ${channel}, 'valid', ${wantsOutcomeEmail}
        WHERE ${openNow(petition.id)}
        ON CONFLICT (petition_id, signer_key) DO UPDATE
          SET status = 'valid', wants_outcome_email = excluded.wants_outcome_email,
              member_name = excluded.member_name, address_id = excluded.address_id,
              sector_id = excluded.sector_id, created_at = now(), updated_at = now()
          WHERE s.status = 'withdrawn'
        RETURNING s.id
      ),
      counted AS (
        INSERT INTO ${counters()} AS c (petition_id, signatures)
        SELECT ${petition.id}, 1 FROM written
        ON CONFLICT (petition_id) DO UPDATE SET signatures = c.signatures + 1
        RETURNING c.signatures
      )
      SELECT (SELECT count(*) FROM written)::int AS written,
             (SELECT signatures FROM counted) AS count,
             ${openNow(petition.id)} AS is_open`)
    const row = rows[0] ?? {}
    if (Number(row.written) === 0) {
      const current = await tx.execute(
        sql`SELECT signatures FROM ${counters()} WHERE petition_id = ${petition.id}`,
      )
      const count = Number(current.rows[0]?.signatures ?? 0)
      return { outcome: row.is_open ? 'already' : 'closed', count, reached: [] }
    }
    const count = Number(row.count)
    // Each count is seen by exactly one signature: the one whose +1 made it.
    const crossed = applicableThresholds(petition.rules, petition.area).filter(
      (t) => t.signatures === count,
    )
    const reached: number[] = []
    for (const threshold of crossed) {
      const event = await tx.execute(sql`
        INSERT INTO ${sql.identifier(eventsTable)}
          (petition_id, threshold_index, signatures, triggers, reached_at)
        VALUES (${petition.id}, ${threshold.index}, ${threshold.signatures}, ${threshold.triggers}, now())
        ON CONFLICT (petition_id, threshold_index) DO NOTHING
        RETURNING id`)
      if (event.rows.length > 0) reached.push(threshold.index)
    }
    return { outcome: 'signed', count, reached }
  })
}

export type WithdrawResult = { outcome: 'withdrawn' | 'notSigned' | 'closed'; count: number }

/** Withdraws a valid signature while signing is open, and takes one off the counter, in one statement. */
export const withdrawSignature = async ({
  payload,
  petitionId,
  citizenId,
  householdMember,
}: {
  payload: Payload
  petitionId: number
  citizenId: number
  householdMember: string | null
}): Promise<WithdrawResult> => {
  const { rows } = await dbOf(payload).drizzle.execute(sql`
    WITH withdrawn AS (
      UPDATE ${sql.identifier(signaturesTable)} SET status = 'withdrawn', updated_at = now()
      WHERE petition_id = ${petitionId} AND signer_key = ${signerKey(citizenId, householdMember)}
        AND status = 'valid' AND ${openNow(petitionId)}
      RETURNING id
    ),
    counted AS (
      UPDATE ${counters()} SET signatures = signatures - 1
      WHERE petition_id = ${petitionId} AND EXISTS (SELECT 1 FROM withdrawn)
      RETURNING signatures
    )
    SELECT (SELECT count(*) FROM withdrawn)::int AS withdrawn,
           (SELECT signatures FROM counted) AS count,
           ${openNow(petitionId)} AS is_open`)
  const row = rows[0] ?? {}
  if (Number(row.withdrawn) === 0)
    return { outcome: row.is_open ? 'notSigned' : 'closed', count: 0 }
  return { outcome: 'withdrawn', count: Number(row.count) }
}

/**
 * Who of this account has a valid signature on the petition: the resident (`self`) and the
 * household members' first names, as keyed.
 */
export const signedMembers = async (
  payload: Payload,
  petitionId: number,
  citizenId: number,
): Promise<{ self: boolean; members: string[] }> => {
  const { rows } = await dbOf(payload).drizzle.execute(
    sql`SELECT signer_key FROM ${sql.identifier(signaturesTable)}
        WHERE petition_id = ${petitionId} AND citizen_id = ${citizenId} AND status = 'valid'`,
  )
  const keys = rows.map((row) => String(row.signer_key))
  const prefix = `c:${citizenId}:m:`
  return {
    self: keys.includes(signerKey(citizenId, null)),
    members: keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)),
  }
}
