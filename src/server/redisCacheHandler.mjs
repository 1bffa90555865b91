// @ts-check
/**
 * Next's cache for pages and tagged data (ISR), shared by every web server through Redis: chosen by
 * next.config.ts only when REDIS_URL is set (src/server/cacheHandler.cjs, in memory, otherwise).
 *
 * A page rendered by server A is served by server B, and an edit saved on any server expires the
 * tag everywhere at once: `revalidateTag` deletes from Redis every entry that carries the tag (the
 * `redis-strings` handler of @fortedigital/nextjs-cache-handler keeps a tag map for that), so the
 * next request on any server renders afresh. Nothing is kept in process memory, so no server can
 * hold an older copy than Redis; the one-second micro-cache in front of Next (scripts/serve.ts) is
 * the only place a publish can stay hidden, for at most its lifetime (MICRO_CACHE_MS).
 *
 * Keys are prefixed with REDIS_KEY_PREFIX (default `ville-ouverte:`) and the build id: a page links
 * its build's CSS files, so servers of two builds (a rolling deploy) never serve each other's pages.
 * When Redis cannot be reached, reads miss (pages are rendered fresh: slower, never stale) and
 * writes are dropped; the client reconnects by itself. `next build` never connects: it keeps what
 * it renders in memory.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'

const isBuild = process.env.NEXT_PHASE === 'phase-production-build'

/** One client per process, however many times Next creates the handler. */
const connect = async () => {
  const client = createClient({
    url: process.env.REDIS_URL,
    pingInterval: 10_000,
    // Reconnect without end; meanwhile commands fail at once rather than queue behind the outage.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5_000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000),
    },
  })
  let lastError = ''
  client.on('error', (err) => {
    // One line per kind of failure, not one per reconnection attempt.
    if (String(err) !== lastError) console.error(`[redis cache] ${err}`)
    lastError = String(err)
  })
  client.on('ready', () => {
    if (lastError) console.error('[redis cache] connected again')
    lastError = ''
  })
  try {
    await client.connect()
  } catch (err) {
    // The reconnect strategy keeps trying; pages render without a cache until it succeeds.
    console.error(`[redis cache] not reachable at start: ${err}`)
  }
  return client
}

CacheHandler.onCreation(async ({ buildId }) => {
  if (isBuild) return { handlers: [createLruHandler()] }
  const global =
    /** @type {{ __villeOuverteRedis?: Promise<import('@redis/client').RedisClientType> }} */ (
      globalThis
    )
  global.__villeOuverteRedis ??= /** @type {Promise<any>} */ (connect())
  const client = await global.__villeOuverteRedis
  const keyPrefix = `${process.env.REDIS_KEY_PREFIX ?? 'ville-ouverte:'}${buildId ?? 'dev'}:`
  return {
    handlers: [
      createRedisHandler({ client: /** @type {any} */ (client), keyPrefix, timeoutMs: 2_000 }),
    ],
    // Pages live until an edit expires their tag (as with the in-memory handler); the TTL only
    // bounds how long an entry nobody asks for stays in Redis.
    ttl: { defaultStaleAge: 60 * 60 * 24 * 7, estimateExpireAge: (staleAge) => staleAge },
  }
})

export default CacheHandler
