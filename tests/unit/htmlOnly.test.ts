import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'

import { afterEach, describe, expect, it } from 'vitest'

import { deliverHtmlOnly, stripFrameworkRuntime } from '../../src/server/htmlOnly'
import { createMicroCache } from '../../src/server/microCache'

const page = [
  '<!DOCTYPE html><html lang="fr-CA"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/_next/static/chunks/p.js" noModule=""></script>',
  '<script>try{var s=localStorage.getItem("taille-texte")}catch(e){}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>',
  '</head><body><main><h1>Avis publics</h1><a href="/fr/avis">Avis</a>',
  '<p>Fermeture de la rue Principale entre la 1re et la 3e Avenue pour des travaux d’aqueduc.</p>'.repeat(
    20,
  ),
  '</main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{\\"a\\":\\"\\u003c/script>\\"}"])</script>',
  '<script type="application/ld+json">{"@type":"GovernmentOrganization"}</script>',
  '</body></html>',
].join('')

describe('public pages without the client runtime', () => {
  it('should remove the runtime scripts, their preloads and the RSC payload, and keep everything else', () => {
    const html = stripFrameworkRuntime(page)
    expect(html).not.toContain('/_next/static/chunks/b.js')
    expect(html).not.toContain('noModule')
    expect(html).not.toContain('__next_f')
    expect(html).not.toContain('TURBOPACK')
    expect(html).toContain(
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    )
    expect(html).toContain('localStorage.getItem("taille-texte")')
    expect(html).toContain('<h1>Avis publics</h1><a href="/fr/avis">Avis</a>')
    expect(html).toContain('application/ld+json')
  })

  let server: http.Server | null = null
  afterEach(async () => {
    if (!server) return
    await new Promise((resolve) => server?.close(resolve))
    server = null
  })

  /** A real server: the handler stands in for Next, writing the page in pieces like a stream. */
  const start = async () => {
    let calls = 0
    const cache = createMicroCache({ ttlMs: 60_000 })
    server = http.createServer((req, res) => {
      if (cache.serveOrRecord(req, res)) return
      deliverHtmlOnly(req, res)
      calls++
      const acceptsGzip = req.headers['accept-encoding'] !== undefined
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.setHeader('x-nextjs-cache', 'HIT')
      res.setHeader('x-saw-accept-encoding', String(acceptsGzip))
      res.write(page.slice(0, 200))
      res.end(Buffer.from(page.slice(200)))
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server?.address() as AddressInfo).port}`
    const get = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
        (resolve, reject) => {
          http
            .get(`${base}${path}`, { headers }, (res) => {
              const chunks: Buffer[] = []
              res.on('data', (chunk: Buffer) => chunks.push(chunk))
              res.on('end', () =>
                resolve({
                  status: res.statusCode ?? 0,
                  headers: res.headers,
                  body: Buffer.concat(chunks),
                }),
              )
            })
            .on('error', reject)
        },
      )
    return { get, calls: () => calls }
  }

  it('should send public pages stripped and gzipped, and cache that answer per encoding', async () => {
    const { get, calls } = await start()
    const zipped = await get('/fr/avis', { 'accept-encoding': 'gzip, deflate, br' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers['x-saw-accept-encoding']).toBe('false')
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/)
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length)
    const html = gunzipSync(zipped.body).toString('utf8')
    expect(html).toBe(stripFrameworkRuntime(page))
    const again = await get('/fr/avis', { 'accept-encoding': 'gzip' })
    expect(again.headers['x-micro-cache']).toBe('HIT')
    expect(gunzipSync(again.body).toString('utf8')).toBe(html)
    const plain = await get('/fr/avis')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString('utf8')).toBe(html)
    expect(calls()).toBe(2)
  })

  it('should leave the admin, the API and a staff preview with the runtime', async () => {
    const { get } = await start()
    expect((await get('/admin')).body.toString('utf8')).toBe(page)
    expect(
      (await get('/fr/avis', { cookie: '__prerender_bypass=abc' })).body.toString('utf8'),
    ).toBe(page)
    expect((await get('/fr/avis', { rsc: '1' })).body.toString('utf8')).toBe(page)
  })
})

describe('not-found pages without JavaScript', () => {
  it('should replace the empty notFound() shell with the real not-found page, keeping the 404', async () => {
    const shell =
      '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script>self.__next_f.push([1,"x"])</script></body></html>'
    const server = http.createServer((req, res) => {
      deliverHtmlOnly(req, res, {
        notFoundHtml: async (locale) =>
          `<html lang="${locale}"><body><h1>Page introuvable</h1></body></html>`,
      })
      res.statusCode = 404
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(shell)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const response = await fetch(
        `http://127.0.0.1:${(server.address() as AddressInfo).port}/en/nothing-here`,
      )
      expect(response.status).toBe(404)
      expect(await response.text()).toBe(
        '<html lang="en"><body><h1>Page introuvable</h1></body></html>',
      )
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
