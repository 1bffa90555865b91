import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { ownSchema, placesTable, processorEventsTable, sessionsTable } from './defaults'

/**
 * What the plugin keeps outside its collections, in its own Postgres schema `activities_places`
 * (where Drizzle's schema comparison leaves it alone): each session's places counter, `taken`
 * (held + confirmed + offered to the waitlist) next to a copy of its `capacity`. It is not a field
 * of the session's row because Payload writes back every field of a document it saves (a
 * read-modify-write against registrations moving it). Every registration moves it in SQL under
 * its row lock, with `taken + n <= capacity` in the statement's WHERE, so no interleaving of
 * requests can sell a place twice; `taken >= 0` is a CHECK, so no bug can make it negative.
 * Idempotent (`IF NOT EXISTS`).
 *
 * A host merges it into its migrations after the one that creates the collections' tables:
 * `migrations: [...own, ...activitiesMigrations()]`.
 */
export const activitiesMigrations = () => {
  const table = sql`${sql.identifier(ownSchema)}.${sql.identifier(placesTable)}`
  const events = sql`${sql.identifier(ownSchema)}.${sql.identifier(processorEventsTable)}`
  return [
    {
      name: '20261207_230000_activities_own_schema',
      up: async ({ db }: MigrateUpArgs) => {
        await db.execute(sql`
          CREATE SCHEMA IF NOT EXISTS ${sql.identifier(ownSchema)};
          CREATE TABLE IF NOT EXISTS ${table} (
            "session_id" integer PRIMARY KEY REFERENCES "public".${sql.identifier(sessionsTable)}("id") ON DELETE CASCADE,
            "capacity" integer NOT NULL DEFAULT 0 CHECK ("capacity" >= 0),
            "taken" integer NOT NULL DEFAULT 0 CHECK ("taken" >= 0)
          );`)
      },
      down: async ({ db }: MigrateDownArgs) => {
        await db.execute(sql`DROP SCHEMA IF EXISTS ${sql.identifier(ownSchema)} CASCADE;`)
      },
    },
    {
      // A card processor's webhook events (payments/stripe.ts): the event id is the primary key,
      // inserted in the transaction that applies the event, so a redelivered event changes nothing.
      name: '20261208_000000_activities_processor_events',
      up: async ({ db }: MigrateUpArgs) => {
        await db.execute(sql`
          CREATE SCHEMA IF NOT EXISTS ${sql.identifier(ownSchema)};
          CREATE TABLE IF NOT EXISTS ${events} (
            "event_id" text PRIMARY KEY,
            "provider" text NOT NULL,
            "type" text NOT NULL,
            "reference" text,
            "outcome" text NOT NULL,
            "received_at" timestamptz NOT NULL DEFAULT now()
          );`)
      },
      down: async ({ db }: MigrateDownArgs) => {
        await db.execute(sql`DROP TABLE IF EXISTS ${events};`)
      },
    },
  ]
}
