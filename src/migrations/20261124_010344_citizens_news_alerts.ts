import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_citizens_news_topics" AS ENUM('announcements', 'council', 'environment', 'recreation', 'public-works', 'safety');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'citizensNotifyNews' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'citizensNotifyNews' BEFORE 'schedulePublish';
  CREATE TABLE "citizens_news_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_citizens_news_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "alert_deliveries" ADD COLUMN "news_id" integer;
  ALTER TABLE "citizens_news_topics" ADD CONSTRAINT "citizens_news_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "citizens_news_topics_order_idx" ON "citizens_news_topics" USING btree ("order");
  CREATE INDEX "citizens_news_topics_parent_idx" ON "citizens_news_topics" USING btree ("parent_id");
  ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_news_id_news_id_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "alert_deliveries_news_idx" ON "alert_deliveries" USING btree ("news_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citizens_news_topics" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "citizens_news_topics" CASCADE;
  ALTER TABLE "alert_deliveries" DROP CONSTRAINT "alert_deliveries_news_id_news_id_fk";
  DROP INDEX "alert_deliveries_news_idx";
  ALTER TABLE "alert_deliveries" DROP COLUMN "news_id";
  DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'citizensNotifyNews';
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'citizensNotifyNews';
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'citizensPurgeUnverified', 'citizensNotifyNotice', 'citizensCollectionReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'citizensPurgeUnverified', 'citizensNotifyNotice', 'citizensCollectionReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_citizens_news_topics";`)
}
