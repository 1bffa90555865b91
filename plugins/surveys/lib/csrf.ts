import { createHmac, timingSafeEqual } from 'node:crypto'

/** How long a survey form stays valid after the page was rendered. */
const maxAgeMs = 4 * 60 * 60 * 1000

const sign = (secret: string, binding: string, issuedAt: number) =>
  createHmac('sha256', secret).update(`surveys-csrf\u0000${binding}\u0000${issuedAt}`).digest('base64url')

/** Anonymous forms are bound to this; a citizen's forms to their session (same scheme as citizen-accounts). */
export const csrfBinding = (citizen: { id: number | string; sid?: string | null } | null) =>
  citizen ? `citizen:${citizen.id}:${citizen.sid ?? ''}` : 'anonymous'

export const createCsrfToken = (secret: string, binding: string, now = Date.now()) => `${now}.${sign(secret, binding, now)}`

export const isValidCsrfToken = (secret: string, binding: string, token: unknown, now = Date.now(), maxAge = maxAgeMs): boolean => {
  if (typeof token !== 'string') return false
  const [issued, mac] = token.split('.')
  const issuedAt = Number(issued)
  if (!Number.isSafeInteger(issuedAt) || !mac || now - issuedAt > maxAge || issuedAt - now > 60_000) return false
  const expected = Buffer.from(sign(secret, binding, issuedAt))
  const given = Buffer.from(mac)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

const requestOrigin = (headers: Headers, fallbackUrl: string): string => {
  const host = headers.get('x-forwarded-host') ?? headers.get('host')
  if (!host) return new URL(fallbackUrl).origin
  const proto = headers.get('x-forwarded-proto') ?? new URL(fallbackUrl).protocol.replace(':', '')
  return `${proto}://${host}`
}

/** A state-changing POST must come from a page of this site: Origin, or without it Sec-Fetch-Site. */
export const isSameOriginPost = (headers: Headers, { requestUrl, serverURL }: { requestUrl: string; serverURL: string }) => {
  const origin = headers.get('origin')
  if (origin) {
    const allowed = new Set([requestOrigin(headers, requestUrl), new URL(requestUrl).origin])
    if (serverURL) allowed.add(new URL(serverURL).origin)
    return allowed.has(origin)
  }
  const site = headers.get('sec-fetch-site')
  return site === 'same-origin' || site === 'none'
}

/** Headers to authenticate with once the origin was checked here (Payload compares Origin with serverURL only). */
export const trustedHeaders = (headers: Headers) => {
  const copy = new Headers(headers)
  copy.delete('origin')
  copy.set('sec-fetch-site', 'same-origin')
  return copy
}

/**
 * A mini-survey block sits in a page the site caches for everyone, so its form cannot carry a
 * session-bound token: it carries a "block" token (30 days), accepted only with an Origin header
 * of this site (a cross-site form cannot forge it).
 */
export const blockBinding = 'mini-survey-block'
export const blockTokenMaxAgeMs = 30 * 24 * 60 * 60 * 1000
