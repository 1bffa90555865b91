import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { relationId } from '../../kit/ids'
import {
  activitiesSlug,
  cancellationsTable,
  registrationsTable,
  sessionsSlug,
  waitlistTable,
} from '../defaults'
import { type Bilingual } from '../i18n/translate'
import { createCsrfToken, csrfBinding, trustedHeaders } from '../lib/csrf'
import { dbOf, readPlaces } from '../lib/db'
import { holdText, isHoldValid } from '../lib/holds'
import { patternOf, priceRulesOf } from '../lib/model'
import { activitiesOptions } from '../lib/options'
import type { PriceRules } from '../lib/pricing'
import { isReference } from '../lib/reference'
import { sessionSchedule, type Weekday } from '../lib/schedule'
import { waitlistPosition } from '../lib/waitlist'
import { loadWaitlist } from '../lib/release'
import type { ActivitiesLocale, ActivitiesMember } from '../types'

type Doc = Record<string, unknown> & { id: number }

/** A session as the programme shows it: plain data, no personal data. */
export type SessionSummary = {
  id: number
  name: string
  firstDate: string
  lastDate: string
  weekdays: Weekday[]
  startTime: string
  durationMinutes: number
  meetings: number
  capacity: number
  /** may lag a few seconds behind (cached); the registration itself is exact */
  placesLeft: number
  openTo: 'residentsFirst' | 'residentsOnly' | 'everyone'
  residentsFrom: string | null
  everyoneFrom: string | null
  closesAt: string | null
  openingMode: 'first-come' | 'draw'
}

export type ActivitySummary = {
  id: number
  slug: string
  title: string
  category: string
  description: string
  place: string
  ageMin: number | null
  ageMax: number | null
  prerequisites: string[]
  prices: PriceRules
  sessions: SessionSummary[]
}

const iso = (value: unknown) => (value ? new Date(String(value)).toISOString() : null)

const summarizeSession = (session: Doc, left: number): SessionSummary => {
  const pattern = patternOf(session)
  let meetings = 0
  try {
    meetings = sessionSchedule(pattern).meetings.length
  } catch {
    meetings = 0
  }
  return {
    id: session.id,
    name: String(session.name ?? ''),
    firstDate: pattern.firstDate,
    lastDate: pattern.lastDate,
    weekdays: pattern.weekdays,
    startTime: pattern.startTime,
    durationMinutes: pattern.durationMinutes,
    meetings,
    capacity: Number(session.capacity ?? 0),
    placesLeft: left,
    openTo: (session.openTo as SessionSummary['openTo']) ?? 'residentsFirst',
    residentsFrom: iso(session.residentsFrom),
    everyoneFrom: iso(session.everyoneFrom),
    closesAt: iso(session.closesAt),
    openingMode: session.openingMode === 'draw' ? 'draw' : 'first-come',
  }
}

const summarizeActivity = (activity: Doc, sessions: SessionSummary[]): ActivitySummary => ({
  id: activity.id,
  slug: String(activity.slug ?? ''),
  title: String(activity.title ?? ''),
  category: String(activity.category ?? 'other'),
  description: String(activity.description ?? ''),
  place: String(activity.place ?? ''),
  ageMin: activity.ageMin == null ? null : Number(activity.ageMin),
  ageMax: activity.ageMax == null ? null : Number(activity.ageMax),
  prerequisites: ((activity.prerequisites as { code?: string }[] | null) ?? [])
    .map((row) => row.code ?? '')
    .filter(Boolean),
  prices: priceRulesOf(activity),
  sessions,
})

/**
 * The programme: published activities with their sessions not yet over and places left, in title
 * order (the app caches it by tag, `activityCacheTags.programme`).
 */
export const listProgramme = async (
  payload: Payload,
  locale: ActivitiesLocale,
  { today = new Date().toISOString().slice(0, 10) }: { today?: string } = {},
): Promise<ActivitySummary[]> => {
  const { docs: activities } = await payload.find({
    collection: activitiesSlug as 'users',
    where: { isPublished: { equals: true } },
    sort: 'title',
    locale,
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: false,
  })
  const ids = (activities as unknown as Doc[]).map((activity) => activity.id)
  if (ids.length === 0) return []
  const { docs: sessions } = await payload.find({
    collection: sessionsSlug as 'users',
    where: { activity: { in: ids }, 'schedule.lastDate': { greater_than_equal: today } },
    sort: 'schedule.firstDate',
    depth: 0,
    limit: 2000,
    pagination: false,
    overrideAccess: false,
  })
  const rows = sessions as unknown as Doc[]
  const counts = await readPlaces(
    payload,
    rows.map((session) => session.id),
  )
  return (activities as unknown as Doc[]).map((activity) =>
    summarizeActivity(
      activity,
      rows
        .filter((session) => relationId(session.activity) === activity.id)
        .map((session) => {
          const count = counts.get(session.id)
          return summarizeSession(session, count ? Math.max(0, count.capacity - count.taken) : 0)
        }),
    ),
  )
}

export type SessionDetail = { activity: ActivitySummary; session: SessionSummary }

/** One session of a published activity, with its activity; null otherwise. */
export const getPublicSession = async (
  payload: Payload,
  sessionId: number,
  locale: ActivitiesLocale,
): Promise<SessionDetail | null> => {
  if (!Number.isSafeInteger(sessionId) || sessionId <= 0) return null
  const session = (await payload
    .findByID({
      collection: sessionsSlug as 'users',
      id: sessionId,
      depth: 0,
      locale,
      overrideAccess: false,
    })
    .catch(() => null)) as Doc | null
  const activityId = relationId(session?.activity)
  if (!session || !activityId) return null
  const activity = (await payload
    .findByID({
      collection: activitiesSlug as 'users',
      id: activityId,
      depth: 0,
      locale,
      overrideAccess: false,
    })
    .catch(() => null)) as Doc | null
  if (!activity) return null
  const count = (await readPlaces(payload, [session.id])).get(session.id)
  const summary = summarizeSession(session, count ? Math.max(0, count.capacity - count.taken) : 0)
  return { activity: summarizeActivity(activity, [summary]), session: summary }
}

/** Who asks, for the register form: their members, a fresh form key, the session-bound token. */
export type RegisterContext = {
  isSignedIn: boolean
  csrf: string
  requestKey: string
  members: (ActivitiesMember & {
    /** registered or holding places here already */
    isRegistered: boolean
    /** their waitlist entry here: number n, or an offer to confirm */
    waitlist: { entryId: number; position: number | null; offerExpiresAt: string | null } | null
  })[]
}

export const getRegisterContext = async (
  payload: Payload,
  headers: Headers,
  sessionId: number,
): Promise<RegisterContext> => {
  const options = activitiesOptions(payload)
  const citizen = await options.identifyCitizen({ payload, headers: trustedHeaders(headers) })
  const csrf = createCsrfToken(payload.secret, csrfBinding(citizen))
  if (!citizen) return { isSignedIn: false, csrf, requestKey: randomUUID(), members: [] }
  const db = dbOf(payload).drizzle
  const registered = await db.execute(sql`
    SELECT member_key FROM ${sql.identifier(registrationsTable)}
    WHERE session_id = ${sessionId} AND citizen_id = ${citizen.id} AND status IN ('held', 'confirmed')`)
  const mine = await db.execute(sql`
    SELECT id, member_key, status, offer_expires_at FROM ${sql.identifier(waitlistTable)}
    WHERE session_id = ${sessionId} AND citizen_id = ${citizen.id} AND status IN ('waiting', 'offered')`)
  const state = mine.rows.length
    ? await db.transaction(async (tx) => loadWaitlist((query) => tx.execute(query), sessionId))
    : { entries: [] }
  const keys = new Set(registered.rows.map((row) => String(row.member_key)))
  return {
    isSignedIn: true,
    csrf,
    requestKey: randomUUID(),
    members: citizen.members.map((member) => {
      const entry = mine.rows.find((row) => row.member_key === member.key)
      return {
        ...member,
        isRegistered: keys.has(member.key),
        waitlist: entry
          ? {
              entryId: Number(entry.id),
              position: waitlistPosition(state, String(entry.id)),
              offerExpiresAt: entry.status === 'offered' ? iso(entry.offer_expires_at) : null,
            }
          : null,
      }
    }),
  }
}

/** A hold's page: what is held under the reference, until when, how to pay. */
export type HoldContext = {
  reference: string
  csrf: string
  status: 'held' | 'confirmed' | 'expired' | 'cancelled'
  expiresAt: string | null
  /** "Vos places sont réservées jusqu’à 14 h 05." — readable without JavaScript */
  holdText: Bilingual
  totalCents: number
  paymentMethod: string | null
  instructions: Bilingual | null
  providers: { id: string; label: Bilingual }[]
  lines: { label: Bilingual; cents: number }[]
  /** the registrations of this reference cancelled, with what was given back and why */
  cancellations: { memberName: string; reason: Bilingual }[]
  registrations: {
    id: number
    memberName: string
    sessionName: string
    activityTitle: string
    status: string
  }[]
}

/** The hold of this reference when it belongs to the signed-in resident; null otherwise. */
export const getHoldContext = async (
  payload: Payload,
  headers: Headers,
  reference: string,
  locale: ActivitiesLocale,
  now = new Date(),
): Promise<HoldContext | null> => {
  if (!isReference(reference)) return null
  const options = activitiesOptions(payload)
  const citizen = await options.identifyCitizen({ payload, headers: trustedHeaders(headers) })
  if (!citizen) return null
  const { rows } = await dbOf(payload).drizzle.execute(sql`
    SELECT id, session_id, member_name, status, hold_expires_at, price_cents, receipt, payment_method
    FROM ${sql.identifier(registrationsTable)}
    WHERE payment_reference = ${reference} AND citizen_id = ${citizen.id} ORDER BY id`)
  if (rows.length === 0) return null
  const sessionIds = [...new Set(rows.map((row) => Number(row.session_id)))]
  const { docs } = await payload.find({
    collection: sessionsSlug as 'users',
    where: { id: { in: sessionIds } },
    depth: 1,
    locale,
    limit: sessionIds.length,
    overrideAccess: true,
  })
  const sessions = new Map((docs as unknown as Doc[]).map((doc) => [doc.id, doc]))
  const expiresAt = iso(rows[0].hold_expires_at)
  const stored = String(rows[0].status)
  const status = (
    stored === 'held' && expiresAt && !isHoldValid({ expiresAt }, now) ? 'expired' : stored
  ) as HoldContext['status']
  const method = rows[0].payment_method ? String(rows[0].payment_method) : null
  const provider = options.paymentProviders.find((p) => p.id === method)
  const totalCents = rows.reduce((sum, row) => sum + Number(row.price_cents), 0)
  const instructions =
    provider && status === 'held'
      ? provider.describe
        ? provider.describe({ reference, totalCents, now })
        : (await provider.start({ reference, totalCents, now })).instructions
      : null
  return {
    reference,
    csrf: createCsrfToken(payload.secret, csrfBinding(citizen)),
    status,
    expiresAt,
    holdText: holdText({ expiresAt: expiresAt ?? now.toISOString() }, now),
    totalCents,
    paymentMethod: method,
    instructions,
    providers: options.paymentProviders
      .filter((p) => totalCents >= (p.minimumCents ?? 0))
      .map(({ id, label }) => ({ id, label })),
    lines: rows.flatMap((row) =>
      ((row.receipt as { label: Bilingual; cents: number }[] | null) ?? []).map(
        ({ label, cents }) => ({
          label,
          cents,
        }),
      ),
    ),
    cancellations: (
      await dbOf(payload).drizzle.execute(sql`
        SELECT c.reason_fr, c.reason_en, r.member_name
        FROM ${sql.identifier(cancellationsTable)} c
        JOIN ${sql.identifier(registrationsTable)} r ON r.id = c.registration_id
        WHERE c.reference = ${reference} AND r.citizen_id = ${citizen.id} ORDER BY c.id`)
    ).rows.map((row) => ({
      memberName: String(row.member_name ?? ''),
      reason: { fr: String(row.reason_fr ?? ''), en: String(row.reason_en ?? '') },
    })),
    registrations: rows.map((row) => {
      const session = sessions.get(Number(row.session_id))
      return {
        id: Number(row.id),
        memberName: String(row.member_name),
        sessionName: String(session?.name ?? ''),
        activityTitle: String((session?.activity as Doc | undefined)?.title ?? ''),
        status: String(row.status),
      }
    }),
  }
}
