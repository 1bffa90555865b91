import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_citizens_alert_topics" AS ENUM('all', 'boil-water', 'water-outage', 'road-closure', 'snow-clearing', 'emergency', 'legal');
  CREATE TYPE "public"."enum_citizens_alert_channels" AS ENUM('email', 'sms');
  CREATE TYPE "public"."enum_alert_deliveries_channel" AS ENUM('email', 'sms');
  CREATE TYPE "public"."enum_alert_deliveries_status" AS ENUM('pending', 'sent', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'citizensNotifyNotice' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'citizensNotifyNotice' BEFORE 'schedulePublish';
  CREATE TABLE "citizens_alert_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_citizens_alert_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "citizens_alert_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_citizens_alert_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "alert_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"citizen_id" integer,
  	"notice_id" integer NOT NULL,
  	"channel" "enum_alert_deliveries_channel" NOT NULL,
  	"status" "enum_alert_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"sent_at" timestamp(3) with time zone,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "alert_deliveries_id" integer;
  ALTER TABLE "citizens_alert_topics" ADD CONSTRAINT "citizens_alert_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "citizens_alert_channels" ADD CONSTRAINT "citizens_alert_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_notice_id_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notices"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "citizens_alert_topics_order_idx" ON "citizens_alert_topics" USING btree ("order");
  CREATE INDEX "citizens_alert_topics_parent_idx" ON "citizens_alert_topics" USING btree ("parent_id");
  CREATE INDEX "citizens_alert_channels_order_idx" ON "citizens_alert_channels" USING btree ("order");
  CREATE INDEX "citizens_alert_channels_parent_idx" ON "citizens_alert_channels" USING btree ("parent_id");
  CREATE UNIQUE INDEX "alert_deliveries_key_idx" ON "alert_deliveries" USING btree ("key");
  CREATE INDEX "alert_deliveries_citizen_idx" ON "alert_deliveries" USING btree ("citizen_id");
  CREATE INDEX "alert_deliveries_notice_idx" ON "alert_deliveries" USING btree ("notice_id");
  CREATE INDEX "alert_deliveries_status_idx" ON "alert_deliveries" USING btree ("status");
  CREATE INDEX "alert_deliveries_updated_at_idx" ON "alert_deliveries" USING btree ("updated_at");
  CREATE INDEX "alert_deliveries_created_at_idx" ON "alert_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alert_deliveries_fk" FOREIGN KEY ("alert_deliveries_id") REFERENCES "public"."alert_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_alert_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("alert_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citizens_alert_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "citizens_alert_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alert_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "citizens_alert_topics" CASCADE;
  DROP TABLE "citizens_alert_channels" CASCADE;
  DROP TABLE "alert_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_alert_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'citizensPurgeUnverified', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'citizensPurgeUnverified', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_alert_deliveries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "alert_deliveries_id";
  DROP TYPE "public"."enum_citizens_alert_topics";
  DROP TYPE "public"."enum_citizens_alert_channels";
  DROP TYPE "public"."enum_alert_deliveries_channel";
  DROP TYPE "public"."enum_alert_deliveries_status";`)
}
