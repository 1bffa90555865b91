import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'

import { afterEach, describe, expect, it } from 'vitest'

import { applySharedCacheControl } from '../../src/server/cacheControl'

const require = createRequire(import.meta.url)
const storeKey = Symbol.for('ville-ouverte.page-cache')

type Handler = {
  get: (key: string, ctx?: object) => Promise<unknown>
  set: (key: string, data: unknown, ctx?: object) => Promise<void>
  revalidateTag: (tags: string | string[]) => Promise<void>
}
type Store = { entries: { size: number; calculatedSize: number; has: (key: string) => boolean } }

/** A fresh copy of Next's cache handler, with its bound in MB. */
const loadHandler = (maxMb: number): { handler: Handler; store: Store } => {
  delete (globalThis as Record<symbol, unknown>)[storeKey]
  process.env.PAGE_CACHE_MAX_MB = String(maxMb)
  const path = require.resolve('../../src/server/cacheHandler.cjs')
  delete require.cache[path]
  const Handler = require(path) as new (options: object) => Handler
  return {
    handler: new Handler({}),
    store: (globalThis as Record<symbol, unknown>)[storeKey] as Store,
  }
}

const page = (kb: number) => ({
  kind: 'APP_PAGE',
  html: 'x'.repeat(kb * 1024),
  rscData: Buffer.alloc(kb * 1024),
  headers: {},
  status: 200,
})

afterEach(() => {
  delete process.env.PAGE_CACHE_MAX_MB
  delete (globalThis as Record<symbol, unknown>)[storeKey]
})

describe("Next's page cache handler", () => {
  it('should stay under its bound in bytes, dropping the least recently read pages first', async () => {
    const { handler, store } = loadHandler(1)
    await handler.set('/fr', page(100))
    for (let i = 0; i < 40; i++) {
      await handler.set(`/fr/collectes/adresse/${i}`, page(100))
      // The home page is read all the time: it stays.
      expect(await handler.get('/fr')).not.toBeNull()
    }
    expect(store.entries.calculatedSize).toBeLessThanOrEqual(1024 * 1024)
    expect(store.entries.size).toBeLessThan(10)
    expect(store.entries.has('/fr')).toBe(true)
    expect(store.entries.has('/fr/collectes/adresse/0')).toBe(false)
  })

  it('should expire an entry once a tag it read is revalidated, and keep the others', async () => {
    const { handler } = loadHandler(8)
    await handler.set('/fr/avis/_q/-', page(1), { tags: ['notices'] })
    await handler.set('/fr/actualites/_q/-', page(1), { tags: ['news'] })
    await new Promise((resolve) => setTimeout(resolve, 5))
    await handler.revalidateTag('notices')
    expect(await handler.get('/fr/avis/_q/-')).toBeNull()
    expect(await handler.get('/fr/actualites/_q/-')).not.toBeNull()
  })
})

describe('Cache-Control for shared caches', () => {
  let server: http.Server | null = null
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve))
    server = null
  })

  const serve = async (handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) => {
    server = http.createServer((req, res) => {
      applySharedCacheControl(req, res, { sMaxAge: 5, staleWhileRevalidate: 60 })
      handler(req, res)
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server?.address() as AddressInfo).port}`
  }

  it('should mark a page Next served from its cache as storable by shared caches', async () => {
    const base = await serve((_req, res) => {
      res.setHeader('x-nextjs-cache', 'HIT')
      res.setHeader('cache-control', 's-maxage=60, stale-while-revalidate=31535940')
      res.end('page')
    })
    expect((await fetch(`${base}/fr/avis`)).headers.get('cache-control')).toBe(
      'public, s-maxage=5, stale-while-revalidate=60',
    )
    // Headers given to writeHead are rewritten too.
    const direct = await serve((_req, res) =>
      res.writeHead(200, { 'x-nextjs-cache': 'MISS', 'Cache-Control': 's-maxage=60' }).end('x'),
    )
    expect((await fetch(`${direct}/en`)).headers.get('cache-control')).toBe(
      'public, s-maxage=5, stale-while-revalidate=60',
    )
  })

  it.each([
    [
      'a page rendered per request',
      { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' },
      {},
    ],
    ['an answer setting a cookie', { 'x-nextjs-cache': 'HIT', 'set-cookie': 'a=1' }, {}],
    [
      'a staff preview',
      { 'x-nextjs-cache': 'HIT', 'cache-control': 's-maxage=60' },
      { cookie: '__prerender_bypass=1' },
    ],
  ])('should leave %s as Next sent it', async (_label, headers, requestHeaders) => {
    const base = await serve((_req, res) => {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
      res.end('x')
    })
    const response = await fetch(`${base}/fr/mon-dossier`, { headers: requestHeaders })
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/public/)
  })
})
