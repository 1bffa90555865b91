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
