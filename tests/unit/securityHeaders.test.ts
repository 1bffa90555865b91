import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'

import * as requestFormScripts from '../../plugins/service-requests/frontend/inlineScripts'
import { TextSizeControl, TextSizeHeadScript } from '../../src/components/TextSizeControl'
import * as textSizeScripts from '../../src/components/textSizeScripts'
import { deliverHtmlOnly } from '../../src/server/htmlOnly'
import { createMicroCache } from '../../src/server/microCache'
import {
  basePolicy,
  publicInlineScripts,
  scriptHash,
  securityHeaderRules,
  strictPagePolicy,
  strictPolicy,
  uploadResponseHeaders,
} from '../../src/server/securityHeaders'

const root = path.resolve(import.meta.dirname, '../..')

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part === name || part.startsWith(`${name} `))
    ?.slice(name.length)
    .trim()

const inlineScriptsOf = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes))
    .map(([, , body]) => body)

/** The headers Next would send for a URL, matched by Next's own path and `has` matchers (last rule wins). */
const headersFor = (url: string, { cookie }: { cookie?: string } = {}) => {
  const { pathname, searchParams } = new URL(url, 'http://ville.example')
  const query = Object.fromEntries(searchParams)
  const req = { headers: cookie ? { cookie } : {} } as Parameters<typeof matchHas>[0]
  const headers: Record<string, string> = {}
  for (const rule of securityHeaderRules()) {
    if (!getPathMatch(rule.source, { strict: true, removeUnnamedParams: true })(pathname)) continue
    if (rule.has && !matchHas(req, query, rule.has, [])) continue
    for (const { key, value } of rule.headers) headers[key.toLowerCase()] = value
  }
  return headers
}

describe('the strict policy of public pages', () => {
  it('should allow by hash exactly the inline scripts the components render, with no unsafe-inline', () => {
    const html = renderToStaticMarkup(
      createElement(
        'html',
        null,
        createElement('head', null, createElement(TextSizeHeadScript)),
        createElement(
          'body',
          null,
          createElement(TextSizeControl, {
            labels: { group: 'Taille', normal: 'Normal', large: 'Grand', xlarge: 'Très grand' },
          }),
        ),
      ),
    )
    const rendered = inlineScriptsOf(html)
    expect(rendered).toHaveLength(2)
    const scriptSrc = directive(strictPagePolicy, 'script-src') ?? ''
    for (const script of rendered) expect(scriptSrc).toContain(scriptHash(script))
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic/)
    expect(directive(strictPagePolicy, 'style-src')).toBe("'self'")
    expect(directive(strictPagePolicy, 'frame-ancestors')).toBe("'none'")
    expect(directive(strictPagePolicy, 'object-src')).toBe("'none'")
    expect(directive(strictPagePolicy, 'base-uri')).toBe("'none'")
  })

  it('should compute the hash as browsers do (SHA-256 of the script text, base64), and refuse a changed script', () => {
    // The published hash of `alert(1)` (CSP references); the e2e spec checks it against Chromium's own.
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='")
    const scriptSrc = directive(strictPolicy(['a()']), 'script-src')
    expect(scriptSrc).toBe(`'self' ${scriptHash('a()')}`)
    expect(scriptSrc).not.toContain(scriptHash('a() '))
  })

  it('should list every inline script of the public site: each <script dangerouslySetInnerHTML> names a listed script', () => {
    const listed: Record<string, string> = {
      ...textSizeScripts,
      ...requestFormScripts,
    } as unknown as Record<string, string>
    const folders = [
      'src/app/(frontend)',
      'src/components',
      'src/blocks',
      ...fs.readdirSync(path.join(root, 'plugins')).map((name) => `plugins/${name}/frontend`),
    ]
    const found: string[] = []
    const walk = (folder: string) => {
      if (!fs.existsSync(folder)) return
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (/\.tsx$/.test(entry.name)) {
          const source = fs.readFileSync(full, 'utf8')
          for (const match of source.matchAll(
            /<script\b[^>]*dangerouslySetInnerHTML=\{\{\s*__html:\s*([A-Za-z0-9_]+)\s*\}\}/g,
          ))
            found.push(`${path.relative(root, full)} ${match[1]}`)
          // A script with its text written in place could not be hashed from a shared string.
          expect(source, full).not.toMatch(/<script\b[^>]*>\s*\{/)
        }
      }
    }
    for (const folder of folders) walk(path.join(root, folder))
    expect(found.length).toBeGreaterThanOrEqual(4)
    for (const entry of found) {
      const name = entry.split(' ')[1]
      expect(publicInlineScripts, entry).toContain(listed[name])
    }
  })
})

describe('the headers every answer carries (next.config headers())', () => {
  it('should forbid framing, sniffing and full cross-site Referers everywhere', () => {
    for (const url of [
      '/fr',
      '/en/news',
      '/admin',
      '/admin/login',
      '/api/news',
      '/api/media/file/plan.pdf',
      '/_next/static/chunks/a.css',
      '/js/request-form.js',
      '/robots.txt',
    ]) {
      const headers = headersFor(url)
      expect(headers['x-content-type-options'], url).toBe('nosniff')
      expect(headers['x-frame-options'], url).toBe('DENY')
      expect(directive(headers['content-security-policy'] ?? '', 'frame-ancestors'), url).toBe(
        "'none'",
      )
      expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin')
    }
    // No script policy for what keeps the runtime: the strict one is added where it is removed.
    expect(headersFor('/admin')['content-security-policy']).toBe(basePolicy)
    expect(headersFor('/fr')['content-security-policy']).toBe(basePolicy)
  })

  it('should let the site frame its own pages in draft mode and the preview switch, and nothing else', () => {
    const preview = headersFor('/fr/actualites/brouillon', {
      cookie: 'payload-token=x; __prerender_bypass=abc',
    })
    expect(directive(preview['content-security-policy'] ?? '', 'frame-ancestors')).toBe("'self'")
    expect(preview['x-frame-options']).toBe('SAMEORIGIN')
    expect(
      directive(
        headersFor('/fr/apercu?collection=news&slug=x')['content-security-policy'] ?? '',
        'frame-ancestors',
      ),
    ).toBe("'self'")
    expect(
      directive(
        headersFor('/admin', { cookie: '__prerender_bypass=abc' })['content-security-policy'] ?? '',
        'frame-ancestors',
      ),
    ).toBe("'none'")
  })

  it('should send no Referer from pages whose address holds a secret, and a normal one elsewhere', () => {
    for (const url of [
      '/fr/requetes/2026-000123?cle=abc',
      '/en/requests/2026-000123',
      '/fr/requetes/nouvelle',
      '/en/requests/new?brouillon=abc&etape=details',
      '/fr/requetes/2026-000123?token=abc',
      '/en/requests/new?draft=abc&step=details',
      '/api/service-requests-form/resume?draft=abc&step=review&locale=fr',
      '/fr/mon-dossier/connexion?returnTo=%2Fapi%2Fservice-requests-form%2Fresume%3Fdraft%3Dabc',
      '/fr/mon-dossier/confirmation?token=abc',
      '/en/my-account/reset-password?token=abc',
      '/fr/mon-dossier/confirmer-alertes?token=abc',
      '/fr/mon-dossier/connexion?returnTo=%2Ffr%2Frequetes%2Fnouvelle%3Fbrouillon%3Dabc',
      '/fr/mon-dossier/connexion?retour=%2Ffr%2Frequetes%2Fnouvelle%3Fbrouillon%3Dabc',
      '/api/request-photos/file/photo.jpg?cle=abc',
      '/api/request-photos/file/photo.jpg?token=abc',
      '/api/citizens/unsubscribe?c=1&s=abc',
      '/admin/reset/abc',
      '/admin/users/verify/abc',
    ]) {
      expect(headersFor(url)['referrer-policy'], url).toBe('no-referrer')
    }
    // The public list, also at the cached address the proxy rewrites it to, holds no secret.
    for (const url of [
      '/fr/requetes',
      '/en/requests?statut=open',
      '/fr/requetes/_q/-',
      '/en/requetes/_q/type%3D1',
      '/fr/mon-dossier/connexion',
      '/fr/avis',
    ]) {
      expect(headersFor(url)['referrer-policy'], url).toBe('strict-origin-when-cross-origin')
    }
  })

  it('should give API answers and uploaded files a policy of their own', () => {
    expect(directive(headersFor('/api/news')['content-security-policy'] ?? '', 'default-src')).toBe(
      "'none'",
    )
    const upload = headersFor('/api/media/file/plan-2027.pdf')['content-security-policy'] ?? ''
    expect(upload).toMatch(/(^|; )sandbox(;|$)/)
    expect(directive(upload, 'default-src')).toBe("'none'")
    expect(
      headersFor('/api/request-photos/file/photo-320x240.jpg')['content-security-policy'],
    ).toBe(upload)
  })
})

describe("uploaded files (the upload collections' modifyResponseHeaders)", () => {
  it('should serve a PDF (and anything that is not a plain image) as an attachment, an image inline', () => {
    const pdf = uploadResponseHeaders({
      headers: new Headers({ 'Content-Type': 'application/pdf' }),
    })
    expect(pdf.get('content-disposition')).toBe('attachment')
    expect(pdf.get('x-content-type-options')).toBe('nosniff')
    expect(
      uploadResponseHeaders({ headers: new Headers({ 'Content-Type': 'image/svg+xml' }) }).get(
        'content-disposition',
      ),
    ).toBe('attachment')
    expect(
      uploadResponseHeaders({ headers: new Headers({ 'Content-Type': 'text/html' }) }).get(
        'content-disposition',
      ),
    ).toBe('attachment')
    const image = uploadResponseHeaders({ headers: new Headers({ 'Content-Type': 'image/webp' }) })
    expect(image.get('content-disposition')).toBeNull()
    expect(image.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('the strict policy on the wire (htmlOnly, micro-cache)', () => {
  let server: http.Server | null = null
  afterEach(async () => {
    if (!server) return
    await new Promise((resolve) => server?.close(resolve))
    server = null
  })

  it('should replace the frame-only policy with the strict one on public HTML, from the micro-cache too, and leave the admin and a preview alone', async () => {
    const page = `<!DOCTYPE html><html><head>${renderToStaticMarkup(createElement(TextSizeHeadScript))}</head><body><h1>Avis</h1><script>self.__next_f.push([1,"x"])</script></body></html>`
    const cache = createMicroCache({ ttlMs: 60_000 })
    server = http.createServer((req, res) => {
      if (cache.serveOrRecord(req, res)) return
      deliverHtmlOnly(req, res)
      // What next.config's headers() gives every answer, before the page is rendered.
      for (const [key, value] of Object.entries(
        headersFor(req.url ?? '/', { cookie: req.headers.cookie }),
      ))
        res.setHeader(key, value)
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.setHeader('x-nextjs-cache', 'HIT')
      res.end(page)
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const first = await fetch(`${base}/fr/avis`)
    expect(first.headers.get('content-security-policy')).toBe(strictPagePolicy)
    const html = await first.text()
    expect(
      inlineScriptsOf(html)
        .map(scriptHash)
        .every((hash) => strictPagePolicy.includes(hash)),
    ).toBe(true)
    const again = await fetch(`${base}/fr/avis`)
    expect(again.headers.get('x-micro-cache')).toBe('HIT')
    expect(again.headers.get('content-security-policy')).toBe(strictPagePolicy)
    expect(again.headers.get('x-content-type-options')).toBe('nosniff')
    // The runtime stays for the admin and a staff preview: so does the frame-only policy.
    expect((await fetch(`${base}/admin`)).headers.get('content-security-policy')).toBe(basePolicy)
    const preview = await fetch(`${base}/fr/avis`, {
      headers: { cookie: '__prerender_bypass=abc; payload-token=x' },
    })
    expect(directive(preview.headers.get('content-security-policy') ?? '', 'frame-ancestors')).toBe(
      "'self'",
    )
    expect(
      directive(preview.headers.get('content-security-policy') ?? '', 'script-src'),
    ).toBeUndefined()
  })
})
