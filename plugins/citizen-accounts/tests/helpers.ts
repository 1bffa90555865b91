import { handleEndpoints, type Payload } from 'payload'

import { createCsrfToken } from '../lib/csrf'
import { csrfBinding } from '../lib/endpointKit'

export const base = 'http://localhost:3000'

export type Client = {
  /** A POST of an HTML form to one of the plugin's endpoints, as a browser on this site sends it. */
  post: (
    action: string,
    fields: Record<string, string>,
    opts?: { cookie?: string; ip?: string; origin?: string | null; csrf?: string | null },
  ) => Promise<Response>
  /** Any REST call (JSON), with an optional session cookie. */
  rest: (
    method: string,
    path: string,
    opts?: { cookie?: string; body?: unknown },
  ) => Promise<Response>
  /** Signs in through the form endpoint and returns the session cookie. */
  login: (email: string, password: string, ip?: string) => Promise<string>
}

/** The JWT's claims (id and session id) without verifying it: only to build the session-bound CSRF token. */
const claims = (cookie: string) => {
  const token = cookie.split('=')[1] ?? ''
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    id: number
    sid?: string
  }
}

export const makeClient = (payload: Payload): Client => {
  const request = (path: string, init: RequestInit) =>
    handleEndpoints({ config: payload.config, request: new Request(`${base}${path}`, init) })
  const client: Client = {
    post: async (action, fields, { cookie, ip = '10.0.0.1', origin = base, csrf } = {}) => {
      const binding = cookie
        ? csrfBinding({ id: claims(cookie).id, _sid: claims(cookie).sid })
        : 'anonymous'
      const body = new URLSearchParams({
        locale: 'fr',
        ...(csrf === null ? {} : { csrf: csrf ?? createCsrfToken(payload.secret, binding) }),
        ...fields,
      })
      const headers: Record<string, string> = {
        'content-type': 'application/x-www-form-urlencoded',
        'x-real-ip': ip,
        'sec-fetch-site': 'same-origin',
      }
      if (origin) headers.origin = origin
      if (cookie) headers.cookie = cookie
      return request(`/api/citizen-account/${action}`, {
        method: 'POST',
        headers,
        body: body.toString(),
      })
    },
    rest: async (method, path, { cookie, body } = {}) => {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'sec-fetch-site': 'same-origin',
      }
      if (cookie) headers.cookie = cookie
      return request(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    },
    login: async (email, password, ip = '10.0.0.2') => {
      const response = await client.post('login', { email, password }, { ip })
      const setCookie = response.headers.get('set-cookie') ?? ''
      const match = /payload-token=[^;]+/.exec(setCookie)
      if (!match) throw new Error(`login failed: ${response.headers.get('location')}`)
      return match[0]
    },
  }
  return client
}

/** The last email written to the outbox for an address. */
export const lastMail = async (payload: Payload, to: string) => {
  const { docs } = await payload.find({
    collection: 'mail-outbox',
    where: { to: { equals: to } },
    sort: '-createdAt',
    limit: 1,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

export const tokenFrom = (text: string | null | undefined) =>
  /[?&]token=([A-Za-z0-9_-]+)/.exec(text ?? '')?.[1] ?? null

export const locationOf = (response: Response) => response.headers.get('location') ?? ''
