import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { rateLimitTableSql } from '../kit/rateLimit'
import {
  countersTable,
  deliveriesTable,
  eventsTable,
  ownSchema,
  pendingTable,
  petitionsSlug,
  rateLimitTable,
  signaturesTable,
} from './defaults'

/**
 * What the plugin keeps outside its collections, in its own Postgres schema `petitions_counts`
 * (where Drizzle's schema comparison leaves it alone): each petition's count of valid signatures;
 * and the pg_trgm extension the similar-petition search uses.
 * It is not a field of the petition's row because Payload writes every field of a document it
 * saves: a greffe clerk saving a petition while residents sign would write back the count it read
 * (a read-modify-write). The signing statement moves it in SQL (`signatures + 1`) in the same
 * transaction as the signature, and the petition shows it as a virtual field. Its collections'
 * tables are the host's own migrations (`payload migrate:create`). Idempotent (`IF NOT EXISTS`).
 *
 * A host merges it into its migrations after the one that creates the collections' tables:
 * `migrations: [...own, ...petitionsMigrations()]`.
 */
export const petitionsMigrations = () => {
  const table = sql`${sql.identifier(ownSchema)}.${sql.identifier(countersTable)}`
  const petitions = sql.identifier(petitionsSlug.replace(/-/g, '_'))
  return [
    {
      name: '20261207_180000_petitions_own_schema',
      up: async ({ db }: MigrateUpArgs) => {
        // pg_trgm: similar petitions shown before filing (lib/similar.ts); the site search's
        // migration installs it too.
        await db.execute(sql`
          CREATE EXTENSION IF NOT EXISTS pg_trgm;
          CREATE SCHEMA IF NOT EXISTS ${sql.identifier(ownSchema)};
          CREATE TABLE IF NOT EXISTS ${table} (
            "petition_id" integer PRIMARY KEY REFERENCES "public".${petitions}("id") ON DELETE CASCADE,
            "signatures" integer NOT NULL DEFAULT 0 CHECK ("signatures" >= 0)
          );`)
      },
      down: async ({ db }: MigrateDownArgs) => {
        await db.execute(sql`DROP SCHEMA IF EXISTS ${sql.identifier(ownSchema)} CASCADE;`)
      },
    },
    {
      // The delivery log of the outcome and threshold emails (lib/deliveries.ts): one row per
      // message, written (claimed) before it is sent, so a job run twice, or on two workers at
      // once, sends each once. Unique (signature, kind): one email of each kind per signer.
      name: '20261207_230000_petitions_deliveries',
      up: async ({ db }: MigrateUpArgs) => {
        const deliveries = sql`${sql.identifier(ownSchema)}.${sql.identifier(deliveriesTable)}`
        await db.execute(sql`
          CREATE SCHEMA IF NOT EXISTS ${sql.identifier(ownSchema)};
          CREATE TABLE IF NOT EXISTS ${deliveries} (
            "id" serial PRIMARY KEY,
            "key" text NOT NULL UNIQUE,
            "kind" text NOT NULL,
            "signature_id" integer REFERENCES "public".${sql.identifier(signaturesTable)}("id") ON DELETE CASCADE,
            "event_id" integer REFERENCES "public".${sql.identifier(eventsTable)}("id") ON DELETE CASCADE,
            "status" text NOT NULL DEFAULT 'pending',
            "error" text,
            "sent_at" timestamptz,
            "created_at" timestamptz NOT NULL DEFAULT now(),
            "updated_at" timestamptz NOT NULL DEFAULT now(),
            UNIQUE ("signature_id", "kind")
          );`)
      },
      down: async ({ db }: MigrateDownArgs) => {
        await db.execute(
          sql`DROP TABLE IF EXISTS ${sql.identifier(ownSchema)}.${sql.identifier(deliveriesTable)};`,
        )
      },
    },
    // Visitors' signatures waiting for their email link (lib/visitor.ts), and the signing rate
    // limits shared by every server (plugins/kit/rateLimit.ts).
    {
      name: '20261207_230000_petitions_visitors_and_limits',
      up: async ({ db }: MigrateUpArgs) => {
        const pending = sql`${sql.identifier(ownSchema)}.${sql.identifier(pendingTable)}`
        await db.execute(sql`
          CREATE SCHEMA IF NOT EXISTS ${sql.identifier(ownSchema)};
          CREATE TABLE IF NOT EXISTS ${pending} (
            "id" serial PRIMARY KEY,
            "token_hash" text NOT NULL UNIQUE,
            "petition_id" integer NOT NULL REFERENCES "public".${petitions}("id") ON DELETE CASCADE,
            "full_name" text,
            "address_id" integer,
            "sector_id" integer,
            "email" text,
            "email_domain" text,
            "network" text,
            "locale" text NOT NULL DEFAULT 'fr',
            "wants_outcome_email" boolean NOT NULL DEFAULT false,
            "created_at" timestamptz NOT NULL DEFAULT now(),
            "expires_at" timestamptz NOT NULL,
            "confirmed_at" timestamptz
          );
          CREATE INDEX IF NOT EXISTS "pending_signatures_expires_at_idx" ON ${pending} ("expires_at");
          CREATE INDEX IF NOT EXISTS "pending_signatures_email_idx" ON ${pending} ("email");`)
        await db.execute(rateLimitTableSql(ownSchema, rateLimitTable))
      },
      down: async ({ db }: MigrateDownArgs) => {
        await db.execute(sql`
          DROP TABLE IF EXISTS ${sql.identifier(ownSchema)}.${sql.identifier(pendingTable)};
          DROP TABLE IF EXISTS ${sql.identifier(ownSchema)}.${sql.identifier(rateLimitTable)};`)
      },
    },
  ]
}
