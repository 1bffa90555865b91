import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { relationId } from '../../kit/ids'
import { auditTable, signaturesTable } from '../defaults'
import type { ResolvedPetitionsOptions } from '../types'
import { auditInsert, type StaffActor } from './audit'
import { dbOf } from './db'
import { isSigningOpen, normalizeName, type PetitionForSigning } from './model'
import { addressSignerKey, writeSignature } from './sign'

/** Lines one batch may hold: a few sheets, typed at once. */
export const maxPaperLines = 500

/** Why a paper line is not counted (messages in i18n: `staff.paper.refusal.*`). */
export const paperRefusals = [
  'format',
  'unknownAddress',
  'ambiguousAddress',
  'outsideArea',
  'alreadyCounted',
  'twiceInBatch',
  'notOpen',
] as const
export type PaperRefusal = (typeof paperRefusals)[number]

/** Why a whole batch is refused. */
export type PaperBatchRefusal = 'notPaper' | 'notOpen' | 'empty' | 'tooMany'

export type PaperLine = { line: number; fullName: string; address: string }

/**
 * The lines typed in the form, one signer a line: "Full name ; civic address" (a semicolon or a
 * tab between them: an address holds commas, "125A, rue des Érables"). Blank lines are skipped;
 * lines are numbered as the sheet's, from 1, blank ones not counted.
 */
export const parsePaperLines = (text: string): (PaperLine | { line: number; error: 'format' })[] =>
  text
    .split(/\r?\n/)
    .map((raw) => raw.trim())
    .filter((raw) => raw !== '')
    .map((raw, index) => {
      const line = index + 1
      const cut = raw.search(/[;\t]/)
      if (cut < 0) return { line, error: 'format' as const }
      const fullName = raw.slice(0, cut).trim().replace(/\s+/g, ' ')
      const address = raw.slice(cut + 1).trim()
      // A full name: at least two words (given and family name), within the signature's limit.
      if (
        fullName.split(' ').length < 2 ||
        fullName.length > 120 ||
        !address ||
        address.length > 200
      )
        return { line, error: 'format' as const }
      return { line, fullName, address }
    })

/** Words of an address compared: accents, case and punctuation ignored. */
const words = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const postalCode = /\b([a-z]\d[a-z])\s?(\d[a-z]\d)\s*$/i

/**
 * A typed civic address read as the registry's parts: "125A, rue des Érables" (a postal code at
 * the end, optional, must then match too). Null when it does not start with a civic number.
 */
export const parseCivicAddress = (
  text: string,
): { number: number; suffix: string; street: string; postalCode: string | null } | null => {
  let rest = text.trim()
  const code = postalCode.exec(rest)
  if (code) rest = rest.slice(0, code.index).replace(/[\s,]+$/, '')
  const match = /^(\d{1,6})\s*([a-z](?![a-z]))?[\s,]*(.+)$/i.exec(rest)
  if (!match) return null
  const street = words(match[3] ?? '')
  if (!street) return null
  return {
    number: Number(match[1]),
    suffix: (match[2] ?? '').toLowerCase(),
    street,
    postalCode: code ? `${code[1]}${code[2]}`.toUpperCase() : null,
  }
}

type AddressDoc = {
  id: number
  number?: number | null
  suffix?: string | null
  street?: string | null
  postalCode?: string | null
  sector?: unknown
}

/** The registry's addresses a typed one names (none, one, or several when it is ambiguous). */
const lookUpAddress = async (
  payload: Payload,
  options: ResolvedPetitionsOptions,
  typed: string,
): Promise<AddressDoc[]> => {
  const parts = parseCivicAddress(typed)
  if (!parts) return []
  const { docs } = await payload.find({
    collection: options.addressesCollection as 'users',
    where: { number: { equals: parts.number } },
    depth: 0,
    limit: 200,
    pagination: false,
    select: { number: true, suffix: true, street: true, postalCode: true, sector: true } as never,
    overrideAccess: true,
  })
  return (docs as unknown as AddressDoc[]).filter(
    (doc) =>
      (doc.suffix ?? '').trim().toLowerCase() === parts.suffix &&
      words(doc.street ?? '') === parts.street &&
      (!parts.postalCode ||
        (doc.postalCode ?? '').replace(/\s/g, '').toUpperCase() === parts.postalCode),
  )
}

export type PaperResult =
  | { outcome: 'refused'; reason: PaperBatchRefusal }
  | {
      outcome: 'entered'
      auditId: number
      lines: number
      accepted: number
      refused: { line: number; reason: PaperRefusal }[]
      count: number
    }

/**
 * Enters a batch of paper lines for a paper-channel petition open for signing. Each line is
 * checked in order: its form, its civic address in the registry (`addressesCollection`), the
 * address's sector (placed there by the Place engine) in the petition's area, and nobody counted
 * twice: not twice in this batch, not a second time under the same key (`addressSignerKey`, the
 * one a visitor confirmed by email gets too), and not when a valid signature at the same address
 * carries the same name (an account's, signed another way). An accepted line goes through
 * `recordSignature` as an online one does — the unique index, the counter and the thresholds —
 * with `channel: 'paper'`. The audit entry is written first (so a batch cut short still says who
 * started it), then completed with the counts and the refused lines by number and reason, never
 * the names.
 *
 * Two clerks typing the same line at once meet on the unique (petition, signer key) index. The
 * name-at-address check reads committed rows: an account's online signature cannot race it,
 * since a paper petition takes no online signature (`eligibility` says `paperOnly`).
 */
export const enterPaperLines = async ({
  payload,
  options,
  petition,
  text,
  actor,
}: {
  payload: Payload
  options: ResolvedPetitionsOptions
  petition: PetitionForSigning
  text: string
  actor: StaffActor | null
}): Promise<PaperResult> => {
  // Rules are frozen when signing opens: before, the channel is not settled yet.
  if (!isSigningOpen(petition)) return { outcome: 'refused', reason: 'notOpen' }
  if (petition.rules?.channel !== 'paper') return { outcome: 'refused', reason: 'notPaper' }
  const parsed = parsePaperLines(text)
  if (parsed.length === 0) return { outcome: 'refused', reason: 'empty' }
  if (parsed.length > maxPaperLines) return { outcome: 'refused', reason: 'tooMany' }
  const db = dbOf(payload).drizzle
  const started = await db.execute(
    auditInsert({
      action: 'paperEntry',
      petitionId: petition.id,
      lines: parsed.length,
      count: 0,
      details: { complete: false },
      actor,
    }),
  )
  const auditId = Number(started.rows[0]?.id)
  const refused: { line: number; reason: PaperRefusal }[] = []
  const keys = new Set<string>()
  let accepted = 0
  let count = 0
  for (const entry of parsed) {
    if ('error' in entry) {
      refused.push({ line: entry.line, reason: entry.error })
      continue
    }
    const refuse = (reason: PaperRefusal) => refused.push({ line: entry.line, reason })
    const found = await lookUpAddress(payload, options, entry.address)
    if (found.length === 0) {
      refuse('unknownAddress')
      continue
    }
    if (found.length > 1) {
      refuse('ambiguousAddress')
      continue
    }
    const address = found[0]!
    const sectorId = relationId(address.sector)
    // As for online signing: a city-wide petition takes any address placed in a sector.
    if (
      sectorId === null ||
      (petition.area.kind === 'sector' && petition.area.sectorId !== sectorId)
    ) {
      refuse('outsideArea')
      continue
    }
    const key = addressSignerKey(address.id, entry.fullName)
    if (keys.has(key)) {
      refuse('twiceInBatch')
      continue
    }
    keys.add(key)
    // The same name at the same address already counted (online, as a visitor, on paper):
    // writeSignature checks it under a lock on (petition, address).
    const result = await writeSignature({
      payload,
      petition,
      signature: {
        key,
        citizenId: null,
        name: entry.fullName,
        addressId: address.id,
        sectorId,
        channel: 'paper',
        wantsOutcomeEmail: false,
      },
    })
    if (result.outcome === 'already' || result.outcome === 'samePerson') refuse('alreadyCounted')
    else if (result.outcome === 'closed') refuse('notOpen')
    else {
      accepted += 1
      count = result.count
    }
  }
  await db.execute(sql`
    UPDATE ${sql.identifier(auditTable)}
    SET count = ${accepted}, details = ${JSON.stringify({ complete: true, refused })}::jsonb,
        updated_at = now()
    WHERE id = ${auditId}`)
  return { outcome: 'entered', auditId, lines: parsed.length, accepted, refused, count }
}
