import { createHmac, timingSafeEqual } from 'node:crypto'

import { bodyErrorResponse, isBodyError, refusalResponse } from './body'

/**
 * What every plugin's forms need to refuse a forged post: a CSRF token bound to the visitor's
 * session, the same-origin check, and the headers to authenticate with once that check passed.
 * Written once here; each plugin names its own purpose (a token of one plugin is worthless to
 * another) and lifetime.
 */

/** A form token `issuedAt.mac`, bound to a session (or "anonymous") and to a purpose. */
export const csrfTokens = (purpose: string, { maxAgeMs }: { maxAgeMs: number }) => {
  const sign = (secret: string, binding: string, issuedAt: number) =>
    createHmac('sha256', secret)
      .update(`${purpose}\u0000${binding}\u0000${issuedAt}`)
      .digest('base64url')
  const createCsrfToken = (secret: string, binding: string, now = Date.now()) =>
    `${now}.${sign(secret, binding, now)}`
  const isValidCsrfToken = (
    secret: string,
    binding: string,
    token: unknown,
    now = Date.now(),
    maxAge = maxAgeMs,
  ): boolean => {
    if (typeof token !== 'string') return false
    const [issued, mac] = token.split('.')
    const issuedAt = Number(issued)
    // Expired, or issued more than a minute in the future (clocks of two servers may differ a little).
    if (
      !Number.isSafeInteger(issuedAt) ||
      !mac ||
      now - issuedAt > maxAge ||
      issuedAt - now > 60_000
    )
      return false
    const expected = Buffer.from(sign(secret, binding, issuedAt))
    const given = Buffer.from(mac)
    return expected.length === given.length && timingSafeEqual(expected, given)
  }
  return { createCsrfToken, isValidCsrfToken }
}

/**
 * What a token is bound to: the citizen's session (Payload's session id, `_sid` on the user it
 * returns, or `sid` where a plugin copied it), so a token taken from one session is worthless in
 * another; "anonymous" without one.
 */
export const csrfBinding = (
  citizen: { id: number | string; _sid?: string | null; sid?: string | null } | null,
) => (citizen ? `citizen:${citizen.id}:${citizen._sid ?? citizen.sid ?? ''}` : 'anonymous')

/** The origin the browser believes it is talking to (the app's server or proxy sets the host headers). */
export const requestOrigin = (headers: Headers, fallbackUrl: string): string => {
  const host = headers.get('x-forwarded-host') ?? headers.get('host')
  if (!host) return new URL(fallbackUrl).origin
  const proto = headers.get('x-forwarded-proto') ?? new URL(fallbackUrl).protocol.replace(':', '')
  return `${proto}://${host}`
}

/**
 * A state-changing POST must come from a page of this site: the Origin header (sent by every
 * current browser on POST) or, without it, Sec-Fetch-Site must say so. A post that says neither
 * is refused.
 */
export const isSameOriginPost = (
  headers: Headers,
  { requestUrl, serverURL }: { requestUrl: string; serverURL: string },
) => {
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

/**
 * Headers to authenticate with once the origin was checked here: Payload compares Origin with its
 * serverURL only (behind a proxy, or on a second address, it would refuse a genuine session).
 */
export const trustedHeaders = (headers: Headers) => {
  const copy = new Headers(headers)
  copy.delete('origin')
  copy.set('sec-fetch-site', 'same-origin')
  return copy
}

/** 303 See Other to a page of the site: the "redirect" of Post/Redirect/Get, never cached. */
export const seeOther = (location: string, headers: Headers = new Headers()): Response => {
  headers.set('Location', location)
  headers.set('Cache-Control', 'private, no-store')
  return new Response(null, { status: 303, headers })
}

/** A form posted from another site: 403, said in both languages (`refusalResponse`). */
export const crossSiteResponse = (requestHeaders: Headers): Response =>
  refusalResponse(
    403,
    'crossSite',
    {
      fr: 'Envoi refusé : ce formulaire vient d’un autre site.',
      en: 'Refused: this form comes from another site.',
    },
    requestHeaders,
  )

/**
 * The frame of every plain-HTML form endpoint (Post/Redirect/Get), so that none answers 500 or
 * reads an unbounded body: the body is read with its ceiling (`readForm` of ./body, passed in),
 * a post from another site is refused (`crossSiteResponse`, or the plugin's own page), then `run`
 * answers (usually `seeOther` with a status or an error key). A refused body gets its 413/400; an
 * unexpected failure is logged under `label` and answered by `onUnexpected` ("try again later").
 * The plugin keeps what differs: its CSRF token, who is signed in, the pages it goes back to.
 */
export const handleFormPost = async ({
  headers,
  url,
  serverURL,
  logger,
  label,
  readForm,
  run,
  onUnexpected,
  onCrossSite,
}: {
  headers: Headers
  /** The request's URL (`req.url`), or the server's when the host gives none. */
  url: string
  serverURL: string
  logger: { error: (entry: { err: unknown; msg: string }) => void }
  /** Names the endpoint in the log: `plugin: action`. */
  label: string
  readForm: () => Promise<URLSearchParams>
  run: (form: URLSearchParams) => Promise<Response>
  onUnexpected: () => Response
  onCrossSite?: (form: URLSearchParams) => Response
}): Promise<Response> => {
  try {
    const form = await readForm()
    if (!isSameOriginPost(headers, { requestUrl: url, serverURL }))
      return onCrossSite ? onCrossSite(form) : crossSiteResponse(headers)
    return await run(form)
  } catch (err) {
    if (isBodyError(err)) return bodyErrorResponse(err, headers)
    logger.error({ err, msg: `${label} failed` })
    return onUnexpected()
  }
}
