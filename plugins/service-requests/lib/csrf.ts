import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a form stays valid after the page was rendered. */
const maxAgeMs = 2 * 60 * 60 * 1000

const sign = (secret: string, binding: string, issuedAt: number) =>
  createHmac('sha256', secret).update(`service-request-csrf\u0000${binding}\u0000${issuedAt}`).digest('base64url')

/** A form token bound to the visitor's session (or to "anonymous"), as the citizen-accounts forms do. */
export const createCsrfToken = (secret: string, binding: string, now = Date.now()) => `${now}.${sign(secret, binding, now)}`

export const isValidCsrfToken = (secret: string, binding: string, token: unknown, now = Date.now()): boolean => {
  if (typeof token !== 'string') return false
  const [issued, mac] = token.split('.')
  const issuedAt = Number(issued)
  if (!Number.isSafeInteger(issuedAt) || !mac || now - issuedAt > maxAgeMs || issuedAt - now > 60_000) return false
  const expected = Buffer.from(sign(secret, binding, issuedAt))
  const given = Buffer.from(mac)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

export const csrfBinding = (citizen: { id: number | string; _sid?: string } | null) =>
  citizen ? `citizen:${citizen.id}:${citizen._sid ?? ''}` : 'anonymous'

const requestOrigin = (headers: Headers, fallbackUrl: string): string => {
  const host = headers.get('x-forwarded-host') ?? headers.get('host')
  if (!host) return new URL(fallbackUrl).origin
  const proto = headers.get('x-forwarded-proto') ?? new URL(fallbackUrl).protocol.replace(':', '')
  return `${proto}://${host}`
}

/** A state-changing POST must come from a page of this site (Origin, or Sec-Fetch-Site without it). */
export const isSameOriginPost = (headers: Headers, { requestUrl, serverURL }: { requestUrl: string; serverURL: string }) => {
  const origin = headers.get('origin')
  // A form posted from a page sent with `Referrer-Policy: no-referrer` (the pages whose address holds
  // a secret) carries `Origin: null` (Fetch standard): Sec-Fetch-Site, which no page can set, tells.
  if (origin === 'null') return headers.get('sec-fetch-site') === 'same-origin'
  if (origin) {
    const allowed = new Set([requestOrigin(headers, requestUrl), new URL(requestUrl).origin])
    if (serverURL) allowed.add(new URL(serverURL).origin)
    return allowed.has(origin)
  }
  const site = headers.get('sec-fetch-site')
  return site === 'same-origin' || site === 'none'
}
