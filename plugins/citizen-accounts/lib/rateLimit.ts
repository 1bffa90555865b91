import { createHash } from 'node:crypto'

import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import type { RateLimitRule } from '../types'

/**
 * The table the plugin's migration creates (the layout rate-limiter-flexible expects), in a schema
 * of its own so Payload's schema comparison never proposes to drop it.
 */
export const rateLimitSchema = 'citizen_accounts'
export const rateLimitTable = 'rate_limits'

type Limiters = { perIp: RateLimiterPostgres; perAccount: RateLimiterPostgres }
const byPayload = new WeakMap<Payload, Limiters>()

const limiter = (payload: Payload, prefix: string, rule: RateLimitRule) =>
  new RateLimiterPostgres({
    storeClient: (payload.db as unknown as { pool: unknown }).pool,
    storeType: 'pool',
    schemaName: rateLimitSchema,
    tableName: rateLimitTable,
    tableCreated: true,
    // Expired rows are removed by the limiter itself, once an hour.
    clearExpiredByTimeout: false,
    keyPrefix: prefix,
    points: rule.points,
    duration: rule.duration,
  })

const limitersFor = (payload: Payload, rules: { perIp: RateLimitRule; perAccount: RateLimitRule }): Limiters => {
  let limiters = byPayload.get(payload)
  if (!limiters) {
    limiters = { perIp: limiter(payload, 'ip', rules.perIp), perAccount: limiter(payload, 'acct', rules.perAccount) }
    byPayload.set(payload, limiters)
  }
  return limiters
}

/** Accounts are keyed by a hash of the lowercased email: the table never holds an address. */
export const accountKey = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32)

/**
 * Counts one attempt of `action` for this IP and (when given) this account. Returns false when
 * either is over its limit. Backed by Postgres so two web servers share the counts.
 */
export const consumeAttempt = async ({
  payload,
  rules,
  action,
  ip,
  email,
}: {
  payload: Payload
  rules: { perIp: RateLimitRule; perAccount: RateLimitRule }
  action: string
  ip: string
  email?: string
}): Promise<boolean> => {
  const limiters = limitersFor(payload, rules)
  try {
    await limiters.perIp.consume(`${action}:${ip}`)
    if (email) await limiters.perAccount.consume(`${action}:${accountKey(email)}`)
    return true
  } catch (err) {
    if (err instanceof RateLimiterRes) return false
    // The store failing must not lock residents out, nor let the error reach them as a 500.
    payload.logger.error({ err, msg: 'Rate limiter store failed' })
    return true
  }
}
