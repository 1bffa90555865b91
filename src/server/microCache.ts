import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

/**
 * A one-second page cache in front of Next, for anonymous public pages only: the same idea as
 * nginx "micro-caching". Next already serves these pages from its own cache (ISR), but its request
 * pipeline costs about a millisecond of CPU per hit; this answers repeat hits straight from memory.
 * A page is stored only when Next itself marked it cacheable (`x-nextjs-cache`), never with a
 * cookie being set, never for a signed-in visitor, never for private or no-store responses, and
 * only for TTL milliseconds, so an edit still shows on the site within a second of Next's own
 * revalidation.
 */
export type MicroCacheOptions = {
  /** @default 1000 */
  ttlMs?: number
  /** @default 500 */
  maxEntries?: number
  /** @default 2_000_000 */
  maxBodyBytes?: number
  now?: () => number
}

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; storedAt: number }

const routerHeaders = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action']
const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date'])

/** The key a request is cached under, or null when its answer may differ per visitor. */
export const cacheKeyFor = (req: IncomingMessage): string | null => {
  if (req.method !== 'GET' || !req.url || !/^\/(fr|en)(\/|\?|$)/.test(req.url)) return null
  const { headers } = req
  if (routerHeaders.some((name) => headers[name] !== undefined)) return null
  if (headers.authorization) return null
  if (headers.cookie && /(?:^|;\s*)payload-token=/.test(headers.cookie)) return null
  const encoding = /\bgzip\b/.test(String(headers['accept-encoding'] ?? '')) ? 'gzip' : 'identity'
  return `${encoding} ${req.url}`
}

export const isStorable = (status: number, headers: OutgoingHttpHeaders): boolean =>
  status === 200 &&
  headers['x-nextjs-cache'] !== undefined &&
  headers['set-cookie'] === undefined &&
  !/\b(private|no-store)\b/.test(String(headers['cache-control'] ?? ''))

export const createMicroCache = ({
  ttlMs = 1000,
  maxEntries = 500,
  maxBodyBytes = 2_000_000,
  now = Date.now,
}: MicroCacheOptions = {}) => {
  const entries = new Map<string, Entry>()

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
    entries.delete(key)
    entries.set(key, entry)
    // Map keeps insertion order: the first key is the oldest.
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
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
      if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
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
        for (const [name, value] of Object.entries(headers)) if (!hopByHop.has(name) && value !== undefined) kept[name] = value
        store(key, { status: res.statusCode, headers: kept, body: Buffer.concat(chunks), storedAt: now() })
      }
      return end(chunk, ...rest)
    }) as ServerResponse['end']
    return false
  }

  return { serveOrRecord, size: () => entries.size, clear: () => entries.clear() }
}
