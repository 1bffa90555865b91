import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import type { ResolvedOptions } from '../types'
import { hashApiKey, isApiKeyShape } from './apiKeys'

export type Open311Client = { id: number; name: string; active?: boolean | null; rateLimit: number }

/** The client holding this API key (active or not), or null. Looked up by the key's SHA-256 hash. */
export const findClientByKey = async (payload: Payload, options: ResolvedOptions, apiKey: unknown): Promise<Open311Client | null> => {
  if (!isApiKeyShape(apiKey)) return null
  const { docs } = await payload.find({
    collection: options.open311ClientsCollection as 'open311-clients',
    where: { keyHash: { equals: hashApiKey(apiKey) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { name: true, active: true, rateLimit: true },
  })
  return (docs[0] as unknown as Open311Client | undefined) ?? null
}

/** The table of the plugin's migration (rate-limiter-flexible's layout), in the plugin's own schema. */
const rateLimitSchema = 'service_requests'
const rateLimitTable = 'open311_rate_limits'

// One limiter per distinct limit (clients share the table, each under its own key).
const limiters = new WeakMap<Payload, Map<number, RateLimiterPostgres>>()
const limiterFor = (payload: Payload, perMinute: number) => {
  let byLimit = limiters.get(payload)
  if (!byLimit) limiters.set(payload, (byLimit = new Map()))
  let limiter = byLimit.get(perMinute)
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: (payload.db as unknown as { pool: unknown }).pool,
      storeType: 'pool',
      schemaName: rateLimitSchema,
      tableName: rateLimitTable,
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: 'o311',
      points: perMinute,
      duration: 60,
    })
    byLimit.set(perMinute, limiter)
  }
  return limiter
}

/**
 * Counts one call for this client against its per-minute limit, in Postgres (every web server
 * shares the counts). Returns the seconds to wait when over the limit, else null. A failing store
 * is logged and lets the call through: it must not turn into a 500 nor lock partners out.
 */
export const consumeClientCall = async (payload: Payload, client: Open311Client): Promise<number | null> => {
  const perMinute = Math.max(1, Math.floor(Number(client.rateLimit) || 60))
  try {
    await limiterFor(payload, perMinute).consume(String(client.id))
    return null
  } catch (err) {
    if (err instanceof RateLimiterRes) return Math.max(1, Math.ceil(err.msBeforeNext / 1000))
    payload.logger.error({ err, msg: 'open311: rate limiter store failed' })
    return null
  }
}
