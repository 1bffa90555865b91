import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { rateLimitSchema, rateLimitTable } from './lib/rateLimit'

/**
 * What the plugin keeps outside its collections, in its own Postgres schema `citizen_accounts`
 * (where Drizzle's schema comparison leaves it alone): the sign-in and form rate limits' counters
 * (lib/rateLimit.ts, the layout rate-limiter-flexible expects), shared by every web server. Its
 * collections' tables are the host's own migrations (`payload migrate:create`), as for any plugin;
 * this is the part no collection describes. Idempotent (`IF NOT EXISTS`): on a database that
 * already has it (this project's older migrations created the same table), it changes nothing.
 *
 * A host merges it into its migrations: `migrations: [...citizenAccountsMigrations(), ...own]`
 * (the list `payload migrate` runs).
 */
export const citizenAccountsMigrations = () => {
  const table = sql`${sql.identifier(rateLimitSchema)}.${sql.identifier(rateLimitTable)}`
  return [
    {
      name: '20261204_190000_citizen_accounts_own_schema',
      up: async ({ db }: MigrateUpArgs) => {
        await db.execute(sql`
          CREATE SCHEMA IF NOT EXISTS ${sql.identifier(rateLimitSchema)};
          CREATE TABLE IF NOT EXISTS ${table} (
            "key" varchar(255) PRIMARY KEY,
            "points" integer NOT NULL DEFAULT 0,
            "expire" bigint
          );`)
      },
      down: async ({ db }: MigrateDownArgs) => {
        await db.execute(sql`DROP SCHEMA IF EXISTS ${sql.identifier(rateLimitSchema)} CASCADE;`)
      },
    },
  ]
}
