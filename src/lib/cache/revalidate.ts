import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

type AnyHook = CollectionAfterChangeHook & CollectionAfterDeleteHook & GlobalAfterChangeHook

/**
 * Builds an after-change/after-delete hook that expires the given cache tags, so the public site
 * shows an edit on the next request. Skipped when `context.disableRevalidate` is set (seeding,
 * tests) and outside a Next server, where there is no cache to expire.
 */
export const revalidateCacheTags = (tagsFor: (doc: unknown) => string[]): AnyHook =>
  (async ({ doc, req }: Parameters<AnyHook>[0]) => {
    if (req.context?.disableRevalidate) return doc
    try {
      const { revalidateTag } = await import('next/cache')
      // Expire at once: editors expect to see what they published on the next page view.
      for (const tag of tagsFor(doc)) revalidateTag(tag, { expire: 0 })
    } catch (err) {
      // Outside a Next request (scripts, jobs) there is no incremental cache to expire here; a job
      // worker sharing the servers' cache in Redis expires the tags there (scripts/worker.ts), so a
      // scheduled publication it runs shows on every server.
      const expireShared = (
        globalThis as { __villeOuverteExpireTags?: (tags: string[]) => Promise<void> }
      ).__villeOuverteExpireTags
      if (expireShared)
        await expireShared(tagsFor(doc)).catch((error: unknown) =>
          req.payload.logger.error({ err: error, msg: 'shared cache expiry failed' }),
        )
      else req.payload.logger.debug({ err, msg: 'cache revalidation skipped' })
    }
    return doc
  }) as AnyHook
