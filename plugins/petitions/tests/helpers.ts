import { handleEndpoints, type Payload } from 'payload'

import { createCsrfToken, csrfBinding } from '../lib/csrf'

export const base = 'http://localhost:3000'
const password = 'correct-horse-battery'
const ctx = { disableRevalidate: true }

/** The JWT's claims (id and session id) without verifying it: only to build the session-bound CSRF token. */
const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    id: number
    sid?: string
  }

export type Signer = { id: number; token: string }

/** A confirmed citizen at this address (or none), with these household first names; signed in. */
export const makeCitizen = async (
  payload: Payload,
  email: string,
  {
    address,
    household = [],
    name = 'Résidente Test',
  }: { address: number | null; household?: string[]; name?: string },
): Promise<Signer> => {
  const citizen = await payload.create({
    collection: 'citizens' as 'users',
    data: {
      email,
      password,
      name,
      _verified: true,
      address,
      household: household.map((firstName) => ({ firstName })),
    } as never,
    overrideAccess: true,
    disableVerificationEmail: true,
  })
  const { token } = await payload.login({
    collection: 'citizens' as 'users',
    data: { email, password },
    overrideAccess: true,
  })
  return { id: citizen.id as number, token: token! }
}

/** Staff with these roles, signed in. */
export const makeStaff = async (payload: Payload, email: string, roles: string[]) => {
  const user = await payload.create({
    collection: 'users',
    data: { email, password, roles } as never,
    overrideAccess: true,
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { id: user.id as number, token: token!, user: { ...user, collection: 'users' } }
}

/** Posts a petition's form as a browser on this site would (origin, CSRF token for the session). */
export const post = async (
  payload: Payload,
  petitionId: number,
  action: 'sign' | 'withdraw',
  {
    signer,
    fields = [],
    csrf,
    origin = base,
  }: {
    signer?: Signer
    fields?: [string, string][]
    csrf?: string
    origin?: string
  } = {},
) => {
  const binding = signer
    ? csrfBinding({ id: claims(signer.token).id, sid: claims(signer.token).sid })
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
  if (signer) headers.cookie = `payload-token=${signer.token}`
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(`${base}/api/petitions/${petitionId}/${action}`, {
      method: 'POST',
      headers,
      body: body.toString(),
    }),
  })
  const location = response.headers.get('location') ?? ''
  const query = new URL(location || '/', base).searchParams
  return {
    status: response.status,
    location,
    outcome: query.get('status'),
    error: query.get('error'),
  }
}

/** The ages and the rest of a sign form: the age declared unless told otherwise. */
export const signFields = ({
  age = true,
  member,
  outcome = false,
}: { age?: boolean; member?: string; outcome?: boolean } = {}): [string, string][] => [
  ...(age ? [['ageDeclared', '1'] as [string, string]] : []),
  ...(member ? [['member', member] as [string, string]] : []),
  ...(outcome ? [['wantsOutcome', '1'] as [string, string]] : []),
]

export const square = (lng: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng + 1, lat],
      [lng + 1, lat + 1],
      [lng, lat + 1],
      [lng, lat],
    ],
  ],
})

export const create = async (payload: Payload, collection: string, data: Record<string, unknown>) =>
  (await payload.create({
    collection: collection as 'users',
    data: data as never,
    overrideAccess: true,
    context: ctx,
  })) as unknown as { id: number } & Record<string, unknown>

/** Rows of the signatures table of one petition, straight from SQL. */
export const signatureRows = async (payload: Payload, petitionId: number) => {
  const { sql } = await import('@payloadcms/db-postgres')
  const db = payload.db as unknown as {
    drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  return (
    await db.drizzle.execute(
      sql`SELECT * FROM petition_signatures WHERE petition_id = ${petitionId} ORDER BY id`,
    )
  ).rows
}

export const eventRows = async (payload: Payload, petitionId: number) => {
  const { sql } = await import('@payloadcms/db-postgres')
  const db = payload.db as unknown as {
    drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  return (
    await db.drizzle.execute(
      sql`SELECT * FROM petition_events WHERE petition_id = ${petitionId} ORDER BY threshold_index`,
    )
  ).rows
}
