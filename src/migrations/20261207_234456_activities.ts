import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_activities_category" AS ENUM('swimming', 'day-camp', 'arts', 'sports', 'fitness', 'other');
  CREATE TYPE "public"."enum_activities_prices_resident_per" AS ENUM('session', 'week');
  CREATE TYPE "public"."enum_activities_prices_non_resident_per" AS ENUM('session', 'week');
  CREATE TYPE "public"."enum_activities_prices_late_fee_per" AS ENUM('registration', 'participant');
  CREATE TYPE "public"."enum_activity_sessions_schedule_weekdays" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  CREATE TYPE "public"."enum_activity_sessions_schedule_on_holiday" AS ENUM('skip', 'keep', 'makeUp');
  CREATE TYPE "public"."enum_activity_sessions_open_to" AS ENUM('residentsFirst', 'residentsOnly', 'everyone');
  CREATE TYPE "public"."enum_activity_sessions_opening_mode" AS ENUM('first-come', 'draw');
  CREATE TYPE "public"."enum_activity_registrations_status" AS ENUM('held', 'confirmed', 'cancelled', 'expired');
  CREATE TYPE "public"."enum_activity_waitlist_status" AS ENUM('waiting', 'offered', 'accepted', 'declined', 'expired', 'withdrawn');
  CREATE TYPE "public"."enum_activity_payments_method" AS ENUM('counter', 'bill-payment');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'activities-release-holds' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'activities-release-holds' BEFORE 'schedulePublish';
  CREATE TABLE "activities_prerequisites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL
  );
  
  CREATE TABLE "activities_prices_family_discount" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from_rank" numeric NOT NULL,
  	"percent" numeric NOT NULL
  );
  
  CREATE TABLE "activities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"code" varchar,
  	"category" "enum_activities_category" NOT NULL,
  	"place" varchar,
  	"age_min" numeric,
  	"age_max" numeric,
  	"prices_resident_per" "enum_activities_prices_resident_per" DEFAULT 'session' NOT NULL,
  	"prices_resident_cents" numeric DEFAULT 0 NOT NULL,
  	"prices_resident_season_cap_cents" numeric,
  	"prices_non_resident_per" "enum_activities_prices_non_resident_per" DEFAULT 'session' NOT NULL,
  	"prices_non_resident_cents" numeric DEFAULT 0 NOT NULL,
  	"prices_non_resident_season_cap_cents" numeric,
  	"prices_late_fee_from" varchar,
  	"prices_late_fee_cents" numeric,
  	"prices_late_fee_per" "enum_activities_prices_late_fee_per" DEFAULT 'registration',
  	"is_published" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "activities_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "activity_sessions_schedule_weekdays" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_activity_sessions_schedule_weekdays",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "activity_sessions_schedule_cancelled_dates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" varchar NOT NULL
  );
  
  CREATE TABLE "activity_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"activity_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"schedule_first_date" varchar NOT NULL,
  	"schedule_last_date" varchar NOT NULL,
  	"schedule_start_time" varchar NOT NULL,
  	"schedule_duration_minutes" numeric NOT NULL,
  	"schedule_interval_weeks" numeric DEFAULT 1,
  	"schedule_on_holiday" "enum_activity_sessions_schedule_on_holiday" DEFAULT 'skip',
  	"capacity" numeric NOT NULL,
  	"open_to" "enum_activity_sessions_open_to" DEFAULT 'residentsFirst' NOT NULL,
  	"residents_from" timestamp(3) with time zone,
  	"everyone_from" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"opening_mode" "enum_activity_sessions_opening_mode" DEFAULT 'first-come' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "activity_registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"session_id" integer NOT NULL,
  	"citizen_id" integer,
  	"member_key" varchar NOT NULL,
  	"member_name" varchar NOT NULL,
  	"birth_date" varchar,
  	"status" "enum_activity_registrations_status" DEFAULT 'held' NOT NULL,
  	"hold_expires_at" timestamp(3) with time zone,
  	"is_resident" boolean,
  	"price_cents" numeric NOT NULL,
  	"receipt" jsonb,
  	"payment_reference" varchar NOT NULL,
  	"payment_method" varchar,
  	"request_key" varchar,
  	"confirmed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "activity_waitlist" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"session_id" integer NOT NULL,
  	"citizen_id" integer,
  	"member_key" varchar NOT NULL,
  	"member_name" varchar NOT NULL,
  	"birth_date" varchar,
  	"status" "enum_activity_waitlist_status" DEFAULT 'waiting' NOT NULL,
  	"joined_at" timestamp(3) with time zone NOT NULL,
  	"offered_at" timestamp(3) with time zone,
  	"offer_expires_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"offer_notified_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "activity_payments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"method" "enum_activity_payments_method" DEFAULT 'counter' NOT NULL,
  	"note" varchar,
  	"received_by_id" integer,
  	"registrations" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activity_sessions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activity_registrations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activity_waitlist_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activity_payments_id" integer;
  ALTER TABLE "activities_prerequisites" ADD CONSTRAINT "activities_prerequisites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_prices_family_discount" ADD CONSTRAINT "activities_prices_family_discount_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_locales" ADD CONSTRAINT "activities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activity_sessions_schedule_weekdays" ADD CONSTRAINT "activity_sessions_schedule_weekdays_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activity_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activity_sessions_schedule_cancelled_dates" ADD CONSTRAINT "activity_sessions_schedule_cancelled_dates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activity_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activity_sessions" ADD CONSTRAINT "activity_sessions_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activity_registrations" ADD CONSTRAINT "activity_registrations_session_id_activity_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."activity_sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activity_registrations" ADD CONSTRAINT "activity_registrations_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activity_waitlist" ADD CONSTRAINT "activity_waitlist_session_id_activity_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."activity_sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activity_waitlist" ADD CONSTRAINT "activity_waitlist_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activity_payments" ADD CONSTRAINT "activity_payments_received_by_id_users_id_fk" FOREIGN KEY ("received_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "activities_prerequisites_order_idx" ON "activities_prerequisites" USING btree ("_order");
  CREATE INDEX "activities_prerequisites_parent_id_idx" ON "activities_prerequisites" USING btree ("_parent_id");
  CREATE INDEX "activities_prices_family_discount_order_idx" ON "activities_prices_family_discount" USING btree ("_order");
  CREATE INDEX "activities_prices_family_discount_parent_id_idx" ON "activities_prices_family_discount" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "activities_slug_idx" ON "activities" USING btree ("slug");
  CREATE INDEX "activities_code_idx" ON "activities" USING btree ("code");
  CREATE INDEX "activities_category_idx" ON "activities" USING btree ("category");
  CREATE INDEX "activities_is_published_idx" ON "activities" USING btree ("is_published");
  CREATE INDEX "activities_updated_at_idx" ON "activities" USING btree ("updated_at");
  CREATE INDEX "activities_created_at_idx" ON "activities" USING btree ("created_at");
  CREATE UNIQUE INDEX "activities_locales_locale_parent_id_unique" ON "activities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "activity_sessions_schedule_weekdays_order_idx" ON "activity_sessions_schedule_weekdays" USING btree ("order");
  CREATE INDEX "activity_sessions_schedule_weekdays_parent_idx" ON "activity_sessions_schedule_weekdays" USING btree ("parent_id");
  CREATE INDEX "activity_sessions_schedule_cancelled_dates_order_idx" ON "activity_sessions_schedule_cancelled_dates" USING btree ("_order");
  CREATE INDEX "activity_sessions_schedule_cancelled_dates_parent_id_idx" ON "activity_sessions_schedule_cancelled_dates" USING btree ("_parent_id");
  CREATE INDEX "activity_sessions_activity_idx" ON "activity_sessions" USING btree ("activity_id");
  CREATE INDEX "activity_sessions_updated_at_idx" ON "activity_sessions" USING btree ("updated_at");
  CREATE INDEX "activity_sessions_created_at_idx" ON "activity_sessions" USING btree ("created_at");
  CREATE INDEX "activity_registrations_session_idx" ON "activity_registrations" USING btree ("session_id");
  CREATE INDEX "activity_registrations_citizen_idx" ON "activity_registrations" USING btree ("citizen_id");
  CREATE INDEX "activity_registrations_status_idx" ON "activity_registrations" USING btree ("status");
  CREATE INDEX "activity_registrations_hold_expires_at_idx" ON "activity_registrations" USING btree ("hold_expires_at");
  CREATE INDEX "activity_registrations_payment_reference_idx" ON "activity_registrations" USING btree ("payment_reference");
  CREATE INDEX "activity_registrations_request_key_idx" ON "activity_registrations" USING btree ("request_key");
  CREATE INDEX "activity_registrations_updated_at_idx" ON "activity_registrations" USING btree ("updated_at");
  CREATE INDEX "activity_registrations_created_at_idx" ON "activity_registrations" USING btree ("created_at");
  CREATE INDEX "activity_waitlist_session_idx" ON "activity_waitlist" USING btree ("session_id");
  CREATE INDEX "activity_waitlist_citizen_idx" ON "activity_waitlist" USING btree ("citizen_id");
  CREATE INDEX "activity_waitlist_status_idx" ON "activity_waitlist" USING btree ("status");
  CREATE INDEX "activity_waitlist_updated_at_idx" ON "activity_waitlist" USING btree ("updated_at");
  CREATE INDEX "activity_waitlist_created_at_idx" ON "activity_waitlist" USING btree ("created_at");
  CREATE UNIQUE INDEX "activity_payments_reference_idx" ON "activity_payments" USING btree ("reference");
  CREATE INDEX "activity_payments_received_by_idx" ON "activity_payments" USING btree ("received_by_id");
  CREATE INDEX "activity_payments_updated_at_idx" ON "activity_payments" USING btree ("updated_at");
  CREATE INDEX "activity_payments_created_at_idx" ON "activity_payments" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activities_fk" FOREIGN KEY ("activities_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activity_sessions_fk" FOREIGN KEY ("activity_sessions_id") REFERENCES "public"."activity_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activity_registrations_fk" FOREIGN KEY ("activity_registrations_id") REFERENCES "public"."activity_registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activity_waitlist_fk" FOREIGN KEY ("activity_waitlist_id") REFERENCES "public"."activity_waitlist"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activity_payments_fk" FOREIGN KEY ("activity_payments_id") REFERENCES "public"."activity_payments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("activities_id");
  CREATE INDEX "payload_locked_documents_rels_activity_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("activity_sessions_id");
  CREATE INDEX "payload_locked_documents_rels_activity_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("activity_registrations_id");
  CREATE INDEX "payload_locked_documents_rels_activity_waitlist_id_idx" ON "payload_locked_documents_rels" USING btree ("activity_waitlist_id");
  CREATE INDEX "payload_locked_documents_rels_activity_payments_id_idx" ON "payload_locked_documents_rels" USING btree ("activity_payments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "activities_prerequisites" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activities_prices_family_discount" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activities_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activity_sessions_schedule_weekdays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activity_sessions_schedule_cancelled_dates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activity_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activity_registrations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activity_waitlist" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activity_payments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "activities_prerequisites" CASCADE;
  DROP TABLE "activities_prices_family_discount" CASCADE;
  DROP TABLE "activities" CASCADE;
  DROP TABLE "activities_locales" CASCADE;
  DROP TABLE "activity_sessions_schedule_weekdays" CASCADE;
  DROP TABLE "activity_sessions_schedule_cancelled_dates" CASCADE;
  DROP TABLE "activity_sessions" CASCADE;
  DROP TABLE "activity_registrations" CASCADE;
  DROP TABLE "activity_waitlist" CASCADE;
  DROP TABLE "activity_payments" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_activities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_activity_sessions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_activity_registrations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_activity_waitlist_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_activity_payments_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'citizensPurgeUnverified', 'citizensNotifyNotice', 'citizensCollectionReminders', 'citizensNotifyNews', 'serviceRequestsPurgeDrafts', 'petitions-close-ended', 'petitions-anonymise-signatures', 'petitions-send-outcomes', 'petitions-notify-thresholds', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'citizensPurgeUnverified', 'citizensNotifyNotice', 'citizensCollectionReminders', 'citizensNotifyNews', 'serviceRequestsPurgeDrafts', 'petitions-close-ended', 'petitions-anonymise-signatures', 'petitions-send-outcomes', 'petitions-notify-thresholds', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_activities_id_idx";
  DROP INDEX "payload_locked_documents_rels_activity_sessions_id_idx";
  DROP INDEX "payload_locked_documents_rels_activity_registrations_id_idx";
  DROP INDEX "payload_locked_documents_rels_activity_waitlist_id_idx";
  DROP INDEX "payload_locked_documents_rels_activity_payments_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activity_sessions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activity_registrations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activity_waitlist_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activity_payments_id";
  DROP TYPE "public"."enum_activities_category";
  DROP TYPE "public"."enum_activities_prices_resident_per";
  DROP TYPE "public"."enum_activities_prices_non_resident_per";
  DROP TYPE "public"."enum_activities_prices_late_fee_per";
  DROP TYPE "public"."enum_activity_sessions_schedule_weekdays";
  DROP TYPE "public"."enum_activity_sessions_schedule_on_holiday";
  DROP TYPE "public"."enum_activity_sessions_open_to";
  DROP TYPE "public"."enum_activity_sessions_opening_mode";
  DROP TYPE "public"."enum_activity_registrations_status";
  DROP TYPE "public"."enum_activity_waitlist_status";
  DROP TYPE "public"."enum_activity_payments_method";`)
}
