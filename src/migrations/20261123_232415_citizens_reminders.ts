import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_citizens_alert_topics" ADD VALUE 'collection-reminders';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'citizensCollectionReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'citizensCollectionReminders' BEFORE 'schedulePublish';
  ALTER TABLE "alert_deliveries" ALTER COLUMN "notice_id" DROP NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citizens_alert_topics" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_citizens_alert_topics";
  CREATE TYPE "public"."enum_citizens_alert_topics" AS ENUM('all', 'boil-water', 'water-outage', 'road-closure', 'snow-clearing', 'emergency', 'legal');
  ALTER TABLE "citizens_alert_topics" ALTER COLUMN "value" SET DATA TYPE "public"."enum_citizens_alert_topics" USING "value"::"public"."enum_citizens_alert_topics";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'citizensPurgeUnverified', 'citizensNotifyNotice', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'citizensPurgeUnverified', 'citizensNotifyNotice', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "alert_deliveries" ALTER COLUMN "notice_id" SET NOT NULL;`)
}
