import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { resolveOptions } from './defaults'
import type { ServiceRequestsOptions } from './types'

/** A collection's table, as Payload's Postgres adapter names it (`request-types` → `request_types`). */
const tableOf = (slug: string) => sql.identifier(slug.replace(/-/g, '_'))

/**
 * What the plugin keeps outside its collections, in its own Postgres schema `service_requests`
 * (where Drizzle's schema comparison leaves it alone): the tracking-number sequence (shared by
 * every server, so two never give the same number), the "me too" followers, the Open311 rate
 * limiter's counters and the updates Open311 clients already sent. Its collections' tables are the
 * host's own migrations (`payload migrate:create`), as for any plugin; this is the part no
 * collection describes. Idempotent (`IF NOT EXISTS`): on a database that already has it (this
 * project's older migrations created the same objects), it changes nothing.
 *
 * A host merges it into its migrations: `migrations: [...serviceRequestsMigrations(), ...own]`
 * (the list `payload migrate` runs), after the migration that creates the collections' tables.
 */
export const serviceRequestsMigrations = (options: ServiceRequestsOptions = {}) => {
  const resolved = resolveOptions(options)
  const requests = tableOf(resolved.requestsCollection)
  const citizens = tableOf(resolved.citizensCollection)
  return [
    {
      name: '20261203_200000_service_requests_own_schema',
      up: async ({ db }: MigrateUpArgs) => {
        await db.execute(sql`
          CREATE SCHEMA IF NOT EXISTS "service_requests";
          CREATE SEQUENCE IF NOT EXISTS "service_requests"."tracking_number_seq" START 1;
          CREATE TABLE IF NOT EXISTS "service_requests"."followers" (
            "request_id" integer NOT NULL REFERENCES "public".${requests}("id") ON DELETE CASCADE,
            "follower_key" varchar NOT NULL,
            "citizen_id" integer REFERENCES "public".${citizens}("id") ON DELETE CASCADE,
            "ip_key" varchar,
            "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
            PRIMARY KEY ("request_id", "follower_key")
          );
          CREATE INDEX IF NOT EXISTS "followers_ip_key_created_at_idx" ON "service_requests"."followers" ("ip_key", "created_at");
          CREATE INDEX IF NOT EXISTS "followers_citizen_idx" ON "service_requests"."followers" ("citizen_id");
          CREATE TABLE IF NOT EXISTS "service_requests"."open311_rate_limits" (
            "key" varchar(255) PRIMARY KEY,
            "points" integer NOT NULL DEFAULT 0,
            "expire" bigint
          );
          CREATE TABLE IF NOT EXISTS "service_requests"."open311_updates" (
            "client_id" integer NOT NULL,
            "external_id" varchar(100) NOT NULL,
            "update_id" varchar,
            "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
            PRIMARY KEY ("client_id", "external_id")
          );`)
      },
      down: async ({ db }: MigrateDownArgs) => {
        await db.execute(sql`DROP SCHEMA IF EXISTS "service_requests" CASCADE;`)
      },
    },
  ]
}
