import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'

import { resolveOptions } from '../defaults'

export const base = 'http://localhost:3000'
export const options = resolveOptions()
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

export const rest = async (
  payload: Payload,
  method: string,
  path: string,
  { cookie, body }: { cookie?: string; body?: unknown } = {},
) => {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'sec-fetch-site': 'same-origin',
  }
  if (cookie) headers.cookie = cookie
  return handleEndpoints({
    config: payload.config,
    request: new Request(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  })
}

export const graphql = async (payload: Payload, query: string, cookie?: string) => {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'sec-fetch-site': 'same-origin',
  }
  if (cookie) headers.cookie = cookie
  const response = await GRAPHQL_POST(payload.config)(
    new Request(`${base}/api/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as {
    data?: Record<string, unknown>
    errors?: { message: string }[]
  }
}

const cookieOf = (token?: string) => {
  if (!token) throw new Error('login failed')
  return `payload-token=${token}`
}

/**
 * A small city: two sectors (west: lng −75..−74, east: −74..−73, lat 45..46), two departments,
 * one address in each sector, one type routed to the roads department except in the east sector
 * (parks department, agent B), an administrator, one agent per department and two citizens.
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
  const westAddress = await payload.create({
    collection: 'addresses',
    data: { number: 10, street: 'rue de l’Ouest', postalCode: 'J0A 1B0', lat: 45.5, lng: -74.5 },
    overrideAccess: true,
    context,
  })
  const eastAddress = await payload.create({
    collection: 'addresses',
    data: { number: 20, street: 'rue de l’Est', postalCode: 'J0A 1B0', lat: 45.5, lng: -73.5 },
    overrideAccess: true,
    context,
  })
  const staff = async (
    email: string,
    roles: ('admin' | 'agent' | 'editor')[],
    department?: number,
  ) => {
    const user = await payload.create({
      collection: 'users',
      data: { email, password, name: email, roles, department },
      overrideAccess: true,
    })
    const { token } = await payload.login({ collection: 'users', data: { email, password } })
    return { id: user.id, cookie: cookieOf(token) }
  }
  const admin = await staff('admin@example.test', ['admin'])
  const agentA = await staff('agent-a@example.test', ['agent'], roads.id)
  const agentB = await staff('agent-b@example.test', ['agent'], parks.id)
  const editor = await staff('editor@example.test', ['editor'])
  const citizen = async (email: string) => {
    const doc = await payload.create({
      collection: 'citizens',
      data: { email, password, name: email, preferredLanguage: 'fr', _verified: true },
      overrideAccess: true,
      context: { isCitizenSystem: true },
    })
    const { token } = await payload.login({ collection: 'citizens', data: { email, password } })
    return { id: doc.id, cookie: cookieOf(token) }
  }
  const citizenA = await citizen('a@example.test')
  const citizenB = await citizen('b@example.test')
  const type = await payload.create({
    collection: 'request-types',
    locale: 'fr',
    data: {
      code: 'pothole',
      name: 'Nid-de-poule',
      department: roads.id,
      deadlineDays: 5,
      photo: 'optional',
      sectorRouting: [{ sector: east.id, department: parks.id, assignee: agentB.id }],
      allowAnonymous: true,
      locationRequired: true,
      questions: [
        {
          code: 'size',
          label: 'Taille',
          type: 'singlevaluelist' as const,
          required: true,
          choices: [
            { value: 'small', label: 'Petit' },
            { value: 'large', label: 'Grand' },
          ],
        },
        { code: 'depth', label: 'Profondeur (cm)', type: 'number' as const, required: false },
      ],
    },
    overrideAccess: true,
  })
  return {
    west,
    east,
    roads,
    parks,
    westAddress,
    eastAddress,
    admin,
    agentA,
    agentB,
    editor,
    citizenA,
    citizenB,
    type,
  }
}

export type City = Awaited<ReturnType<typeof makeCity>>

let counter = 0
export const newKey = () => `test-key-${Date.now()}-${++counter}-abcdefgh`
