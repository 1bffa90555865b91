/**
 * The production web server: Next's request handler behind the one-second micro-cache for
 * anonymous public pages (src/server/microCache.ts), public pages delivered without the client
 * runtime (src/server/htmlOnly.ts), request bodies bounded while they arrive (src/server/bodyLimit.ts),
 * the signed-in dashboard drawn into its cached layout (src/server/dossierFastPath.ts). `npm start`,
 * the browser tests and the benchmark all run this. MICRO_CACHE_MS=0 turns the micro-cache off,
 * DASHBOARD_FAST_PATH=0 the dashboard's fast path.
 *   tsx scripts/serve.ts --port 3000 [--host 0.0.0.0]
 */
import http from 'node:http'
import path from 'node:path'

import { createAdmission } from '../src/server/admission'
import { guardRequest } from '../src/server/bodyLimit'
import { applySharedCacheControl } from '../src/server/cacheControl'
import { createDossierFastPath, hideLayoutFromVisitors } from '../src/server/dossierFastPath'
import { dashboardSlot } from '../src/server/dossierSlot'
import { deliverHtmlOnly } from '../src/server/htmlOnly'
import { createMicroCache } from '../src/server/microCache'

const arg = (name: string) => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : undefined
}
const port = Number(arg('port') || process.env.PORT || 3000)
// The Payload config derives its default server URL and trusted origins from PORT.
process.env.PORT = String(port)
const host = arg('host') || process.env.HOST || '0.0.0.0'
const ttlMs = Number(process.env.MICRO_CACHE_MS ?? 1000)
// The web server runs the jobs queue unless told that separate workers do (JOBS_AUTORUN=0).
process.env.JOBS_AUTORUN ??= '1'

// tsx turns Node's source-map support on; for the production build it would read and keep the
// source map of every server chunk Next loads (140 MB of them: about 150 MB of the server's memory
// and a second of its start-up). Off before Next is loaded; SERVER_SOURCE_MAPS=1 keeps it (stack
// traces then point into src/ rather than .next/server/chunks).
if (process.env.SERVER_SOURCE_MAPS !== '1') process.setSourceMapsEnabled(false)
const { default: next } = await import('next')

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, '..'), hostname: host, port })
const handle = app.getRequestHandler()
await app.prepare()
const cache = ttlMs > 0 ? createMicroCache({ ttlMs }) : null
// Public pages go out as HTML and CSS without the client runtime (src/server/htmlOnly.ts).
// HTML_ONLY=0 serves them with it, as plain `next start` would.
const isHtmlOnly = process.env.HTML_ONLY !== '0'
const sharedCache = {
  sMaxAge: Number(process.env.PAGE_S_MAXAGE ?? 5),
  staleWhileRevalidate: Number(process.env.PAGE_STALE_WHILE_REVALIDATE ?? 60),
}
// PAGE_CACHE_STATS=1 (tests, benchmark): what both page caches hold, on /_cache-stats from this
// machine only. Off by default: the list of cached addresses is nobody else's business.
const isCountingCache = process.env.PAGE_CACHE_STATS === '1'
const pageCacheStats = () => {
  const store = (globalThis as Record<symbol, unknown>)[Symbol.for('ville-ouverte.page-cache')] as
    | {
        entries: {
          entries: () => Iterable<[string, { value?: { kind?: string }; lastModified: number }]>
          calculatedSize: number
        }
        sets: Map<string, number>
      }
    | undefined
  if (!store) return null
  const pages: string[] = []
  /** Milliseconds since each page was rendered (the layout's one-minute bound renders it again). */
  const ages: Record<string, number> = {}
  let dataEntries = 0
  for (const [key, entry] of store.entries.entries()) {
    if (entry.value?.kind === 'APP_PAGE' || entry.value?.kind === 'APP_ROUTE') {
      pages.push(key)
      ages[key] = Date.now() - entry.lastModified
    } else dataEntries += 1
  }
  return {
    pages,
    ages,
    dataEntries,
    bytes: store.entries.calculatedSize,
    sets: Object.fromEntries(store.sets),
  }
}
const isStatsRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
  if (!isCountingCache || !/^\/_cache-stats(\?gc=1)?$/.test(req.url ?? '')) return false
  const remote = req.socket.remoteAddress ?? ''
  if (!/^(127\.|::1$|::ffff:127\.)/.test(remote)) return false
  // ?gc=1 under `node --expose-gc`: memory as it is once garbage is collected.
  if (req.url?.endsWith('gc=1')) (globalThis as { gc?: () => void }).gc?.()
  const body = JSON.stringify({
    next: pageCacheStats(),
    micro: cache ? { keys: cache.keys(), bytes: cache.bytes() } : null,
    memory: process.memoryUsage(),
    rss: process.memoryUsage().rss,
  })
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
  res.end(body)
  return true
}
const selfUrl = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`
/** The not-found page, rendered by this server (served in place of Next's empty notFound() shell). */
const notFoundHtml = async (locale: string) => {
  const response = await fetch(`${selfUrl}/${locale}/introuvable`, {
    headers: { 'accept-encoding': 'identity' },
  })
  return response.ok ? response.text() : null
}

// The signed-in dashboard drawn into its cached layout (src/server/dossierFastPath.ts).
const dossierFastPath =
  process.env.DASHBOARD_FAST_PATH === '0' ? null : createDossierFastPath({ selfUrl })

const trustedProxies = new Set(
  (process.env.TRUSTED_PROXY_IPS ?? '')
    .split(',')
    .map((ip) => ip.trim())
    .filter(Boolean),
)

// Writes beyond what this process can work through are refused early (src/server/admission.ts).
const writeConcurrency = Number(process.env.WRITE_CONCURRENCY ?? 32)
const admission =
  writeConcurrency > 0
    ? createAdmission({
        maxInFlight: writeConcurrency,
        maxQueued: Number(process.env.WRITE_QUEUE ?? 256),
      })
    : null

const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
  // First: a body over its limit (src/server/bodyLimit.ts) is refused before any of it is read.
  if (guardRequest(req, res)) return
  // Then a write past the in-flight and queue bounds, also before its body is read.
  if (admission) admission.admit(req, res, () => onAdmitted(req, res))
  else onAdmitted(req, res)
}

const onAdmitted = (req: http.IncomingMessage, res: http.ServerResponse) => {
  // `Expect: 100-continue` (curl sends it for large bodies): the client waits for this before
  // sending the body, so a refused one above is never sent at all.
  if (/^100-continue$/i.test(String(req.headers.expect ?? ''))) res.writeContinue()
  // A request answered before its body was read (an upload refused for its size): Payload drops
  // the request stream, so the rest of the body would sit in front of the client's next request on
  // this keep-alive connection forever. Close the connection after this response instead.
  // (Only requests that carry a body: a GET is not marked complete until after this handler runs.)
  const hasBody =
    Number(req.headers['content-length'] || 0) > 0 || req.headers['transfer-encoding'] !== undefined
  if (hasBody) {
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse
    res.writeHead = ((...args: unknown[]) => {
      if (!req.complete) res.setHeader('connection', 'close')
      return writeHead(...args)
    }) as http.ServerResponse['writeHead']
  }
  // The client's address for per-IP rate limits (citizen-accounts plugin), from the socket: a value
  // sent by the client is overwritten, except by a load balancer listed in TRUSTED_PROXY_IPS, whose
  // X-Real-IP is the client's (deploy/nginx.conf sets it).
  const socketIp = (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '')
  req.headers['x-real-ip'] =
    (trustedProxies.has(socketIp) && String(req.headers['x-real-ip'] ?? '').trim()) || socketIp
  if (isStatsRequest(req, res)) return
  hideLayoutFromVisitors(req)
  if (dossierFastPath?.isCandidate(req)) {
    void dossierFastPath.serve(req, res).then((isServed) => {
      if (!isServed) toNext(req, res)
    })
    return
  }
  toNext(req, res)
}

/** Everything but the body limit and the fast path: the micro-cache, then Next. */
const toNext = (req: http.IncomingMessage, res: http.ServerResponse) => {
  if (cache?.serveOrRecord(req, res)) return
  // After the micro-cache and before the HTML-only layer, so both see the header it sets.
  applySharedCacheControl(req, res, sharedCache)
  if (isHtmlOnly) deliverHtmlOnly(req, res, { notFoundHtml })
  void handle(req, res)
}
const server = http.createServer(onRequest)
server.on('checkContinue', onRequest)
server.keepAliveTimeout = 65_000
server.listen(port, host, () => {
  console.log(
    `▲ Ready on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${cache ? ` (micro-cache ${ttlMs} ms)` : ''}`,
  )
})

const shutdown = () => {
  server.close(() => process.exit(0))
  // Keep-alive connections would hold close() open: give them a moment, then leave.
  setTimeout(() => process.exit(0), 3000).unref()
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
