import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// service-requests: a form's draft is marked sent in the request's own transaction (its key then
// opens nothing), and keeps the hash of the anonymous browser's form cookie (lib/drafts.ts).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "request_drafts" ADD COLUMN "sent_at" timestamp(3) with time zone;
  ALTER TABLE "request_drafts" ADD COLUMN "browser" varchar;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "request_drafts" DROP COLUMN "sent_at";
  ALTER TABLE "request_drafts" DROP COLUMN "browser";`)
}
