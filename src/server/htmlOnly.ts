import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'

import { strictPagePolicy } from './securityHeaders'

/**
 * Public pages are delivered as plain HTML and CSS, without the React and Next.js client runtime.
 *
 * Every public page is a server component that works without JavaScript (forms are GET forms or
 * server actions, which post without it), so the runtime would only add client-side navigation —
 * at about 140 KB of compressed JavaScript and a second copy of the page (the RSC payload) inside
 * the HTML. On a resident's phone and data plan that is the largest cost of every visit. This layer
 * removes the runtime's scripts from public HTML responses and compresses the result.
 *
 * Kept: the site's own small inline scripts (text size), stylesheets, everything else in the page.
 * Not touched: the admin, the API, files, and staff previewing a draft (draft mode keeps the
 * runtime: the live preview refreshes through it).
 *
 * What is left runs no script but the site's own, so these pages get the strict
 * Content-Security-Policy (src/server/securityHeaders.ts), in place of next.config's frame-only one.
 */

const frameworkInlineScript = /^\s*(?:\(?self\.__next_f|\(globalThis\["TURBOPACK"\])/

/** Removes the Next.js runtime from an HTML page: its script files, their preloads, the RSC payload. */
export const stripFrameworkRuntime = (html: string): string =>
  html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (tag, attributes: string, body: string) => {
      if (/\bsrc="\/_next\//.test(attributes)) return ''
      if (!/\bsrc=/.test(attributes) && frameworkInlineScript.test(body)) return ''
      return tag
    })
    .replace(/<link\b[^>]*>/g, (tag) =>
      /\bas="script"/.test(tag) || /\brel="modulepreload"/.test(tag) ? '' : tag,
    )

const routerHeaders = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
]

/** Whether this request's HTML answer is delivered without the runtime. */
export const isHtmlOnlyRequest = (req: IncomingMessage): boolean => {
  if (!req.url || !/^\/(fr|en)(\/|\?|$)/.test(req.url)) return false
  if (routerHeaders.some((name) => req.headers[name] !== undefined)) return false
  // Draft mode (staff preview) keeps the runtime for the live-preview refresh.
  return !/(?:^|;\s*)__prerender_bypass=/.test(req.headers.cookie ?? '')
}

type Write = (...args: unknown[]) => boolean
type End = (...args: unknown[]) => ServerResponse

const toBuffer = (chunk: unknown, encoding?: unknown): Buffer | null => {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return null
  if (typeof chunk === 'string')
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
  return Buffer.from(chunk as Uint8Array)
}

/**
 * Prepares `res` so that the HTML Next writes is collected, stripped of the runtime, compressed for
 * this client and sent in one piece. Call it before handing the request to Next. Returns false
 * (and changes nothing) for requests it does not apply to.
 */
export const deliverHtmlOnly = (
  req: IncomingMessage,
  res: ServerResponse,
  { notFoundHtml }: { notFoundHtml?: (locale: string) => Promise<string | null> } = {},
): boolean => {
  if (!isHtmlOnlyRequest(req)) return false
  const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  // Next must hand over plain text: compression happens here, after the rewrite.
  delete req.headers['accept-encoding']

  const chunks: Buffer[] = []
  const write = res.write.bind(res) as Write
  const end = res.end.bind(res) as End
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse

  // Nothing may reach the client before the body is complete and rewritten.
  res.flushHeaders = () => {}
  // Headers are applied at the end, once the body is known; writeHead only records them.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((value) => value && typeof value === 'object') as
      OutgoingHttpHeaders | unknown[] | undefined
    if (Array.isArray(headers)) return writeHead(status, ...rest)
    res.statusCode = status
    for (const [name, value] of Object.entries(headers ?? {}))
      if (value !== undefined) res.setHeader(name, value)
    return res
  }) as ServerResponse['writeHead']
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    const buffer = toBuffer(chunk, typeof rest[0] === 'string' ? rest[0] : undefined)
    if (buffer) chunks.push(buffer)
    const callback = rest.find((value) => typeof value === 'function') as (() => void) | undefined
    callback?.()
    return true
  }) as ServerResponse['write']
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    const buffer = toBuffer(chunk, typeof rest[0] === 'string' ? rest[0] : undefined)
    if (buffer) chunks.push(buffer)
    const callback = [chunk, ...rest].find((value) => typeof value === 'function') as
      (() => void) | undefined
    // Node itself calls writeHead when the first byte goes out: give it back the real one.
    res.writeHead = writeHead as ServerResponse['writeHead']
    void finish(Buffer.concat(chunks), callback)
    return res
  }) as ServerResponse['end']

  const finish = async (collected: Buffer, callback?: () => void) => {
    let body = collected
    const type = String(res.getHeader('content-type') ?? '')
    const isAlreadyEncoded = res.getHeader('content-encoding') !== undefined
    if (type.startsWith('text/html') && !isAlreadyEncoded) {
      let html = body.toString('utf8')
      // Next's empty error shell for notFound(): send the real not-found page, still as a 404.
      if (res.statusCode === 404 && notFoundHtml && html.includes('id="__next_error__"')) {
        const locale = /^\/(fr|en)/.exec(req.url ?? '')?.[1] ?? 'fr'
        html = (await notFoundHtml(locale).catch(() => null)) ?? html
      }
      body = Buffer.from(stripFrameworkRuntime(html), 'utf8')
      res.removeHeader('link')
      res.setHeader('content-security-policy', strictPagePolicy)
    }
    if (
      acceptsGzip &&
      !isAlreadyEncoded &&
      body.length > 1024 &&
      /^(text\/|application\/(json|xml|rss|atom))/.test(type)
    ) {
      body = gzipSync(body, { level: 6 })
      res.setHeader('content-encoding', 'gzip')
    }
    const vary = String(res.getHeader('vary') ?? '')
    if (!/accept-encoding/i.test(vary))
      res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
    res.removeHeader('transfer-encoding')
    if (req.method !== 'HEAD') res.setHeader('content-length', body.length)
    write(body)
    end(callback)
  }
  return true
}
