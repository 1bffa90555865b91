import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { LRUCache } from 'lru-cache'

import { internalIndexPath } from './pageQuery'

/**
 * A one-second page cache in front of Next, for public pages: the same idea as nginx
 * "micro-caching". Next already serves these pages from its own cache (ISR), but its request
 * pipeline costs about a millisecond of CPU per hit; this answers repeat hits straight from memory.
 * A page is stored only when Next itself marked it cacheable (`x-nextjs-cache`: the same page for
 * everyone), never with a cookie being set, never for private or no-store responses, and only for
 * TTL milliseconds, so an edit still shows on the site within a second of Next's own revalidation.
 *
 * Signed-in residents share it: a page Next cached does not depend on who asks (the public pages
 * read no cookie), so a session cookie changes nothing. Draft mode (staff previews), API tokens
 * and the router's own requests never do. The key is the page's canonical address
 * (src/server/pageQuery.ts): the parameters a section index understands, in order, and no query
 * string at all for the other pages, whose cached render never reads one — so `?x=random` cannot
 * add entries. Entries are bounded by count and by bytes.
 */
export type MicroCacheOptions = {
  /** @default 1000 */
  ttlMs?: number
  /** @default 500 */
  maxEntries?: number
  /** @default 16 MB */
  maxBytes?: number
  /** @default 2_000_000 */
  maxBodyBytes?: number
  now?: () => number
}

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; storedAt: number }

const routerHeaders = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
]
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'date',
])

/** The key a request is cached under, or null when its answer may differ per visitor. */
export const cacheKeyFor = (req: IncomingMessage): string | null => {
  if (req.method !== 'GET' || !req.url || !/^\/(fr|en)(\/|\?|$)/.test(req.url)) return null
  const { headers } = req
  if (routerHeaders.some((name) => headers[name] !== undefined)) return null
  if (headers.authorization) return null
  // Draft mode: a staff member previewing drafts sees pages nobody else may.
  if (headers.cookie && /(?:^|;\s*)__prerender_bypass=/.test(headers.cookie)) return null
  const encoding = /\bgzip\b/.test(String(headers['accept-encoding'] ?? '')) ? 'gzip' : 'identity'
  return `${encoding} ${canonicalPath(req.url)}`
}

/** The address Next caches a page under: a section index's internal path, else the path alone. */
export const canonicalPath = (url: string): string => {
  const queryAt = url.indexOf('?')
  const pathname = queryAt < 0 ? url : url.slice(0, queryAt)
  const search = new URLSearchParams(queryAt < 0 ? '' : url.slice(queryAt + 1))
  return internalIndexPath(pathname, search) ?? pathname
}

export const isStorable = (status: number, headers: OutgoingHttpHeaders): boolean =>
  status === 200 &&
  headers['x-nextjs-cache'] !== undefined &&
  headers['set-cookie'] === undefined &&
  !/\b(private|no-store)\b/.test(String(headers['cache-control'] ?? ''))

export const createMicroCache = ({
  ttlMs = 1000,
  maxEntries = 500,
  maxBytes = 16 * 1024 * 1024,
  maxBodyBytes = 2_000_000,
  now = Date.now,
}: MicroCacheOptions = {}) => {
  const entries = new LRUCache<string, Entry>({
    max: maxEntries,
    maxSize: maxBytes,
    sizeCalculation: (entry) => entry.body.length + 512,
  })

  const lookup = (key: string): Entry | null => {
    const entry = entries.get(key)
    if (!entry) return null
    if (now() - entry.storedAt >= ttlMs) {
      entries.delete(key)
      return null
    }
    return entry
  }

  const store = (key: string, entry: Entry) => {
    if (entry.body.length > maxBodyBytes) return
    entries.set(key, entry)
  }

  /**
   * Answers from the cache when it can (returns true); otherwise records what the handler writes
   * so the next request can be answered from memory (returns false: call the handler).
   */
  const serveOrRecord = (req: IncomingMessage, res: ServerResponse): boolean => {
    const key = cacheKeyFor(req)
    if (!key) return false
    const hit = lookup(key)
    if (hit) {
      res.writeHead(hit.status, { ...hit.headers, 'x-micro-cache': 'HIT' })
      res.end(hit.body)
      return true
    }
    const chunks: Buffer[] = []
    let size = 0
    const toBuffer = (chunk: unknown, encoding?: unknown): Buffer | null => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return null
      if (typeof chunk === 'string')
        return Buffer.from(
          chunk,
          typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
        )
      return Buffer.from(chunk as Uint8Array)
    }
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      const buffer = toBuffer(chunk, rest[0])
      if (buffer && size <= maxBodyBytes) {
        chunks.push(buffer)
        size += buffer.length
      }
      return write(chunk, ...rest)
    }) as ServerResponse['write']
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      const buffer = toBuffer(chunk, rest[0])
      if (buffer) {
        chunks.push(buffer)
        size += buffer.length
      }
      const headers = res.getHeaders()
      if (isStorable(res.statusCode, headers) && size <= maxBodyBytes) {
        const kept: OutgoingHttpHeaders = {}
        for (const [name, value] of Object.entries(headers))
          if (!hopByHop.has(name) && value !== undefined) kept[name] = value
        store(key, {
          status: res.statusCode,
          headers: kept,
          body: Buffer.concat(chunks),
          storedAt: now(),
        })
      }
      return end(chunk, ...rest)
    }) as ServerResponse['end']
    return false
  }

  return {
    serveOrRecord,
    size: () => entries.size,
    bytes: () => entries.calculatedSize,
    keys: () => [...entries.keys()],
    clear: () => entries.clear(),
  }
}
