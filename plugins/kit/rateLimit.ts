import { isIP } from 'node:net'

import { sql } from '@payloadcms/db-postgres'

/**
 * Fixed-window rate limits counted in Postgres, so every web server shares them (the sign-in
 * limits of citizen-accounts use rate-limiter-flexible over the same idea; this one is one SQL
 * statement and no dependency). A plugin keeps the table in its own schema (`rateLimitTableSql`
 * in its migrations) and counts a hit with `consumeRateLimit`: one upsert that starts a new window
 * once the last one ended, so concurrent hits on one key are ordered by the row lock and each sees
 * its own count. A window allows `points` hits; at its edge a burst of up to twice that can pass.
 */

export type RateRule = { points: number; seconds: number }

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

const tableOf = (schema: string, table: string) =>
  sql`${sql.identifier(schema)}.${sql.identifier(table)}`

/** The counters' table (idempotent), for a plugin's migration. */
export const rateLimitTableSql = (schema: string, table: string) => sql`
  CREATE TABLE IF NOT EXISTS ${tableOf(schema, table)} (
    "key" text PRIMARY KEY,
    "hits" integer NOT NULL,
    "resets_at" timestamptz NOT NULL
  );
  CREATE INDEX IF NOT EXISTS ${sql.identifier(`${table}_resets_at_idx`)}
    ON ${tableOf(schema, table)} ("resets_at");`

/**
 * Counts one hit on `key` under `rule` and says whether it stays within it. A failing store is
 * logged by the caller's `onError` and lets the hit through: a broken counter must not stop
 * residents, nor reach them as a 500. Now and then (1 hit in 200) windows ended a day ago are
 * removed, so the table stays the size of the last day's keys.
 */
export const consumeRateLimit = async ({
  db,
  schema,
  table,
  key,
  rule,
  onError,
}: {
  db: Executor
  schema: string
  table: string
  key: string
  rule: RateRule
  onError?: (err: unknown) => void
}): Promise<{ isAllowed: boolean; hits: number }> => {
  const target = tableOf(schema, table)
  try {
    const { rows } = await db.execute(sql`
      INSERT INTO ${target} AS r ("key", "hits", "resets_at")
      VALUES (${key}, 1, now() + make_interval(secs => ${rule.seconds}))
      ON CONFLICT ("key") DO UPDATE SET
        "hits" = CASE WHEN r."resets_at" <= now() THEN 1 ELSE r."hits" + 1 END,
        "resets_at" = CASE WHEN r."resets_at" <= now() THEN excluded."resets_at" ELSE r."resets_at" END
      RETURNING "hits"`)
    if (Math.random() < 1 / 200)
      await db.execute(sql`DELETE FROM ${target} WHERE "resets_at" < now() - interval '1 day'`)
    const hits = Number(rows[0]?.hits ?? 1)
    return { isAllowed: hits <= rule.points, hits }
  } catch (err) {
    onError?.(err)
    return { isAllowed: true, hits: 0 }
  }
}

/**
 * The network an address belongs to, as far as rate limits and burst views need it: IPv4 /24
 * (`203.0.113.0/24`), IPv6 /48 (`2001:db8:1::/48`); an IPv4-mapped IPv6 address counts as IPv4.
 * Null for anything that is not an IP address. Never the address itself: one home is not singled out.
 */
export const networkOf = (ip: string | null | undefined): string | null => {
  const value = (ip ?? '').trim().replace(/^\[|\]$/g, '')
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value)?.[1]
  const address = mapped ?? value
  const family = isIP(address)
  if (family === 4) return `${address.split('.').slice(0, 3).join('.')}.0/24`
  if (family !== 6) return null
  const [head = '', tail = ''] = address.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  // An embedded IPv4 tail (::1.2.3.4) takes two groups; it never reaches the first three.
  const width = (groups: string[]) => groups.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0)
  const groups = address.includes('::')
    ? [...left, ...Array(8 - width(left) - width(right)).fill('0'), ...right]
    : left
  const prefix = groups.slice(0, 3).map((g) => (parseInt(g, 16) || 0).toString(16))
  return `${prefix.join(':')}::/48`
}

/** The machine itself (127.0.0.0/8, ::1): a benchmark, a health check, a proxy on the same host. */
export const isLoopback = (ip: string | null | undefined) => {
  const value = (ip ?? '')
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/^::ffff:/i, '')
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(value) || value === '::1'
}

/** The domain of an email address, lowercased (`Jean@Exemple.CA` → `exemple.ca`); null without one. */
export const emailDomainOf = (email: string | null | undefined): string | null => {
  const at = (email ?? '').lastIndexOf('@')
  if (at < 0) return null
  const domain = (email ?? '')
    .slice(at + 1)
    .trim()
    .toLowerCase()
  return domain ? domain : null
}
