import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// service-requests: a form's draft is marked sent in the request's own transaction (its key then
// opens nothing), and keeps the hash of the anonymous browser's form cookie (lib/drafts.ts).
// Drafts already sent (a request carries their key) are marked and emptied now, so their keys stop
// giving the follow-up secret from the day this is deployed, not when they expire.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "request_drafts" ADD COLUMN "sent_at" timestamp(3) with time zone;
  ALTER TABLE "request_drafts" ADD COLUMN "browser" varchar;
  UPDATE "request_drafts" AS d SET "sent_at" = r."created_at", "data" = '{}'::jsonb
    FROM "service_requests" AS r WHERE r."idempotency_key" = d."key";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "request_drafts" DROP COLUMN "sent_at";
  ALTER TABLE "request_drafts" DROP COLUMN "browser";`)
}
