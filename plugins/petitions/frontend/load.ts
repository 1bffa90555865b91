import { sql } from '@payloadcms/db-postgres'
import type { Payload, Where } from 'payload'

import { relationId } from '../../kit/ids'
import { eventsTable, petitionsSlug } from '../defaults'
import { createCsrfToken, csrfBinding, trustedHeaders } from '../lib/csrf'
import { dbOf, readCounts } from '../lib/db'
import {
  applicableThresholds,
  type Eligibility,
  eligibility,
  type InadmissibleReason,
  type PetitionArea,
  type PetitionForSigning,
  type PetitionRules,
  publicStatuses,
  type ThresholdTrigger,
  type VisitorEligibility,
  visitorEligibility,
} from '../lib/model'
import { petitionsOptions } from '../lib/options'
import { sectorOfAddress } from '../lib/readPetition'
import { signedMembers } from '../lib/sign'
import type { PetitionAddressMatch, PetitionLocale } from '../types'

export type PublicStatus = (typeof publicStatuses)[number]

/** What the list shows of a petition: plain data, no personal data. */
export type PetitionSummary = {
  id: number
  slug: string
  title: string
  status: PublicStatus
  area: PetitionArea
  opensAt: string | null
  closesAt: string | null
  closedAt: string | null
  count: number
  /** The thresholds of its area, lowest first, each with whether it was reached. */
  thresholds: { signatures: number; triggers: ThresholdTrigger; isReached: boolean }[]
  thresholdReached: boolean
  inadmissibleReason: InadmissibleReason | null
  outcomeUrl: string | null
}

/** A petition's page: the summary and its text, promoters' public names and timeline. */
export type PetitionDetail = PetitionSummary & {
  text: string
  request: string
  language: PetitionLocale
  typeName: string | null
  minimumAge: number | null
  /** Only the promoters who consented to publish their name, with that name. */
  promoters: { publicName: string; role: 'filer' | 'contact' }[]
  submittedAt: string | null
  decidedAt: string | null
  consultationAt: string | null
  inadmissibleExplanation: string | null
  outcomeSummary: string | null
  reached: { signatures: number; triggers: ThresholdTrigger; reachedAt: string }[]
  rules: PetitionRules | null
}

/** The list's filters, from the query string: unknown values are ignored. */
export type PetitionFilters = { status: PublicStatus | 'all'; area: 'all' | 'city' | number }

export const parseFilters = (
  query: Record<string, string | string[] | undefined>,
): PetitionFilters => {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''
  const status = one(query.status)
  const area = one(query.area)
  return {
    status: (publicStatuses as readonly string[]).includes(status)
      ? (status as PublicStatus)
      : 'all',
    area: area === 'city' ? 'city' : /^\d{1,9}$/.test(area) ? Number(area) : 'all',
  }
}

type Row = {
  id: number
  slug: string
  title: string
  status: PublicStatus
  areaKind?: 'city' | 'sector'
  sector?: unknown
  opensAt?: string | null
  closesAt?: string | null
  closedAt?: string | null
  rules?: PetitionRules | null
  thresholdReached?: boolean | null
  inadmissibleReason?: InadmissibleReason | null
  outcomeUrl?: string | null
}

const summaryFields = {
  slug: true,
  title: true,
  status: true,
  areaKind: true,
  sector: true,
  opensAt: true,
  closesAt: true,
  closedAt: true,
  rules: true,
  thresholdReached: true,
  inadmissibleReason: true,
  outcomeUrl: true,
} as const

const areaOf = (row: Row): PetitionArea => {
  const sectorId = relationId(row.sector)
  return row.areaKind === 'sector' && sectorId ? { kind: 'sector', sectorId } : { kind: 'city' }
}

const summarize = (row: Row, count: number): PetitionSummary => {
  const area = areaOf(row)
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    status: row.status,
    area,
    opensAt: row.opensAt ?? null,
    closesAt: row.closesAt ?? null,
    closedAt: row.closedAt ?? null,
    count,
    thresholds: applicableThresholds(row.rules ?? null, area).map((t) => ({
      signatures: t.signatures,
      triggers: t.triggers,
      isReached: count >= t.signatures,
    })),
    thresholdReached: Boolean(row.thresholdReached),
    inadmissibleReason: row.inadmissibleReason ?? null,
    outcomeUrl: row.outcomeUrl ?? null,
  }
}

/**
 * The petitions the public may see (inadmissible with their reason, signing, closed), filtered by
 * status and area, with their counts (one query for all). Read with the public's access.
 */
export const listPublicPetitions = async (
  payload: Payload,
  locale: PetitionLocale,
  filters: PetitionFilters = { status: 'all', area: 'all' },
): Promise<PetitionSummary[]> => {
  const and: Where[] = []
  // A petition is signed in the language it was filed in and has no translation: a page in
  // another language than French (the city's) lists only the petitions filed in that language.
  if (locale !== 'fr') and.push({ language: { equals: locale } })
  if (filters.status !== 'all') and.push({ status: { equals: filters.status } })
  if (filters.area === 'city') and.push({ areaKind: { equals: 'city' } })
  else if (typeof filters.area === 'number')
    and.push({ areaKind: { equals: 'sector' } }, { sector: { equals: filters.area } })
  const { docs } = await payload.find({
    collection: petitionsSlug as 'users',
    where: and.length ? { and } : {},
    locale,
    depth: 0,
    limit: 200,
    sort: '-opensAt',
    select: summaryFields as never,
    overrideAccess: false,
  })
  const rows = docs as unknown as Row[]
  const counts = await readCounts(
    payload,
    rows.map((r) => r.id),
  )
  return rows.map((row) => summarize(row, counts.get(row.id) ?? 0))
}

type DetailRow = Row & {
  text: string
  request: string
  language?: PetitionLocale
  type?: unknown
  promoters?: { publicName?: string; role?: 'filer' | 'contact'; consentToPublish?: boolean }[]
  submittedAt?: string | null
  decidedAt?: string | null
  consultationAt?: string | null
  inadmissibleExplanation?: string | null
  outcomeSummary?: string | null
}

/** One public petition by its slug, or null (not published yet, or unknown). */
export const getPublicPetition = async (
  payload: Payload,
  slug: string,
  locale: PetitionLocale,
): Promise<PetitionDetail | null> => {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null
  const { docs } = await payload.find({
    collection: petitionsSlug as 'users',
    where: { slug: { equals: slug } },
    locale,
    depth: 1,
    limit: 1,
    select: {
      ...summaryFields,
      text: true,
      request: true,
      language: true,
      type: true,
      promoters: true,
      submittedAt: true,
      decidedAt: true,
      consultationAt: true,
      inadmissibleExplanation: true,
      outcomeSummary: true,
    } as never,
    populate: { 'petition-types': { name: true } } as never,
    overrideAccess: false,
  })
  const row = docs[0] as unknown as DetailRow | undefined
  if (!row) return null
  const [counts, events] = await Promise.all([
    readCounts(payload, [row.id]),
    dbOf(payload).drizzle.execute(
      sql`SELECT signatures, triggers, reached_at FROM ${sql.identifier(eventsTable)}
          WHERE petition_id = ${row.id} ORDER BY reached_at`,
    ),
  ])
  const type = row.type && typeof row.type === 'object' ? (row.type as { name?: string }) : null
  return {
    ...summarize(row, counts.get(row.id) ?? 0),
    text: row.text,
    request: row.request,
    language: row.language ?? 'fr',
    typeName: row.rules?.name?.[locale] ?? type?.name ?? null,
    minimumAge: row.rules?.minimumAge ?? null,
    promoters: (row.promoters ?? [])
      .filter((p) => p.consentToPublish && p.publicName)
      .map((p) => ({ publicName: p.publicName!, role: p.role ?? 'contact' })),
    submittedAt: row.submittedAt ?? null,
    decidedAt: row.decidedAt ?? null,
    consultationAt: row.consultationAt ?? null,
    inadmissibleExplanation: row.inadmissibleExplanation ?? null,
    outcomeSummary: row.outcomeSummary ?? null,
    reached: events.rows.map((e) => ({
      signatures: Number(e.signatures),
      triggers: e.triggers as ThresholdTrigger,
      reachedAt: new Date(e.reached_at as string).toISOString(),
    })),
    rules: row.rules ?? null,
  }
}

/** What a visitor without an account typed, back from the endpoint after an error. */
export type VisitorTyped = {
  fullName: string
  email: string
  address: string
  wantsOutcome: boolean
}

/** Reads the `typed` query the visitor endpoint sends back (base64url of a short form). */
export const parseVisitorTyped = (value: string | undefined): VisitorTyped => {
  let form = new URLSearchParams()
  if (value && value.length <= 2000 && /^[A-Za-z0-9_-]*$/.test(value))
    form = new URLSearchParams(Buffer.from(value, 'base64url').toString('utf8'))
  const field = (key: string) => (form.get(key) ?? '').slice(0, 254)
  return {
    fullName: field('fullName'),
    email: field('email'),
    address: field('address'),
    wantsOutcome: form.get('wantsOutcome') === '1',
  }
}

/** Everything the signing block needs about this visitor. */
export type SigningContext = {
  eligibility: Eligibility
  csrf: string
  /** The resident's name, and the household members who may sign with theirs. */
  citizenName: string | null
  household: string[]
  /** Who of this account has signed: the resident, and household members by first name (as keyed). */
  signed: { self: boolean; members: string[] }
  /**
   * Not signed in: whether they may sign as a visitor (by email), what they typed, and the
   * registry's addresses matching it when it named several. Null for a signed-in resident.
   */
  visitor?: {
    eligibility: VisitorEligibility
    typed: VisitorTyped
    choices: PetitionAddressMatch[]
  } | null
}

/** Who is asking, whether they may sign, and who of their household already did. Never cached. */
export const getSigningContext = async (
  payload: Payload,
  headers: Headers,
  petition: Pick<PetitionDetail, 'id' | 'status' | 'opensAt' | 'closesAt' | 'area' | 'rules'>,
  now = new Date(),
  { typed }: { typed?: string } = {},
): Promise<SigningContext> => {
  const options = petitionsOptions(payload)
  const citizen = await options.identifyCitizen({ payload, headers: trustedHeaders(headers) })
  const forSigning: PetitionForSigning = { ...petition }
  const sectorId = citizen ? await sectorOfAddress(payload, options, citizen.addressId) : null
  const visitorTyped = parseVisitorTyped(typed)
  const visitorMay = citizen ? null : visitorEligibility(forSigning, now)
  return {
    eligibility: eligibility({
      petition: forSigning,
      isSignedIn: Boolean(citizen),
      hasAddress: Boolean(citizen?.addressId),
      addressSectorId: sectorId,
      now,
    }),
    csrf: createCsrfToken(payload.secret, csrfBinding(citizen)),
    citizenName: citizen?.name ?? null,
    household: citizen?.household ?? [],
    signed: citizen
      ? await signedMembers(payload, petition.id, citizen.id)
      : { self: false, members: [] },
    visitor: visitorMay
      ? {
          eligibility: visitorMay,
          typed: visitorTyped,
          // The choices when what they typed named several addresses (no JavaScript needed).
          choices:
            visitorMay === 'eligible' && visitorTyped.address
              ? await options.findAddresses({ payload, query: visitorTyped.address })
              : [],
        }
      : null,
  }
}
