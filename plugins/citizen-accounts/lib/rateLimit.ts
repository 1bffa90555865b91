import { createHash } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

import type { RateLimitRule, ResolvedOptions } from '../types'

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

const limitersFor = (
  payload: Payload,
  rules: { perIp: RateLimitRule; perAccount: RateLimitRule },
): Limiters => {
  let limiters = byPayload.get(payload)
  if (!limiters) {
    limiters = {
      perIp: limiter(payload, 'ip', rules.perIp),
      perAccount: limiter(payload, 'acct', rules.perAccount),
    }
    byPayload.set(payload, limiters)
  }
  return limiters
}

/** Accounts are keyed by a hash of the lowercased email: the table never holds an address. */
export const accountKey = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32)

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

/** Failed sign-ins for one account from one address: `maxLoginAttempts` within `lockTime`. */
const signInLimiters = new WeakMap<Payload, RateLimiterPostgres>()
const signInPrefix = 'signin'

const signInLimiterFor = (payload: Payload, options: ResolvedOptions) => {
  let found = signInLimiters.get(payload)
  if (!found) {
    found = limiter(payload, signInPrefix, {
      points: options.maxLoginAttempts,
      duration: Math.ceil(options.lockTime / 1000),
    })
    signInLimiters.set(payload, found)
  }
  return found
}

const signInKeys = ({ action, ip, email }: { action: string; ip: string; email: string }) => ({
  ip: `${action}:${ip}`,
  accountAndIp: `${action}:${accountKey(email)}:${ip}`,
})

type SignInAttempt = {
  payload: Payload
  options: ResolvedOptions
  action: string
  ip: string
  email: string
}

/**
 * Counts a sign-in attempt before the password is checked (so guesses sent at once cannot slip
 * past the count): against the address (`rateLimits.perIp`) and against this account from this
 * address (`maxLoginAttempts` within `lockTime`). A success gives both back (`signInSucceeded`), so
 * what the counts hold are failures. Never per account alone: failing from elsewhere cannot lock
 * anyone out, while each address gets `maxLoginAttempts` guesses per account and `perIp` in all.
 * Returns false when either is used up. A failing store is logged and lets the attempt through.
 */
export const chargeSignIn = async ({
  payload,
  options,
  action,
  ip,
  email,
}: SignInAttempt): Promise<boolean> => {
  const keys = signInKeys({ action, ip, email })
  try {
    await limitersFor(payload, options.rateLimits).perIp.consume(keys.ip)
    if (email) await signInLimiterFor(payload, options).consume(keys.accountAndIp)
    return true
  } catch (err) {
    if (err instanceof RateLimiterRes) return false
    payload.logger.error({ err, msg: 'Rate limiter store failed' })
    return true
  }
}

type Executor = { execute: (query: unknown) => Promise<unknown> }

/**
 * A successful sign-in (or password reset) from this address: its failures for this account are
 * forgotten and the address gets its attempt back. Through `req`'s transaction when there is one
 * (Payload's login runs its hooks inside one: a second pool connection there could starve the pool).
 */
export const signInSucceeded = async ({
  payload,
  action,
  ip,
  email,
  req,
}: Omit<SignInAttempt, 'options'> & { req?: PayloadRequest }) => {
  const keys = signInKeys({ action, ip, email })
  const db = payload.db as unknown as {
    drizzle: Executor
    sessions?: Record<string, { db: Executor }>
  }
  const transactionID = req ? await req.transactionID : undefined
  const executor =
    (transactionID !== undefined && db.sessions?.[String(transactionID)]?.db) || db.drizzle
  const table = sql`${sql.identifier(rateLimitSchema)}.${sql.identifier(rateLimitTable)}`
  try {
    await executor.execute(
      sql`DELETE FROM ${table} WHERE key = ${`${signInPrefix}:${keys.accountAndIp}`}`,
    )
    await executor.execute(
      sql`UPDATE ${table} SET points = points - 1 WHERE key = ${`ip:${keys.ip}`} AND points > 0`,
    )
  } catch (err) {
    payload.logger.error({ err, msg: 'Rate limiter store failed' })
  }
}
