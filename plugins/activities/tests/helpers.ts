import { sql } from '@payloadcms/db-postgres'
import { handleEndpoints, type Payload } from 'payload'

import { createCsrfToken, csrfBinding } from '../lib/csrf'

export const base = 'http://localhost:3000'
const password = 'correct-horse-battery'
const ctx = { disableRevalidate: true }
const day = 24 * 3_600_000

/** The JWT's claims without verifying it: only to build the session-bound CSRF token. */
const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    id: number
    sid?: string
  }

export type Resident = { id: number; token: string; household: { id: string; firstName: string }[] }

/** A confirmed resident at this address (or none), with this household; signed in. */
export const makeResident = async (
  payload: Payload,
  email: string,
  {
    address,
    birthDate = '1985-03-04',
    household = [],
    name = 'Résidente Test',
    preferredLanguage = 'fr',
  }: {
    address: number | null
    birthDate?: string | null
    household?: { firstName: string; birthDate?: string }[]
    name?: string
    preferredLanguage?: 'fr' | 'en'
  },
): Promise<Resident> => {
  const citizen = (await payload.create({
    collection: 'citizens' as 'users',
    data: {
      email,
      password,
      name,
      _verified: true,
      address,
      birthDate,
      household,
      preferredLanguage,
    } as never,
    overrideAccess: true,
    disableVerificationEmail: true,
  })) as unknown as { id: number; household: { id: string; firstName: string }[] }
  const { token } = await payload.login({
    collection: 'citizens' as 'users',
    data: { email, password },
    overrideAccess: true,
  })
  return { id: citizen.id, token: token!, household: citizen.household ?? [] }
}

/** Staff with these roles, signed in. */
export const makeStaff = async (payload: Payload, email: string, roles: string[]) => {
  const user = await payload.create({
    collection: 'users',
    data: { email, password, roles } as never,
    overrideAccess: true,
  })
  return { ...user, collection: 'users' } as never
}

export const create = async (payload: Payload, collection: string, data: Record<string, unknown>) =>
  (await payload.create({
    collection: collection as 'users',
    data: data as never,
    overrideAccess: true,
    context: ctx,
  })) as unknown as { id: number } & Record<string, unknown>

/** A published activity and one of its sessions, open to everyone since yesterday. */
export const makeSession = async (
  payload: Payload,
  {
    capacity = 10,
    activity = {},
    session = {},
    slug = `activite-${Math.random().toString(36).slice(2, 8)}`,
  }: {
    capacity?: number
    activity?: Record<string, unknown>
    session?: Record<string, unknown>
    slug?: string
  } = {},
) => {
  const act = await create(payload, 'activities', {
    title: 'Natation niveau 3',
    slug,
    category: 'swimming',
    place: 'Piscine municipale',
    isPublished: true,
    prices: {
      resident: { per: 'session', cents: 5000 },
      nonResident: { per: 'session', cents: 8000 },
    },
    ...activity,
  })
  const now = Date.now()
  const first = new Date(now + 30 * day).toISOString().slice(0, 10)
  const last = new Date(now + 80 * day).toISOString().slice(0, 10)
  const sess = await create(payload, 'activity-sessions', {
    activity: act.id,
    name: 'Groupe A — samedi',
    schedule: {
      firstDate: first,
      lastDate: last,
      weekdays: ['SA'],
      startTime: '09:00',
      durationMinutes: 45,
    },
    capacity,
    openTo: 'everyone',
    everyoneFrom: new Date(now - day).toISOString(),
    ...session,
  })
  return { activity: act, session: sess }
}

/** Posts a form of the plugin as a browser on this site would (origin, CSRF token for the session). */
export const post = async (
  payload: Payload,
  action: 'register' | 'pay' | 'waitlist' | 'accept' | 'cancel',
  {
    resident,
    fields = [],
    csrf,
    origin = base,
  }: { resident?: Resident; fields?: [string, string][]; csrf?: string; origin?: string } = {},
) => {
  const binding = resident
    ? csrfBinding({ id: claims(resident.token).id, sid: claims(resident.token).sid })
    : 'anonymous'
  const body = new URLSearchParams([
    ['locale', 'fr'],
    ['csrf', csrf ?? createCsrfToken(payload.secret, binding)],
    ...fields,
  ])
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    'sec-fetch-site': 'same-origin',
    origin,
    accept: 'text/html',
  }
  if (resident) headers.cookie = `payload-token=${resident.token}`
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(`${base}/api/activities/${action}`, {
      method: 'POST',
      headers,
      body: body.toString(),
    }),
  })
  const location = response.headers.get('location') ?? ''
  const url = new URL(location || '/', base)
  return {
    status: response.status,
    location,
    path: url.pathname,
    reference: url.pathname.split('/').at(-1) ?? '',
    outcome: url.searchParams.get('status'),
    error: url.searchParams.get('error'),
    query: url.searchParams,
  }
}

type Rows = Record<string, unknown>[]
const execute = (payload: Payload, query: unknown) =>
  (
    payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: Rows }> } }
  ).drizzle.execute(query)

export const registrationRows = async (payload: Payload, sessionId: number) =>
  (
    await execute(
      payload,
      sql`SELECT * FROM activity_registrations WHERE session_id = ${sessionId} ORDER BY id`,
    )
  ).rows

export const waitlistRows = async (payload: Payload, sessionId: number) =>
  (
    await execute(
      payload,
      sql`SELECT * FROM activity_waitlist WHERE session_id = ${sessionId} ORDER BY id`,
    )
  ).rows

export const placesRow = async (payload: Payload, sessionId: number) =>
  (
    await execute(
      payload,
      sql`SELECT taken, capacity FROM activities_places.places WHERE session_id = ${sessionId}`,
    )
  ).rows[0] as { taken: number; capacity: number } | undefined

/** Moves every hold of the session into the past: the time a resident did not pay. */
export const expireHoldsOf = async (payload: Payload, sessionId: number) =>
  execute(
    payload,
    sql`UPDATE activity_registrations SET hold_expires_at = now() - interval '1 second'
        WHERE session_id = ${sessionId} AND status = 'held'`,
  )

export const sqlExecute = execute
