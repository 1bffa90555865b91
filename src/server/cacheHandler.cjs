// @ts-check
/**
 * Next's cache for pages and tagged data (ISR), kept in this process's memory only, bounded by
 * bytes (least recently used first out).
 *
 * Next's default handler also writes rendered pages under .next/, where they outlive the server:
 * a page rendered against one database (a test run, yesterday's demo) would be served again
 * against another. Pages here are rendered on first request after each start and dropped when a
 * tag they used is revalidated (collection hooks do that on every edit). Several servers each
 * keep their own copy; a shared handler (Redis) is the step up for a large city (see README).
 *
 * The bound is what keeps memory flat however many pages are visited (2,200 address pages, every
 * filter combination of every index): PAGE_CACHE_MAX_MB (default 64) counts the HTML, RSC payload
 * and data each entry holds. PAGE_CACHE_STATS=1 keeps per-key store counts for the tests and the
 * benchmark (scripts/serve.ts answers them on /_cache-stats).
 */
const { LRUCache } = require('lru-cache')

const maxBytes = Math.max(1, Number(process.env.PAGE_CACHE_MAX_MB || 64)) * 1024 * 1024
const maxEntries = Number(process.env.PAGE_CACHE_MAX_ENTRIES || 5000)
const isCounting = process.env.PAGE_CACHE_STATS === '1'

/** Roughly the bytes a cached value holds: strings and buffers, a few levels deep. */
const sizeOf = (value, depth = 0) => {
  if (value === null || value === undefined) return 0
  if (typeof value === 'string') return value.length
  if (typeof value !== 'object') return 8
  if (ArrayBuffer.isView(value)) return value.byteLength
  if (depth > 5) return 64
  let size = 64
  if (value instanceof Map) {
    for (const [key, item] of value) size += sizeOf(key, depth + 1) + sizeOf(item, depth + 1)
    return size
  }
  for (const key of Object.keys(value)) size += key.length + sizeOf(value[key], depth + 1)
  return size
}

/**
 * One store per process, shared through globalThis: Next may load this file more than once (it
 * constructs a handler per request context), and the server reads the same figures.
 */
const storeKey = Symbol.for('ville-ouverte.page-cache')
const store =
  globalThis[storeKey] ??
  (globalThis[storeKey] = {
    entries: new LRUCache({
      max: maxEntries,
      maxSize: maxBytes,
      sizeCalculation: (entry) => Math.max(1, entry.size),
    }),
    revalidatedAt: new Map(),
    /** key → how many times it was stored (a render, or a data read), with PAGE_CACHE_STATS=1. */
    sets: new Map(),
  })

/** Tags an entry depends on: those given when it was stored and those Next wrote into a page. */
const tagsOf = (data, ctx) => {
  const tags = new Set(ctx?.tags ?? [])
  const header = data?.headers?.['x-next-cache-tags']
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag)
  return [...tags]
}

class MemoryCacheHandler {
  constructor(options) {
    this.options = options
  }

  async get(key, ctx) {
    const entry = store.entries.get(key)
    if (!entry) return null
    const tags = [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]
    for (const tag of tags) {
      const at = store.revalidatedAt.get(tag)
      if (at !== undefined && at >= entry.lastModified) {
        store.entries.delete(key)
        return null
      }
    }
    return entry
  }

  async set(key, data, ctx) {
    store.entries.delete(key)
    if (data === null) return
    const entry = { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx), size: 0 }
    entry.size = sizeOf(data) + key.length + 128
    // An entry larger than the whole bound is not kept (lru-cache refuses it).
    store.entries.set(key, entry)
    if (isCounting) store.sets.set(key, (store.sets.get(key) ?? 0) + 1)
  }

  /** Every revalidation expires at once: an editor expects the next visitor to see the change. */
  async revalidateTag(tags) {
    const now = Date.now()
    for (const tag of [tags].flat()) store.revalidatedAt.set(tag, now)
  }

  resetRequestCache() {}
}

module.exports = MemoryCacheHandler
