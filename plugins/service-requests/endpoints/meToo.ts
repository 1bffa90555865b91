import type { Endpoint } from 'payload'

import { readForm } from '../../kit/body'
import { handleFormPost } from '../../kit/forms'
import { asLocale, catalogues } from '../i18n/translate'
import { signedInCitizen } from '../residents/citizen'
import {
  addFollower,
  browserCookieName,
  browserIdFrom,
  newBrowserCookie,
} from '../follow/followers'
import { expireTags, publicRequestCacheTags } from '../public/cacheTags'
import { openStatuses, publicStatuses } from '../public/publicList'
import { readQuery } from '../requests/queryKeys'
import { publicListHref } from '../requests/routes'
import { trackingNumberShape } from '../requests/trackingNumber'
import type { RequestLocale, ResolvedOptions } from '../types'
import { parseCookies } from 'payload/shared'

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A short page in both languages, for a refused "me too" (a browser without JavaScript shows it as is). */
const refuse = (status: number, key: string, back: string) => {
  const [fr, en] = [catalogues.fr[`errors.${key}`] ?? key, catalogues.en[`errors.${key}`] ?? key]
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(fr)} / ${escapeHtml(en)}</title></head><body><main><h1>${escapeHtml(fr)}</h1><p lang="en">${escapeHtml(en)}</p><p><a href="${escapeHtml(back)}">${escapeHtml(catalogues.fr['public.back'])}</a> / <a href="${escapeHtml(back)}" lang="en">${escapeHtml(catalogues.en['public.back'])}</a></p></main></body></html>`
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' },
  })
}

const readCookie = (headers: Headers, name: string) => parseCookies(headers).get(name)

/** Only a page of this site's requests section: never another host, never a scheme-relative URL. */
export const safeReturnTo = (value: string | null, locale: RequestLocale): string => {
  const fallback = publicListHref(locale)
  if (!value || !/^\/(fr|en)\/(requetes|requests)(\/|\?|#|$)/.test(value) || value.includes('\\'))
    return fallback
  const url = new URL(value, 'http://x')
  return url.origin === 'http://x' ? `${url.pathname}${url.search}` : fallback
}

const withQuery = (path: string, query: Record<string, string>) => {
  const url = new URL(path, 'http://x')
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v)
  return `${url.pathname}${url.search}`
}

/**
 * POST /api/service-requests-form/me-too — "Moi aussi": follow an open request instead of sending
 * a duplicate (never a resolved one: 409). A plain form (no JavaScript needed) with the origin check of the other forms (no session
 * token: the form is on cached public pages). A signed-in citizen follows once; an anonymous visitor once per browser (a signed cookie)
 * and within a per-IP limit. Answers 303 back to the page with the outcome, or a 4xx page in both
 * languages.
 */
export const meTooEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: `${options.endpointPath}/me-too`,
  method: 'post',
  handler: async (req) => {
    const payload = req.payload
    let locale: RequestLocale = 'fr'
    let back = publicListHref(locale)
    // Where to go back to is read before the origin check: a refusal links back to the list.
    const setBack = (form: URLSearchParams) => {
      locale = asLocale(form.get('locale'))
      back = safeReturnTo(form.get('returnTo'), locale)
    }
    return handleFormPost({
      headers: req.headers,
      url: req.url ?? payload.config.serverURL,
      serverURL: payload.config.serverURL,
      logger: payload.logger,
      label: 'service-requests: me too',
      readForm: () => readForm(req, { limit: 10 * 1024 }),
      onUnexpected: () => refuse(503, 'unexpected', back),
      onCrossSite: (form) => {
        setBack(form)
        return refuse(403, 'crossSite', back)
      },
      run: async (form) => {
        setBack(form)
        // No session token: the form is on cached public pages, the same for every visitor. A post
        // from another site is refused by its origin above (browsers send Origin, or Sec-Fetch-Site,
        // with every form post; neither can be set by a page), and the cookies are SameSite=Lax.
        const citizen = await signedInCitizen(payload, req.headers, options.citizensCollection)
        // The English field, or the French one of a page rendered before the rename.
        const number = readQuery(form, 'number')
        if (!trackingNumberShape.test(number) || number.length > 20)
          return refuse(400, 'meTooInvalid', back)
        const { docs } = await payload.find({
          collection: options.requestsCollection as 'service-requests',
          where: {
            and: [{ trackingNumber: { equals: number } }, { status: { in: [...publicStatuses] } }],
          },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          select: { trackingNumber: true, status: true },
        })
        if (!docs[0]) return refuse(404, 'meTooNotFound', back)
        // Listed so that its resident may reopen it, but fixed: nothing left to follow.
        if (!(openStatuses as readonly string[]).includes(String(docs[0].status)))
          return refuse(409, 'meTooResolved', back)
        const headers = new Headers({ 'Cache-Control': 'private, no-store' })
        let browserId: string | null = null
        if (!citizen) {
          browserId = browserIdFrom(payload.secret, readCookie(req.headers, browserCookieName))
          if (!browserId) {
            const cookie = newBrowserCookie(payload.secret)
            browserId = browserIdFrom(payload.secret, cookie)
            const secure = (req.url ?? payload.config.serverURL).startsWith('https:')
              ? '; Secure'
              : ''
            headers.append(
              'Set-Cookie',
              `${browserCookieName}=${cookie}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax${secure}`,
            )
          }
        }
        const outcome = await addFollower({
          payload,
          options,
          requestId: docs[0].id as number,
          citizenId: citizen ? citizen.id : null,
          browserId,
          ip: options.getClientIp(req.headers),
          ipLimit: options.meTooIpLimit,
        })
        if (outcome === 'rateLimited') return refuse(429, 'meTooRateLimited', back)
        if (outcome === 'added') await expireTags([publicRequestCacheTags.list])
        // What the confirmation says is in the address (the list page is cached, the same for all):
        // `email=1` when the status emails will reach this follower.
        headers.set(
          'Location',
          `${withQuery(back, { meToo: outcome, followed: number, ...(citizen ? { email: '1' } : {}) })}#moi-aussi-confirmation`,
        )
        return new Response(null, { status: 303, headers })
      },
    })
  },
})
