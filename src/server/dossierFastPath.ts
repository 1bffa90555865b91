import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

import { renderToString } from 'react-dom/server'

import type { DashboardFastPath } from '../lib/data/dashboard'
import { dashboardFastPathKey, dashboardSlot } from './dossierSlot'
import { isHtmlOnlyRequest } from './htmlOnly'

/**
 * The signed-in dashboard ("Mon dossier"), the page every resident opens after an alert, drawn
 * by the web server instead of Next's page pipeline: Next's render of the whole page (layout,
 * header, footer, two passes for the RSC payload and the HTML) is most of its cost, and all of it
 * but the account's own block is the same for every resident.
 *
 * So the layout comes from a cached page (src/app/(frontend)/[locale]/gabarit-dossier: the site's
 * layout around an empty slot, served by Next from its cache and held here for `ttlMs`), and the
 * block from the loader the Next bundle lends (src/lib/data/dashboard.ts: the page's own loader
 * and components, the session read in one query), rendered here with react-dom/server.
 * tests/dossierFastPath.int.test.ts holds the result against Next's own render of the page.
 *
 * Only a GET of the dashboard's exact address, with a session cookie and nothing else that could
 * change the answer (a query string, an Authorization header, draft mode, the router's requests).
 * Whenever it is not sure (no loader yet, no layout, the loader says null, any error) it answers
 * false and Next serves the request as before: signed-out visitors get Next's redirect.
 */
export type DossierFastPathOptions = {
  /** This server's own address, for the cached layout. */
  selfUrl: string
  /** The session cookie's name (Payload's cookiePrefix + '-token'). @default 'payload-token' */
  cookieName?: string
  /** How long the layout is reused before it is asked again of Next's cache. @default 1000 */
  ttlMs?: number
  /** Where errors go. @default console.error */
  logError?: (message: string, err: unknown) => void
}

type Shell = { before: string; after: string; headers: OutgoingHttpHeaders; fetchedAt: number }

/** Headers of the layout's answer that describe its caching or its bytes, not the page. */
const notCopied = new Set([
  'cache-control',
  'content-encoding',
  'content-length',
  'connection',
  'date',
  'etag',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
  'x-micro-cache',
  'x-nextjs-cache',
  'x-nextjs-prerender',
  'x-nextjs-stale-time',
])

const layoutPath = /^\/(fr|en)\/gabarit-dossier(?:[/?]|$)/

/**
 * The layout page is this server's business only: it holds nothing personal, but it is no page
 * for a visitor. Asked by any other client, it becomes an address under it that no page has, so
 * Next answers its not-found page with the 404 status and the usual headers.
 */
export const hideLayoutFromVisitors = (req: IncomingMessage) => {
  const match = layoutPath.exec(req.url ?? '')
  if (!match || /^(127\.|::1$|::ffff:127\.)/.test(req.socket.remoteAddress ?? '')) return
  req.url = `/${match[1]}/gabarit-dossier/introuvable`
}

/** What Next sends for a page rendered per request (the dashboard reads the session cookie). */
const privateCacheControl = 'private, no-cache, no-store, max-age=0, must-revalidate'

export const createDossierFastPath = ({
  selfUrl,
  cookieName = 'payload-token',
  ttlMs = 1000,
  logError = (message, err) => console.error(message, err),
}: DossierFastPathOptions) => {
  const cookiePattern = new RegExp(`(?:^|;\\s*)${cookieName}=`)
  const shells = new Map<string, Shell>()
  const pending = new Map<string, Promise<Shell | null>>()
  let lastWarmAt = 0

  const registered = () =>
    (globalThis as Record<symbol, DashboardFastPath | undefined>)[dashboardFastPathKey]

  /** The cached layout of a language, split around the slot; null when Next did not give one. */
  const fetchShell = async (locale: string): Promise<Shell | null> => {
    const shellPath = dashboardSlot.path(locale)
    const response = await fetch(`${selfUrl}${shellPath}`, {
      headers: { 'accept-encoding': 'identity' },
      // A server too busy to answer itself: Next serves the dashboard meanwhile.
      signal: AbortSignal.timeout(5000),
    })
    // The layout names the address it was drawn for (the language switch's way back): the
    // dashboard's, once the loader that knows it is there.
    const pagePath = Object.entries(registered()?.paths ?? {}).find(([, l]) => l === locale)?.[0]
    const html = (await response.text())
      .replaceAll(encodeURIComponent(shellPath), encodeURIComponent(pagePath ?? ''))
      .replaceAll(shellPath, pagePath ?? '')
    const at = html.indexOf(dashboardSlot.html)
    if (response.status !== 200 || !pagePath || at < 0) return null
    const headers: OutgoingHttpHeaders = {}
    response.headers.forEach((value, name) => {
      if (!notCopied.has(name)) headers[name] = value
    })
    headers['cache-control'] = privateCacheControl
    return {
      before: html.slice(0, at),
      after: html.slice(at + dashboardSlot.html.length),
      headers,
      fetchedAt: Date.now(),
    }
  }

  const shellFor = async (locale: string): Promise<Shell | null> => {
    const cached = shells.get(locale)
    if (cached && Date.now() - cached.fetchedAt < ttlMs) return cached
    let request = pending.get(locale)
    if (!request) {
      request = fetchShell(locale)
        .then((shell) => {
          if (shell) shells.set(locale, shell)
          else shells.delete(locale)
          return shell
        })
        .finally(() => pending.delete(locale))
      pending.set(locale, request)
    }
    return request
  }

  /**
   * Asks for the French layout once in a while until the Next bundle has lent its loader: that
   * module loads with the layout's page.
   */
  const warm = () => {
    if (registered() || Date.now() - lastWarmAt < 5000) return
    lastWarmAt = Date.now()
    void shellFor('fr').catch((err) => logError('dashboard fast path: layout', err))
  }

  const isCandidate = (req: IncomingMessage): boolean =>
    req.method === 'GET' &&
    !req.headers.authorization &&
    cookiePattern.test(req.headers.cookie ?? '') &&
    isHtmlOnlyRequest(req)

  /** Answers the request (true), or leaves it to Next untouched (false). */
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (!isCandidate(req)) return false
    const fastPath = registered()
    if (!fastPath) {
      warm()
      return false
    }
    const locale = fastPath.paths[req.url ?? '']
    if (!locale) return false
    try {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === 'string') headers.set(name, value)
        else if (Array.isArray(value)) headers.set(name, value.join(', '))
      const [element, shell] = await Promise.all([
        fastPath.render({ headers, locale }),
        shellFor(locale),
      ])
      if (!element || !shell) return false
      const html = shell.before + renderToString(element) + shell.after
      let body = Buffer.from(html, 'utf8')
      const responseHeaders: OutgoingHttpHeaders = { ...shell.headers }
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body, { level: 6 })
        responseHeaders['content-encoding'] = 'gzip'
      }
      responseHeaders['content-length'] = body.length
      responseHeaders['server-timing'] = 'dashboard;desc="fast path"'
      res.writeHead(200, responseHeaders)
      res.end(body)
      return true
    } catch (err) {
      // Nothing was sent: Next answers instead (and shows its own error if there is one).
      logError('dashboard fast path', err)
      return false
    }
  }

  return { serve, isCandidate, warm }
}
