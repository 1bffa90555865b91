/**
 * Expiring the host's cache tags from a plugin, inside a Next server or outside it.
 *
 * Next's cache functions are imported once, lazily: a dynamic `import()` on every call goes
 * through the module loader each time, and the Payload CLI, the scripts and the tests load the
 * plugins without a Next server. Outside a Next request `revalidateTag` throws: there the host may
 * have registered its own expiry (a job worker sharing the web servers' cache in Redis does:
 * scripts/worker.ts sets `globalThis.__villeOuverteExpireTags`), which is called instead; without
 * one there is no cache to expire.
 */
let nextApis: Promise<[typeof import('next/server'), typeof import('next/cache')]> | null = null
export const loadNextApis = () =>
  (nextApis ??= Promise.all([import('next/server'), import('next/cache')]))

type OutsideNextExpiry = (tags: string[]) => Promise<void>
const outsideNextExpiry = () =>
  (globalThis as { __villeOuverteExpireTags?: OutsideNextExpiry }).__villeOuverteExpireTags

/** Expires `tags` at once: the next request on any server renders afresh. */
export const expireTags = async (tags: string[]): Promise<void> => {
  try {
    const [, { revalidateTag }] = await loadNextApis()
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch {
    await outsideNextExpiry()?.(tags)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const scheduled = new Set<string>()
const lastExpired = new Map<string, number>()

/**
 * Expires a tag after the response is sent (Next's `after`), at most once per `windowMs`: 200
 * answers or signatures in a second expire a page once or twice, not 200 times, and nobody waits
 * for it. An answer arriving while an expiry is scheduled is covered by it (its row was written
 * before), so the page is never more than `windowMs` behind. Outside a Next request: nothing to do.
 */
export const expireSoon = async (tag: string, windowMs = 1000) => {
  if (scheduled.has(tag)) return
  scheduled.add(tag)
  try {
    const [{ after }, { revalidateTag }] = await loadNextApis()
    after(async () => {
      try {
        const wait = (lastExpired.get(tag) ?? 0) + windowMs - Date.now()
        if (wait > 0) await sleep(wait)
        scheduled.delete(tag)
        lastExpired.set(tag, Date.now())
        revalidateTag(tag, { expire: 0 })
      } catch {
        scheduled.delete(tag)
      }
    })
  } catch {
    // Outside a Next request there is no incremental cache.
    scheduled.delete(tag)
  }
}
