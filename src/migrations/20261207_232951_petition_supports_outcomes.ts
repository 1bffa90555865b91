import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'petitions-send-outcomes' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'petitions-notify-thresholds' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'petitions-send-outcomes' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'petitions-notify-thresholds' BEFORE 'schedulePublish';
  ALTER TABLE "petitions" ADD COLUMN "share_token" varchar;
  ALTER TABLE "petitions" ADD COLUMN "report_url" varchar;
  ALTER TABLE "petition_events" ADD COLUMN "notified_at" timestamp(3) with time zone;
  CREATE INDEX "petitions_share_token_idx" ON "petitions" USING btree ("share_token");
  CREATE INDEX "petition_events_notified_at_idx" ON "petition_events" USING btree ("notified_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'citizensPurgeUnverified', 'citizensNotifyNotice', 'citizensCollectionReminders', 'citizensNotifyNews', 'serviceRequestsPurgeDrafts', 'petitions-close-ended', 'petitions-anonymise-signatures', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'citizensPurgeUnverified', 'citizensNotifyNotice', 'citizensCollectionReminders', 'citizensNotifyNews', 'serviceRequestsPurgeDrafts', 'petitions-close-ended', 'petitions-anonymise-signatures', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "petitions_share_token_idx";
  DROP INDEX "petition_events_notified_at_idx";
  ALTER TABLE "petitions" DROP COLUMN "share_token";
  ALTER TABLE "petitions" DROP COLUMN "report_url";
  ALTER TABLE "petition_events" DROP COLUMN "notified_at";`)
}
