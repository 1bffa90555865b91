// @ts-check
/**
 * Next's cache for pages and tagged data (ISR), kept in this process's memory only.
 *
 * Next's default handler also writes rendered pages under .next/, where they outlive the server:
 * a page rendered against one database (a test run, yesterday's demo) would be served again
 * against another. Pages here are rendered on first request after each start and dropped when a
 * tag they used is revalidated (collection hooks do that on every edit). Several servers each
 * keep their own copy; a shared handler (Redis) is the step up for a large city (see README).
 */
const entries = new Map()
const revalidatedAt = new Map()
const maxEntries = Number(process.env.PAGE_CACHE_MAX_ENTRIES || 2000)

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
    const entry = entries.get(key)
    if (!entry) return null
    const tags = [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]
    for (const tag of tags) {
      const at = revalidatedAt.get(tag)
      if (at !== undefined && at >= entry.lastModified) {
        entries.delete(key)
        return null
      }
    }
    return entry
  }

  async set(key, data, ctx) {
    entries.delete(key)
    if (data === null) return
    entries.set(key, { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx) })
    // A Map iterates in insertion order: the first key is the least recently stored.
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value)
  }

  /** Every revalidation expires at once: an editor expects the next visitor to see the change. */
  async revalidateTag(tags) {
    const now = Date.now()
    for (const tag of [tags].flat()) revalidatedAt.set(tag, now)
  }

  resetRequestCache() {}
}

module.exports = MemoryCacheHandler
