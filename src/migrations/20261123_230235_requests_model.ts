import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Tracking numbers (service-requests plugin): a sequence in the plugin's own schema, outside the
  // tables drizzle compares, so concurrent submissions on several servers never share a number.
  await db.execute(sql`
   CREATE SCHEMA IF NOT EXISTS "service_requests";
   CREATE SEQUENCE IF NOT EXISTS "service_requests"."tracking_number_seq" START 1;
  `)
  await db.execute(sql`
   CREATE TYPE "public"."enum_request_types_questions_type" AS ENUM('string', 'text', 'number', 'datetime', 'singlevaluelist', 'multivaluelist');
  CREATE TYPE "public"."enum_request_types_photo" AS ENUM('none', 'optional', 'required');
  CREATE TYPE "public"."enum_service_requests_history_kind" AS ENUM('created', 'status', 'assignment', 'note', 'feedback', 'reopened');
  CREATE TYPE "public"."enum_service_requests_history_from_status" AS ENUM('submitted', 'acknowledged', 'assigned', 'in_progress', 'resolved', 'closed', 'rejected', 'duplicate');
  CREATE TYPE "public"."enum_service_requests_history_status" AS ENUM('submitted', 'acknowledged', 'assigned', 'in_progress', 'resolved', 'closed', 'rejected', 'duplicate');
  CREATE TYPE "public"."enum_service_requests_status" AS ENUM('submitted', 'acknowledged', 'assigned', 'in_progress', 'resolved', 'closed', 'rejected', 'duplicate');
  CREATE TYPE "public"."enum_service_requests_language" AS ENUM('fr', 'en');
  CREATE TABLE "request_types_sector_routing" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"sector_id" integer NOT NULL,
  	"department_id" integer,
  	"assignee_id" integer
  );
  
  CREATE TABLE "request_types_questions_choices" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "request_types_questions_choices_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "request_types_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"type" "enum_request_types_questions_type" DEFAULT 'string' NOT NULL,
  	"required" boolean DEFAULT false
  );
  
  CREATE TABLE "request_types_questions_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "request_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"department_id" integer NOT NULL,
  	"deadline_days" numeric NOT NULL,
  	"photo" "enum_request_types_photo" DEFAULT 'optional' NOT NULL,
  	"location_required" boolean DEFAULT true,
  	"allow_anonymous" boolean DEFAULT true,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "request_types_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"group" varchar,
  	"keywords" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "service_requests_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"kind" "enum_service_requests_history_kind" NOT NULL,
  	"from_status" "enum_service_requests_history_from_status",
  	"status" "enum_service_requests_history_status",
  	"note" varchar,
  	"is_public" boolean DEFAULT false,
  	"by_id" integer
  );
  
  CREATE TABLE "service_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_number" varchar,
  	"status" "enum_service_requests_status" DEFAULT 'submitted' NOT NULL,
  	"duplicate_of_id" integer,
  	"department_id" integer,
  	"assignee_id" integer,
  	"due_at" timestamp(3) with time zone,
  	"resolved_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"type_id" integer NOT NULL,
  	"description" varchar NOT NULL,
  	"answers" jsonb,
  	"address_id" integer,
  	"address_label" varchar,
  	"lat" numeric,
  	"lng" numeric,
  	"sector_id" integer,
  	"submitter_id" integer,
  	"contact_name" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"language" "enum_service_requests_language" DEFAULT 'fr' NOT NULL,
  	"feedback_rating" numeric,
  	"feedback_comment" varchar,
  	"feedback_at" timestamp(3) with time zone,
  	"followers" numeric,
  	"follow_token_hash" varchar,
  	"idempotency_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "request_drafts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"citizen_id" integer,
  	"data" jsonb,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "request_types_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "service_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "request_drafts_id" integer;
  ALTER TABLE "request_types_sector_routing" ADD CONSTRAINT "request_types_sector_routing_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "request_types_sector_routing" ADD CONSTRAINT "request_types_sector_routing_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "request_types_sector_routing" ADD CONSTRAINT "request_types_sector_routing_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "request_types_sector_routing" ADD CONSTRAINT "request_types_sector_routing_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."request_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "request_types_questions_choices" ADD CONSTRAINT "request_types_questions_choices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."request_types_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "request_types_questions_choices_locales" ADD CONSTRAINT "request_types_questions_choices_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."request_types_questions_choices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "request_types_questions" ADD CONSTRAINT "request_types_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."request_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "request_types_questions_locales" ADD CONSTRAINT "request_types_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."request_types_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "request_types" ADD CONSTRAINT "request_types_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "request_types_locales" ADD CONSTRAINT "request_types_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."request_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_requests_history" ADD CONSTRAINT "service_requests_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests_history" ADD CONSTRAINT "service_requests_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_duplicate_of_id_service_requests_id_fk" FOREIGN KEY ("duplicate_of_id") REFERENCES "public"."service_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_type_id_request_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."request_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_address_id_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."addresses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_submitter_id_citizens_id_fk" FOREIGN KEY ("submitter_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "request_drafts" ADD CONSTRAINT "request_drafts_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "request_types_sector_routing_order_idx" ON "request_types_sector_routing" USING btree ("_order");
  CREATE INDEX "request_types_sector_routing_parent_id_idx" ON "request_types_sector_routing" USING btree ("_parent_id");
  CREATE INDEX "request_types_sector_routing_sector_idx" ON "request_types_sector_routing" USING btree ("sector_id");
  CREATE INDEX "request_types_sector_routing_department_idx" ON "request_types_sector_routing" USING btree ("department_id");
  CREATE INDEX "request_types_sector_routing_assignee_idx" ON "request_types_sector_routing" USING btree ("assignee_id");
  CREATE INDEX "request_types_questions_choices_order_idx" ON "request_types_questions_choices" USING btree ("_order");
  CREATE INDEX "request_types_questions_choices_parent_id_idx" ON "request_types_questions_choices" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "request_types_questions_choices_locales_locale_parent_id_uni" ON "request_types_questions_choices_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "request_types_questions_order_idx" ON "request_types_questions" USING btree ("_order");
  CREATE INDEX "request_types_questions_parent_id_idx" ON "request_types_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "request_types_questions_locales_locale_parent_id_unique" ON "request_types_questions_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "request_types_code_idx" ON "request_types" USING btree ("code");
  CREATE INDEX "request_types_department_idx" ON "request_types" USING btree ("department_id");
  CREATE INDEX "request_types_active_idx" ON "request_types" USING btree ("active");
  CREATE INDEX "request_types_updated_at_idx" ON "request_types" USING btree ("updated_at");
  CREATE INDEX "request_types_created_at_idx" ON "request_types" USING btree ("created_at");
  CREATE UNIQUE INDEX "request_types_locales_locale_parent_id_unique" ON "request_types_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "service_requests_history_order_idx" ON "service_requests_history" USING btree ("_order");
  CREATE INDEX "service_requests_history_parent_id_idx" ON "service_requests_history" USING btree ("_parent_id");
  CREATE INDEX "service_requests_history_by_idx" ON "service_requests_history" USING btree ("by_id");
  CREATE UNIQUE INDEX "service_requests_tracking_number_idx" ON "service_requests" USING btree ("tracking_number");
  CREATE INDEX "service_requests_status_idx" ON "service_requests" USING btree ("status");
  CREATE INDEX "service_requests_duplicate_of_idx" ON "service_requests" USING btree ("duplicate_of_id");
  CREATE INDEX "service_requests_department_idx" ON "service_requests" USING btree ("department_id");
  CREATE INDEX "service_requests_assignee_idx" ON "service_requests" USING btree ("assignee_id");
  CREATE INDEX "service_requests_due_at_idx" ON "service_requests" USING btree ("due_at");
  CREATE INDEX "service_requests_type_idx" ON "service_requests" USING btree ("type_id");
  CREATE INDEX "service_requests_address_idx" ON "service_requests" USING btree ("address_id");
  CREATE INDEX "service_requests_sector_idx" ON "service_requests" USING btree ("sector_id");
  CREATE INDEX "service_requests_submitter_idx" ON "service_requests" USING btree ("submitter_id");
  CREATE INDEX "service_requests_follow_token_hash_idx" ON "service_requests" USING btree ("follow_token_hash");
  CREATE UNIQUE INDEX "service_requests_idempotency_key_idx" ON "service_requests" USING btree ("idempotency_key");
  CREATE INDEX "service_requests_updated_at_idx" ON "service_requests" USING btree ("updated_at");
  CREATE INDEX "service_requests_created_at_idx" ON "service_requests" USING btree ("created_at");
  CREATE UNIQUE INDEX "request_drafts_key_idx" ON "request_drafts" USING btree ("key");
  CREATE INDEX "request_drafts_citizen_idx" ON "request_drafts" USING btree ("citizen_id");
  CREATE INDEX "request_drafts_expires_at_idx" ON "request_drafts" USING btree ("expires_at");
  CREATE INDEX "request_drafts_updated_at_idx" ON "request_drafts" USING btree ("updated_at");
  CREATE INDEX "request_drafts_created_at_idx" ON "request_drafts" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_request_types_fk" FOREIGN KEY ("request_types_id") REFERENCES "public"."request_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_requests_fk" FOREIGN KEY ("service_requests_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_request_drafts_fk" FOREIGN KEY ("request_drafts_id") REFERENCES "public"."request_drafts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_request_types_id_idx" ON "payload_locked_documents_rels" USING btree ("request_types_id");
  CREATE INDEX "payload_locked_documents_rels_service_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("service_requests_id");
  CREATE INDEX "payload_locked_documents_rels_request_drafts_id_idx" ON "payload_locked_documents_rels" USING btree ("request_drafts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP SCHEMA IF EXISTS "service_requests" CASCADE;`)
  await db.execute(sql`
   ALTER TABLE "request_types_sector_routing" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "request_types_questions_choices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "request_types_questions_choices_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "request_types_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "request_types_questions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "request_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "request_types_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_requests_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "service_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "request_drafts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "request_types_sector_routing" CASCADE;
  DROP TABLE "request_types_questions_choices" CASCADE;
  DROP TABLE "request_types_questions_choices_locales" CASCADE;
  DROP TABLE "request_types_questions" CASCADE;
  DROP TABLE "request_types_questions_locales" CASCADE;
  DROP TABLE "request_types" CASCADE;
  DROP TABLE "request_types_locales" CASCADE;
  DROP TABLE "service_requests_history" CASCADE;
  DROP TABLE "service_requests" CASCADE;
  DROP TABLE "request_drafts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_request_types_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_service_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_request_drafts_fk";
  
  DROP INDEX "payload_locked_documents_rels_request_types_id_idx";
  DROP INDEX "payload_locked_documents_rels_service_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_request_drafts_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "request_types_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "service_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "request_drafts_id";
  DROP TYPE "public"."enum_request_types_questions_type";
  DROP TYPE "public"."enum_request_types_photo";
  DROP TYPE "public"."enum_service_requests_history_kind";
  DROP TYPE "public"."enum_service_requests_history_from_status";
  DROP TYPE "public"."enum_service_requests_history_status";
  DROP TYPE "public"."enum_service_requests_status";
  DROP TYPE "public"."enum_service_requests_language";`)
}
