import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

/**
 * `Cache-Control` for shared caches (a CDN, nginx) in front of the site.
 *
 * Next marks a page it serves from its cache with `x-nextjs-cache` and sends
 * `s-maxage=<revalidate>, stale-while-revalidate=<a year>`; pages rendered per request (Mon
 * dossier, a request's follow-up page, search) get `private, no-cache, no-store`. A page Next
 * cached is the same for every visitor, signed in or not: it is sent here as
 * `public, s-maxage=S, stale-while-revalidate=W` so a shared cache may keep it S seconds and serve
 * it W seconds more while it fetches the new one. S is short (5 s by default) because an emergency
 * notice must reach every page within seconds even where the CDN is not purged on publish; a city
 * that purges on publish can raise it (README, "Page cache and CDNs"). Everything else keeps the
 * header Next gave it.
 */
export type SharedCacheOptions = {
  /** @default 5 */
  sMaxAge?: number
  /** @default 60 */
  staleWhileRevalidate?: number
}

export const sharedCacheControl = ({
  sMaxAge = 5,
  staleWhileRevalidate = 60,
}: SharedCacheOptions = {}) =>
  `public, s-maxage=${sMaxAge}, stale-while-revalidate=${staleWhileRevalidate}`

/** Whether this answer may be stored by a shared cache: a public page Next itself served from its cache. */
export const isSharedCacheable = (
  req: IncomingMessage,
  status: number,
  headers: OutgoingHttpHeaders,
): boolean =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  /^\/(fr|en)(\/|\?|$)/.test(req.url ?? '') &&
  status === 200 &&
  headers['x-nextjs-cache'] !== undefined &&
  headers['set-cookie'] === undefined &&
  !/\b(private|no-store)\b/.test(String(headers['cache-control'] ?? '')) &&
  // Draft mode (a staff preview) is never shared, whatever Next said.
  !/(?:^|;\s*)__prerender_bypass=/.test(req.headers.cookie ?? '')

/**
 * Rewrites `Cache-Control` on this response as it is sent. Install it after the micro-cache and
 * before the HTML-only layer (scripts/serve.ts): both then see the header it sets.
 */
export const applySharedCacheControl = (
  req: IncomingMessage,
  res: ServerResponse,
  options: SharedCacheOptions = {},
) => {
  const value = sharedCacheControl(options)
  const apply = (extra?: unknown) => {
    if (res.headersSent) return
    const headers = {
      ...res.getHeaders(),
      ...(extra && typeof extra === 'object' && !Array.isArray(extra)
        ? (extra as OutgoingHttpHeaders)
        : {}),
    }
    if (!isSharedCacheable(req, res.statusCode, headers)) return
    res.setHeader('cache-control', value)
    if (extra && typeof extra === 'object' && !Array.isArray(extra)) {
      for (const name of Object.keys(extra))
        if (name.toLowerCase() === 'cache-control') delete (extra as OutgoingHttpHeaders)[name]
    }
  }
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status
    apply(rest.find((arg) => arg && typeof arg === 'object'))
    return writeHead(status, ...rest)
  }) as ServerResponse['writeHead']
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  res.end = ((...args: unknown[]) => {
    apply()
    return end(...args)
  }) as ServerResponse['end']
}
