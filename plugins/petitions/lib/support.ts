import { timingSafeEqual } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload, Where } from 'payload'

import { relationId } from '../../kit/ids'
import { petitionsSlug, petitionsTable, signaturesTable } from '../defaults'
import type { PetitionLocale } from '../types'
import { dbOf } from './db'
import type { PetitionArea, PetitionRules, PetitionStatus } from './model'
import { signerKey } from './sign'

/**
 * The key of a resident's supporting signature on a draft: distinct from their signing key, so
 * the same person supports the draft and later signs the petition once signing opens.
 */
export const supportKey = (citizenId: number) => `s:${signerKey(citizenId, null)}`

/** The quorum of a draft: its rules frozen when it entered `supporting`, 25 without them. */
export const quorumOf = (rules: PetitionRules | null) => rules?.draftQuorum ?? 25

/** A share token compared in constant time; an empty or malformed one never matches. */
export const isSameToken = (expected: string | null | undefined, given: string | null) => {
  if (!expected || !given || !/^[A-Za-z0-9_-]{16,64}$/.test(given)) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** What the support page and endpoint need of a draft reached by its share link. */
export type SupportPetition = {
  id: number
  slug: string
  title: string
  text: string
  request: string
  language: PetitionLocale
  status: PetitionStatus
  area: PetitionArea
  rules: PetitionRules | null
  promoters: { publicName: string; role: 'filer' | 'contact' }[]
  /** Valid supporting signatures, and the quorum that submits the draft to the greffe. */
  supports: number
  quorum: number
}

type Row = {
  id: number
  slug?: string
  title?: string
  text?: string
  request?: string
  language?: PetitionLocale
  status?: PetitionStatus
  areaKind?: 'city' | 'sector'
  sector?: unknown
  rules?: PetitionRules | null
  shareToken?: string | null
  promoters?: { publicName?: string; role?: 'filer' | 'contact'; consentToPublish?: boolean }[]
}

/** Valid supporting signatures of a draft, counted in SQL. */
export const countSupports = async (payload: Payload, petitionId: number): Promise<number> => {
  const { rows } = await dbOf(payload).drizzle.execute(sql`
    SELECT count(*)::int AS n FROM ${sql.identifier(signaturesTable)}
    WHERE petition_id = ${petitionId} AND phase = 'support' AND status = 'valid'`)
  return Number(rows[0]?.n ?? 0)
}

/**
 * The petition behind a share link (by id or by slug), read fresh: null unless the token is its
 * own. A petition that moved on (submitted, then public) still answers its link, so a late
 * supporter learns why they cannot support it any more; the endpoint refuses anything but
 * `supporting`.
 */
export const readPetitionByShareToken = async (
  payload: Payload,
  { id, slug, token }: { id?: number; slug?: string; token: string | null },
): Promise<SupportPetition | null> => {
  if (!token) return null
  const where: Where =
    id !== undefined ? { id: { equals: id } } : { slug: { equals: String(slug ?? '') } }
  if (id !== undefined && (!Number.isSafeInteger(id) || id <= 0)) return null
  const row = (await payload.db.findOne({
    collection: petitionsSlug as 'users',
    where,
    select: {
      slug: true,
      title: true,
      text: true,
      request: true,
      language: true,
      status: true,
      areaKind: true,
      sector: true,
      rules: true,
      shareToken: true,
      promoters: true,
    },
  })) as Row | null
  if (!row || !isSameToken(row.shareToken, token)) return null
  const sectorId = relationId(row.sector)
  return {
    id: row.id,
    slug: row.slug ?? '',
    title: row.title ?? '',
    text: row.text ?? '',
    request: row.request ?? '',
    language: row.language === 'en' ? 'en' : 'fr',
    status: row.status ?? 'draft',
    area: row.areaKind === 'sector' && sectorId ? { kind: 'sector', sectorId } : { kind: 'city' },
    rules: row.rules ?? null,
    promoters: (row.promoters ?? [])
      .filter((p) => p.consentToPublish && p.publicName)
      .map((p) => ({ publicName: p.publicName!, role: p.role === 'filer' ? 'filer' : 'contact' })),
    supports: await countSupports(payload, row.id),
    quorum: quorumOf(row.rules ?? null),
  }
}

export type SupportEligibility =
  'eligible' | 'notSupporting' | 'signInRequired' | 'noAddress' | 'outsideArea'

/**
 * Who may support a draft: as for signing (a signed-in, verified resident whose civic address lies
 * in the petition's area), while the draft gathers its supports. The age is declared on the form.
 */
export const supportEligibility = ({
  petition,
  isSignedIn,
  hasAddress,
  addressSectorId,
}: {
  petition: Pick<SupportPetition, 'status' | 'area'>
  isSignedIn: boolean
  hasAddress: boolean
  addressSectorId: number | null
}): SupportEligibility => {
  if (petition.status !== 'supporting') return 'notSupporting'
  if (!isSignedIn) return 'signInRequired'
  if (!hasAddress) return 'noAddress'
  if (addressSectorId === null) return 'outsideArea'
  if (petition.area.kind === 'sector' && petition.area.sectorId !== addressSectorId)
    return 'outsideArea'
  return 'eligible'
}

export type SupportResult = {
  outcome: 'supported' | 'already' | 'notSupporting'
  supports: number
  /** This support reached the quorum: the draft went to the greffe (`submitted`). */
  submitted: boolean
}

/**
 * Records a resident's supporting signature and, when it reaches the quorum, submits the draft to
 * the greffe, in one transaction. The petition's row is locked first (`FOR UPDATE` while it is
 * still `supporting`): concurrent supports of one draft take turns, each counts the supports with
 * its own, and the one that reaches the quorum moves the draft `supporting → submitted`. Those
 * waiting behind it find the row no longer `supporting` and are refused, so the draft is submitted
 * exactly once, with exactly its quorum. The support is a row of the signatures table (`phase:
 * 'support'`) on the unique (petition, signer key) index: one per person.
 */
export const recordSupport = async ({
  payload,
  petitionId,
  citizenId,
  memberName,
  addressId,
  sectorId,
  locale,
}: {
  payload: Payload
  petitionId: number
  citizenId: number
  memberName: string
  addressId: number
  sectorId: number
  locale: PetitionLocale
}): Promise<SupportResult> =>
  dbOf(payload).drizzle.transaction(async (tx) => {
    const locked = await tx.execute(sql`
      SELECT id, rules FROM ${sql.identifier(petitionsTable)}
      WHERE id = ${petitionId} AND status = 'supporting' FOR UPDATE`)
    if (locked.rows.length === 0) return { outcome: 'notSupporting', supports: 0, submitted: false }
    const rules = locked.rows[0]!.rules as PetitionRules | null
    const written = await tx.execute(sql`
      INSERT INTO ${sql.identifier(signaturesTable)}
        (petition_id, signer_key, citizen_id, member_name, address_id, sector_id, channel, status, phase, locale, wants_outcome_email)
      VALUES (${petitionId}, ${supportKey(citizenId)}, ${citizenId}, ${memberName}, ${addressId}, ${sectorId}, 'online', 'valid', 'support', ${locale}, false)
      ON CONFLICT (petition_id, signer_key) DO NOTHING
      RETURNING id`)
    const counted = await tx.execute(sql`
      SELECT count(*)::int AS n FROM ${sql.identifier(signaturesTable)}
      WHERE petition_id = ${petitionId} AND phase = 'support' AND status = 'valid'`)
    const supports = Number(counted.rows[0]?.n ?? 0)
    let submitted = false
    if (supports >= quorumOf(rules)) {
      const moved = await tx.execute(sql`
        UPDATE ${sql.identifier(petitionsTable)}
        SET status = 'submitted', submitted_at = coalesce(submitted_at, now()), updated_at = now()
        WHERE id = ${petitionId} AND status = 'supporting'
        RETURNING id`)
      submitted = moved.rows.length > 0
    }
    return { outcome: written.rows.length ? 'supported' : 'already', supports, submitted }
  })

/** Whether this resident already supports the draft. */
export const hasSupported = async (payload: Payload, petitionId: number, citizenId: number) => {
  const { rows } = await dbOf(payload).drizzle.execute(sql`
    SELECT 1 FROM ${sql.identifier(signaturesTable)}
    WHERE petition_id = ${petitionId} AND signer_key = ${supportKey(citizenId)} AND status = 'valid'`)
  return rows.length > 0
}
