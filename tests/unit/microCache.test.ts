import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { createMicroCache } from '../../src/server/microCache'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void

let server: http.Server | null = null
let calls = 0
let clock = 0
let cache: ReturnType<typeof createMicroCache>

/** A real HTTP server: the handler stands in for Next, counting the requests that reach it. */
const start = async (handler: Handler, ttlMs = 1000) => {
  calls = 0
  clock = 0
  cache = createMicroCache({ ttlMs, now: () => clock })
  server = http.createServer((req, res) => {
    if (cache.serveOrRecord(req, res)) return
    calls++
    handler(req, res)
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}`
}

const isrPage: Handler = (_req, res) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('x-nextjs-cache', 'HIT')
  res.write('<html><body>')
  res.end(`page ${calls}</body></html>`)
}

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve))
  server = null
})

describe('micro-cache in front of Next', () => {
  it('should answer a repeat anonymous request from memory, with the same status, headers and body', async () => {
    const base = await start(isrPage)
    const first = await fetch(`${base}/fr`)
    const firstBody = await first.text()
    const second = await fetch(`${base}/fr`)
    expect(calls).toBe(1)
    expect(second.status).toBe(200)
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(second.headers.get('x-micro-cache')).toBe('HIT')
    expect(await second.text()).toBe(firstBody)
  })

  it('should go back to Next once the time to live has passed', async () => {
    const base = await start(isrPage, 1000)
    await fetch(`${base}/fr`)
    clock = 999
    await fetch(`${base}/fr`)
    expect(calls).toBe(1)
    clock = 1000
    expect(await (await fetch(`${base}/fr`)).text()).toContain('page 2')
    expect(calls).toBe(2)
  })

  it('should keep different URLs, index parameters and encodings apart', async () => {
    const base = await start(isrPage)
    await fetch(`${base}/fr`)
    await fetch(`${base}/en`)
    await fetch(`${base}/fr/actualites`)
    await fetch(`${base}/fr/actualites?page=2`)
    await fetch(`${base}/fr/avis?secteur=plateau`)
    await fetch(`${base}/fr`, { headers: { 'Accept-Encoding': 'identity' } })
    expect(calls).toBe(6)
  })

  it('should key pages on their canonical address: unknown parameters and their order add no entry', async () => {
    const base = await start(isrPage)
    for (const url of [
      '/fr',
      '/fr?utm_source=x',
      '/fr/avis?type=emergency&secteur=plateau',
      '/fr/avis?secteur=plateau&x=1&type=emergency',
      '/fr/avis?type=emergency&sector=plateau',
      '/fr/actualites?page=1',
      '/fr/actualites',
    ]) {
      await fetch(`${base}${url}`)
    }
    expect(calls).toBe(3)
    expect(cache.keys().toSorted()).toEqual([
      'gzip /fr',
      'gzip /fr/actualites/_q/-',
      'gzip /fr/avis/_q/sector%3Dplateau%26type%3Demergency',
    ])
  })

  it("should share a cached public page with a signed-in resident: the page Next cached is everyone's", async () => {
    const base = await start(isrPage)
    await fetch(`${base}/fr/avis`)
    const signedIn = await fetch(`${base}/fr/avis`, {
      headers: { cookie: 'a=1; payload-token=abc' },
    })
    expect(signedIn.headers.get('x-micro-cache')).toBe('HIT')
    expect(calls).toBe(1)
  })

  it.each([
    ['a staff preview (draft mode)', { cookie: 'a=1; __prerender_bypass=abc' }],
    ['an API token', { authorization: 'JWT abc' }],
    ['a client-side navigation (RSC)', { rsc: '1' }],
    ['a server action', { 'next-action': 'x' }],
  ])('should never share the answer to %s', async (_label, headers) => {
    const base = await start(isrPage)
    await fetch(`${base}/fr`, { headers })
    await fetch(`${base}/fr`, { headers })
    expect(calls).toBe(2)
  })

  it.each([
    [
      'a dynamic page (no x-nextjs-cache)',
      (_q: http.IncomingMessage, s: http.ServerResponse) => s.end('dynamic'),
    ],
    [
      'a response setting a cookie',
      (_q: http.IncomingMessage, s: http.ServerResponse) => {
        s.setHeader('x-nextjs-cache', 'HIT')
        s.setHeader('Set-Cookie', 'x=1')
        s.end('cookie')
      },
    ],
    [
      'a private response',
      (_q: http.IncomingMessage, s: http.ServerResponse) => {
        s.setHeader('x-nextjs-cache', 'HIT')
        s.setHeader('Cache-Control', 'private, no-cache')
        s.end('private')
      },
    ],
    [
      'a 404',
      (_q: http.IncomingMessage, s: http.ServerResponse) => {
        s.statusCode = 404
        s.setHeader('x-nextjs-cache', 'HIT')
        s.end('missing')
      },
    ],
  ])('should not store %s', async (_label, handler) => {
    const base = await start(handler)
    await fetch(`${base}/fr/x`)
    await fetch(`${base}/fr/x`)
    expect(calls).toBe(2)
  })

  it('should leave admin, API and POST requests alone', async () => {
    const base = await start(isrPage)
    for (const path of ['/admin', '/api/health', '/api/users']) {
      await fetch(`${base}${path}`)
      await fetch(`${base}${path}`)
    }
    await fetch(`${base}/fr`, { method: 'POST', body: 'x' })
    await fetch(`${base}/fr`, { method: 'POST', body: 'x' })
    expect(calls).toBe(8)
  })
})
