import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { Payload, PayloadRequest } from 'payload'

import { guardGraphql, guardRest } from '../../src/server/apiGuard'

export const base = 'http://localhost:3000'
export const password = 'correct-horse-battery'

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ],
})

/** Someone the tests act as: the Local API's `user` and the session cookie REST and GraphQL use. */
export type Actor = {
  name: string
  id: number | null
  user: PayloadRequest['user'] | null
  cookie: string | null
}

export const anonymous: Actor = { name: 'anonymous', id: null, user: null, cookie: null }

const restHandlers = {
  GET: REST_GET,
  POST: REST_POST,
  PATCH: REST_PATCH,
  PUT: REST_PUT,
  DELETE: REST_DELETE,
}

/**
 * A REST call through the app's own route handlers (src/app/(payload)/api/[...slug]/route.ts:
 * Payload's handlers behind the API guard), in process, as a browser on the site would send it.
 */
export const rest = (
  payload: Payload,
  method: string,
  path: string,
  { actor, body }: { actor?: Actor; body?: unknown } = {},
) => {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'sec-fetch-site': 'same-origin',
  }
  if (actor?.cookie) headers.cookie = actor.cookie
  const handler = guardRest(
    restHandlers[method as keyof typeof restHandlers](payload.config),
    async () => payload,
  )
  const slug = path
    .replace(/^\/api\//, '')
    .split('?')[0]
    .split('/')
    .map(decodeURIComponent)
  return handler(
    new Request(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug }) },
  )
}

export const graphql = async (payload: Payload, query: string, actor?: Actor) => {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'sec-fetch-site': 'same-origin',
  }
  if (actor?.cookie) headers.cookie = actor.cookie
  const response = await guardGraphql(GRAPHQL_POST(payload.config))(
    new Request(`${base}/api/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as {
    data?: Record<string, unknown> | null
    errors?: { message: string }[]
  }
}

/**
 * A small city with every kind of person the access model names: an administrator, the
 * communications team (editor), an agent in each of two departments, two verified residents.
 */
export const makeCity = async (payload: Payload) => {
  const context = { disableRevalidate: true }
  const west = await payload.create({
    collection: 'sectors',
    data: { name: 'Ouest', code: 'ouest', boundary: square(-75, 45) },
    overrideAccess: true,
    context,
  })
  const east = await payload.create({
    collection: 'sectors',
    data: { name: 'Est', code: 'est', boundary: square(-74, 45) },
    overrideAccess: true,
    context,
  })
  const roads = await payload.create({
    collection: 'departments',
    data: { name: 'Travaux publics', code: 'tp' },
    overrideAccess: true,
    context,
  })
  const parks = await payload.create({
    collection: 'departments',
    data: { name: 'Parcs', code: 'parcs' },
    overrideAccess: true,
    context,
  })
  const address = await payload.create({
    collection: 'addresses',
    data: { number: 10, street: 'rue de l’Ouest', postalCode: 'J0A 1B0', lat: 45.5, lng: -74.5 },
    overrideAccess: true,
    context,
  })
  const staff = async (
    name: string,
    roles: ('admin' | 'agent' | 'editor')[],
    department?: number,
  ): Promise<Actor> => {
    const email = `${name}@example.test`
    await payload.create({
      collection: 'users',
      data: { email, password, name, roles, department },
      overrideAccess: true,
    })
    const { token, user } = await payload.login({
      collection: 'users',
      data: { email, password },
      overrideAccess: true,
    })
    return {
      name,
      id: user!.id as number,
      user: { ...user!, collection: 'users' } as PayloadRequest['user'],
      cookie: `payload-token=${token}`,
    }
  }
  const admin = await staff('admin', ['admin'])
  const editor = await staff('editor', ['editor'])
  const agentX = await staff('agentX', ['agent'], roads.id)
  const agentY = await staff('agentY', ['agent'], parks.id)
  const resident = async (name: string): Promise<Actor> => {
    const email = `${name}@example.test`
    await payload.create({
      collection: 'citizens',
      data: {
        email,
        password,
        name,
        phone: '819 555-0100',
        preferredLanguage: 'fr',
        address: address.id,
        household: [{ firstName: 'Léa', relationship: 'child' }],
        _verified: true,
      },
      overrideAccess: true,
      context: { isCitizenSystem: true },
    })
    const { token, user } = await payload.login({
      collection: 'citizens',
      data: { email, password },
      overrideAccess: true,
    })
    return {
      name,
      id: user!.id as number,
      user: { ...user!, collection: 'citizens' } as PayloadRequest['user'],
      cookie: `payload-token=${token}`,
    }
  }
  const citizenA = await resident('citizenA')
  const citizenB = await resident('citizenB')
  const type = await payload.create({
    collection: 'request-types',
    locale: 'fr',
    data: {
      code: 'pothole',
      name: 'Nid-de-poule',
      department: roads.id,
      deadlineDays: 5,
      photo: 'optional',
      allowAnonymous: true,
      locationRequired: false,
    },
    overrideAccess: true,
  })
  const parksType = await payload.create({
    collection: 'request-types',
    locale: 'fr',
    data: {
      code: 'tree',
      name: 'Arbre',
      department: parks.id,
      deadlineDays: 5,
      photo: 'optional',
      allowAnonymous: true,
      locationRequired: false,
    },
    overrideAccess: true,
  })
  return {
    west,
    east,
    roads,
    parks,
    address,
    admin,
    editor,
    agentX,
    agentY,
    citizenA,
    citizenB,
    type,
    parksType,
  }
}

export type City = Awaited<ReturnType<typeof makeCity>>

/** The Local API options that act as this person (never overriding access). */
export const as = (actor: Actor) => ({
  user: actor.user ?? undefined,
  overrideAccess: false as const,
})
