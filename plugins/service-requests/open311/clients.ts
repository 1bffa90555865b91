import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import { relationId } from '../../kit/ids'
import type { ResolvedOptions } from '../types'
import type { Say } from './answers'
import { hashApiKey, isApiKeyShape } from './apiKeys'

export type Open311Client = {
  id: number
  name: string
  active?: boolean | null
  rateLimit: number
  /** Request types whose requests the key may update besides its own (ids at depth 0). */
  requestTypes?: (number | { id: number })[] | null
  /** `exact`: GET requests with this key reads civic addresses and exact points. */
  readPrecision?: 'public' | 'exact' | null
}

/** The client holding this API key (active or not), or null. Looked up by the key's SHA-256 hash. */
export const findClientByKey = async (
  payload: Payload,
  options: ResolvedOptions,
  apiKey: unknown,
): Promise<Open311Client | null> => {
  if (!isApiKeyShape(apiKey)) return null
  const { docs } = await payload.find({
    collection: options.open311ClientsCollection as 'open311-clients',
    where: { keyHash: { equals: hashApiKey(apiKey) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { name: true, active: true, rateLimit: true, requestTypes: true, readPrecision: true },
  })
  return (docs[0] as unknown as Open311Client | undefined) ?? null
}

/**
 * Whether a client's key may update a request: one its client created (`open311Client`, set by the
 * POST path only), or one of a type an administrator granted to the key. A resident's web request
 * or another partner's is out of reach otherwise.
 */
export const mayUpdateRequest = (
  client: Open311Client,
  request: { open311Client?: unknown; type?: unknown },
) => {
  if (relationId(request.open311Client) === client.id) return true
  const typeId = relationId(request.type)
  return (
    typeId !== null && (client.requestTypes ?? []).some((granted) => relationId(granted) === typeId)
  )
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
export const consumeClientCall = async (
  payload: Payload,
  client: Open311Client,
): Promise<number | null> => {
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

/**
 * The client behind an API key, active and under its per-minute limit, or the refusal to answer
 * (403 unknown or disabled key, 429 with the seconds to wait). Writes need a key; reads take one
 * when given (a trusted key reads exact places), and a wrong key is refused there too rather than
 * silently read as anonymous.
 */
export const checkApiKey = async (
  payload: Payload,
  options: ResolvedOptions,
  apiKey: string,
  say: Say,
): Promise<
  { client: Open311Client } | { status: 403 | 429; message: string; retryAfter?: number }
> => {
  const client = await findClientByKey(payload, options, apiKey)
  if (!client) return { status: 403, message: say('api_key invalide', 'Invalid api_key') }
  if (!client.active)
    return {
      status: 403,
      message: say('Ce client Open311 est désactivé', 'This Open311 client is disabled'),
    }
  const wait = await consumeClientCall(payload, client)
  if (wait !== null)
    return {
      status: 429,
      message: say(
        `Trop de requêtes : réessayez dans ${wait} s`,
        `Too many requests: retry in ${wait} s`,
      ),
      retryAfter: wait,
    }
  return { client }
}
