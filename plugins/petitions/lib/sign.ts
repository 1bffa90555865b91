import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { notifyThresholdsTaskSlug } from '../jobs/notifyThresholds'
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

export type SignResult = {
  /** `samePerson`: someone of the same name already signed from this address under another key. */
  outcome: 'signed' | 'already' | 'closed' | 'samePerson'
  count: number
  /** Indexes (in the frozen rules) of the thresholds this signature reached. */
  reached: number[]
}

/** One person's signature as it is written: whoever signs and by whichever channel. */
export type SignatureToWrite = {
  /** `signerKey(…)` for an account, `addressSignerKey(…)` for a visitor or a paper line. */
  key: string
  citizenId: number | null
  /** The name on the signature. */
  name: string
  addressId: number
  sectorId: number
  channel: 'online' | 'paper'
  wantsOutcomeEmail: boolean
  /** A visitor's confirmed email (a resident's stays on their account). */
  email?: string | null
  emailDomain?: string | null
  /** The client's network (IPv4 /24, IPv6 /48), never the address itself. */
  network?: string | null
  locale?: 'fr' | 'en'
}

type Tx = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

const enumOf = (field: string) => sql.identifier(`enum_${signaturesTable}_${field}`)

/**
 * The promoters and the greffe hear of a threshold at the jobs queue's next run rather than at the
 * five-minute scan. Called once the signature's transaction has committed, never inside it: the
 * queue takes a connection of its own, and a transaction holding the counter's row lock while
 * waiting for one would stall every signer behind it once the pool is taken by them.
 */
export const queueThresholdEmails = async (payload: Payload, result: SignResult) => {
  if (result.reached.length === 0) return
  await payload.jobs
    .queue({ task: notifyThresholdsTaskSlug as never, input: {} as never })
    .catch((err: unknown) =>
      payload.logger.error({ err, msg: 'petitions: threshold emails not queued' }),
    )
}

/**
 * Records one signature and moves the count, in one transaction (or in the caller's `tx`): first
 * a lock on (petition, address) and a look at the valid signatures of the signing phase from that
 * address (a draft's supporters sign again when signing opens), refusing one whose name (case,
 * accents and spacing ignored) is already there under another key — the resident who signed
 * signed in and the same person as a visitor, or on paper, count once. Then
 * the INSERT on the unique (petition, signer key) index with ON CONFLICT — doing nothing when
 * the person already signed, reviving the row when they had withdrawn — and only a row actually
 * written adds one to the petition's counter (`signatures + 1`, in SQL). The counter's row lock
 * orders concurrent signatures, so each sees its own new count: the one that reaches a threshold
 * records it, with ON CONFLICT DO NOTHING on the event's unique (petition, threshold) index as the
 * second lock. Fifty identical posts at once leave one row and a count of one. The window is
 * checked in the statement, so a signature racing the close is refused.
 */
export const writeSignature = async ({
  payload,
  petition,
  signature,
  tx,
}: {
  payload: Payload
  petition: PetitionForSigning
  signature: SignatureToWrite
  tx?: Tx
}): Promise<SignResult> => {
  if (!tx) {
    const result = await dbOf(payload).drizzle.transaction((own) =>
      writeSignature({ payload, petition, signature, tx: own }),
    )
    await queueThresholdEmails(payload, result)
    return result
  }
  const table = sql.identifier(signaturesTable)
  const s = signature
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${`petitions:${petition.id}:${s.addressId}`}, 0))`,
  )
  const atAddress = await tx.execute(sql`
    SELECT member_name FROM ${table}
    WHERE petition_id = ${petition.id} AND address_id = ${s.addressId} AND status = 'valid'
      AND phase = 'signing' AND signer_key <> ${s.key}`)
  const name = normalizeName(s.name)
  if (atAddress.rows.some((row) => normalizeName(String(row.member_name ?? '')) === name)) {
    const current = await tx.execute(
      sql`SELECT signatures FROM ${counters()} WHERE petition_id = ${petition.id}`,
    )
    return { outcome: 'samePerson', count: Number(current.rows[0]?.signatures ?? 0), reached: [] }
  }
  const { rows } = await tx.execute(sql`
    WITH written AS (
      INSERT INTO ${table} AS s
        (petition_id, signer_key, citizen_id, member_name, address_id, sector_id, channel, status,
         wants_outcome_email, email, email_domain, network, locale)
      SELECT ${petition.id}, ${s.key}, ${s.citizenId}::int, ${s.name}, ${s.addressId}, ${s.sectorId},
        ${s.channel}::${enumOf('channel')}, 'valid', ${s.wantsOutcomeEmail}, ${s.email ?? null}::varchar,
        ${s.emailDomain ?? null}::varchar, ${s.network ?? null}::varchar, ${s.locale ?? 'fr'}::${enumOf('locale')}
      WHERE ${openNow(petition.id)}
      ON CONFLICT (petition_id, signer_key) DO UPDATE
        SET status = 'valid', wants_outcome_email = excluded.wants_outcome_email,
            member_name = excluded.member_name, address_id = excluded.address_id,
            sector_id = excluded.sector_id, channel = excluded.channel, email = excluded.email,
            email_domain = excluded.email_domain, network = excluded.network,
            locale = excluded.locale, created_at = now(), updated_at = now()
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
}

/** A signed-in resident's (or their household member's) online signature: `writeSignature`. */
export const recordSignature = async ({
  payload,
  petition,
  citizenId,
  householdMember,
  memberName,
  addressId,
  sectorId,
  wantsOutcomeEmail,
  emailDomain = null,
  network = null,
  locale = 'fr',
}: {
  payload: Payload
  petition: PetitionForSigning
  citizenId: number
  /** A household member's first name, or null when the resident signs for themself. */
  householdMember: string | null
  /** The name on the signature (the resident's, or the member's). */
  memberName: string
  addressId: number
  sectorId: number
  wantsOutcomeEmail: boolean
  emailDomain?: string | null
  network?: string | null
  locale?: 'fr' | 'en'
}): Promise<SignResult> =>
  writeSignature({
    payload,
    petition,
    signature: {
      key: signerKey(citizenId, householdMember),
      citizenId,
      name: memberName,
      addressId,
      sectorId,
      channel: 'online',
      wantsOutcomeEmail,
      emailDomain,
      network,
      locale,
    },
  })

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
