import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_petition_types_thresholds_area" AS ENUM('city', 'sector');
  CREATE TYPE "public"."enum_petition_types_thresholds_triggers" AS ENUM('written-response', 'public-consultation');
  CREATE TYPE "public"."enum_petition_types_area_rule" AS ENUM('cityOrSector', 'cityOnly', 'sectorOnly');
  CREATE TYPE "public"."enum_petition_types_channel" AS ENUM('online', 'paper');
  CREATE TYPE "public"."enum_petitions_promoters_role" AS ENUM('filer', 'contact');
  CREATE TYPE "public"."enum_petitions_language" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_petitions_area_kind" AS ENUM('city', 'sector');
  CREATE TYPE "public"."enum_petitions_status" AS ENUM('draft', 'supporting', 'submitted', 'admissible', 'inadmissible', 'signing', 'closed');
  CREATE TYPE "public"."enum_petitions_inadmissible_reason" AS ENUM('duplicate', 'excluded-subject', 'consulted-recently', 'defamatory', 'other');
  CREATE TYPE "public"."enum_petition_signatures_channel" AS ENUM('online', 'paper');
  CREATE TYPE "public"."enum_petition_signatures_status" AS ENUM('valid', 'withdrawn', 'invalidated');
  CREATE TYPE "public"."enum_petition_events_triggers" AS ENUM('written-response', 'public-consultation');
  CREATE TABLE "petition_types_thresholds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"area" "enum_petition_types_thresholds_area" DEFAULT 'city' NOT NULL,
  	"signatures" numeric NOT NULL,
  	"triggers" "enum_petition_types_thresholds_triggers" NOT NULL
  );
  
  CREATE TABLE "petition_types_inadmissible_subjects" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "petition_types_inadmissible_subjects_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "petition_types" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"minimum_age" numeric DEFAULT 15 NOT NULL,
  	"area_rule" "enum_petition_types_area_rule" DEFAULT 'cityOrSector' NOT NULL,
  	"draft_quorum" numeric DEFAULT 25 NOT NULL,
  	"contacts" numeric DEFAULT 3 NOT NULL,
  	"signing_days" numeric DEFAULT 90 NOT NULL,
  	"channel" "enum_petition_types_channel" DEFAULT 'online' NOT NULL,
  	"retention_days" numeric DEFAULT 180 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "petition_types_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "petitions_promoters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"role" "enum_petitions_promoters_role" DEFAULT 'contact' NOT NULL,
  	"citizen_id" integer,
  	"public_name" varchar NOT NULL,
  	"consent_to_publish" boolean DEFAULT false
  );
  
  CREATE TABLE "petitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"language" "enum_petitions_language" DEFAULT 'fr' NOT NULL,
  	"text" varchar NOT NULL,
  	"request" varchar NOT NULL,
  	"type_id" integer NOT NULL,
  	"area_kind" "enum_petitions_area_kind" DEFAULT 'city' NOT NULL,
  	"sector_id" integer,
  	"filed_by_id" integer,
  	"status" "enum_petitions_status" DEFAULT 'draft' NOT NULL,
  	"inadmissible_reason" "enum_petitions_inadmissible_reason",
  	"inadmissible_explanation" varchar,
  	"submitted_at" timestamp(3) with time zone,
  	"decided_at" timestamp(3) with time zone,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"closed_at" timestamp(3) with time zone,
  	"threshold_reached" boolean DEFAULT false,
  	"consultation_at" timestamp(3) with time zone,
  	"outcome_url" varchar,
  	"rules" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "petitions_locales" (
  	"outcome_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "petition_signatures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"petition_id" integer NOT NULL,
  	"signer_key" varchar NOT NULL,
  	"citizen_id" integer,
  	"member_name" varchar NOT NULL,
  	"address_id" integer,
  	"sector_id" integer,
  	"channel" "enum_petition_signatures_channel" DEFAULT 'online' NOT NULL,
  	"status" "enum_petition_signatures_status" DEFAULT 'valid' NOT NULL,
  	"wants_outcome_email" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "petition_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"petition_id" integer NOT NULL,
  	"threshold_index" numeric NOT NULL,
  	"signatures" numeric NOT NULL,
  	"triggers" "enum_petition_events_triggers" NOT NULL,
  	"reached_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "petition_types_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "petitions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "petition_signatures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "petition_events_id" integer;
  ALTER TABLE "petition_types_thresholds" ADD CONSTRAINT "petition_types_thresholds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."petition_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "petition_types_inadmissible_subjects" ADD CONSTRAINT "petition_types_inadmissible_subjects_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."petition_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "petition_types_inadmissible_subjects_locales" ADD CONSTRAINT "petition_types_inadmissible_subjects_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."petition_types_inadmissible_subjects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "petition_types_locales" ADD CONSTRAINT "petition_types_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."petition_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "petitions_promoters" ADD CONSTRAINT "petitions_promoters_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "petitions_promoters" ADD CONSTRAINT "petitions_promoters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "petitions" ADD CONSTRAINT "petitions_type_id_petition_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."petition_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "petitions" ADD CONSTRAINT "petitions_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "petitions" ADD CONSTRAINT "petitions_filed_by_id_citizens_id_fk" FOREIGN KEY ("filed_by_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "petitions_locales" ADD CONSTRAINT "petitions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "petition_signatures" ADD CONSTRAINT "petition_signatures_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "petition_signatures" ADD CONSTRAINT "petition_signatures_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "petition_signatures" ADD CONSTRAINT "petition_signatures_address_id_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."addresses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "petition_signatures" ADD CONSTRAINT "petition_signatures_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "petition_events" ADD CONSTRAINT "petition_events_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "petition_types_thresholds_order_idx" ON "petition_types_thresholds" USING btree ("_order");
  CREATE INDEX "petition_types_thresholds_parent_id_idx" ON "petition_types_thresholds" USING btree ("_parent_id");
  CREATE INDEX "petition_types_inadmissible_subjects_order_idx" ON "petition_types_inadmissible_subjects" USING btree ("_order");
  CREATE INDEX "petition_types_inadmissible_subjects_parent_id_idx" ON "petition_types_inadmissible_subjects" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "petition_types_inadmissible_subjects_locales_locale_parent_i" ON "petition_types_inadmissible_subjects_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "petition_types_updated_at_idx" ON "petition_types" USING btree ("updated_at");
  CREATE INDEX "petition_types_created_at_idx" ON "petition_types" USING btree ("created_at");
  CREATE UNIQUE INDEX "petition_types_locales_locale_parent_id_unique" ON "petition_types_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "petitions_promoters_order_idx" ON "petitions_promoters" USING btree ("_order");
  CREATE INDEX "petitions_promoters_parent_id_idx" ON "petitions_promoters" USING btree ("_parent_id");
  CREATE INDEX "petitions_promoters_citizen_idx" ON "petitions_promoters" USING btree ("citizen_id");
  CREATE UNIQUE INDEX "petitions_slug_idx" ON "petitions" USING btree ("slug");
  CREATE INDEX "petitions_type_idx" ON "petitions" USING btree ("type_id");
  CREATE INDEX "petitions_sector_idx" ON "petitions" USING btree ("sector_id");
  CREATE INDEX "petitions_filed_by_idx" ON "petitions" USING btree ("filed_by_id");
  CREATE INDEX "petitions_status_idx" ON "petitions" USING btree ("status");
  CREATE INDEX "petitions_updated_at_idx" ON "petitions" USING btree ("updated_at");
  CREATE INDEX "petitions_created_at_idx" ON "petitions" USING btree ("created_at");
  CREATE UNIQUE INDEX "petitions_locales_locale_parent_id_unique" ON "petitions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "petition_signatures_petition_idx" ON "petition_signatures" USING btree ("petition_id");
  CREATE INDEX "petition_signatures_citizen_idx" ON "petition_signatures" USING btree ("citizen_id");
  CREATE INDEX "petition_signatures_address_idx" ON "petition_signatures" USING btree ("address_id");
  CREATE INDEX "petition_signatures_sector_idx" ON "petition_signatures" USING btree ("sector_id");
  CREATE INDEX "petition_signatures_status_idx" ON "petition_signatures" USING btree ("status");
  CREATE INDEX "petition_signatures_updated_at_idx" ON "petition_signatures" USING btree ("updated_at");
  CREATE INDEX "petition_signatures_created_at_idx" ON "petition_signatures" USING btree ("created_at");
  CREATE UNIQUE INDEX "petition_signerKey_idx" ON "petition_signatures" USING btree ("petition_id","signer_key");
  CREATE INDEX "petition_events_petition_idx" ON "petition_events" USING btree ("petition_id");
  CREATE INDEX "petition_events_updated_at_idx" ON "petition_events" USING btree ("updated_at");
  CREATE INDEX "petition_events_created_at_idx" ON "petition_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "petition_thresholdIndex_idx" ON "petition_events" USING btree ("petition_id","threshold_index");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_petition_types_fk" FOREIGN KEY ("petition_types_id") REFERENCES "public"."petition_types"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_petitions_fk" FOREIGN KEY ("petitions_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_petition_signatures_fk" FOREIGN KEY ("petition_signatures_id") REFERENCES "public"."petition_signatures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_petition_events_fk" FOREIGN KEY ("petition_events_id") REFERENCES "public"."petition_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_petition_types_id_idx" ON "payload_locked_documents_rels" USING btree ("petition_types_id");
  CREATE INDEX "payload_locked_documents_rels_petitions_id_idx" ON "payload_locked_documents_rels" USING btree ("petitions_id");
  CREATE INDEX "payload_locked_documents_rels_petition_signatures_id_idx" ON "payload_locked_documents_rels" USING btree ("petition_signatures_id");
  CREATE INDEX "payload_locked_documents_rels_petition_events_id_idx" ON "payload_locked_documents_rels" USING btree ("petition_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "petition_types_thresholds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "petition_types_inadmissible_subjects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "petition_types_inadmissible_subjects_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "petition_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "petition_types_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "petitions_promoters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "petitions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "petitions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "petition_signatures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "petition_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "petition_types_thresholds" CASCADE;
  DROP TABLE "petition_types_inadmissible_subjects" CASCADE;
  DROP TABLE "petition_types_inadmissible_subjects_locales" CASCADE;
  DROP TABLE "petition_types" CASCADE;
  DROP TABLE "petition_types_locales" CASCADE;
  DROP TABLE "petitions_promoters" CASCADE;
  DROP TABLE "petitions" CASCADE;
  DROP TABLE "petitions_locales" CASCADE;
  DROP TABLE "petition_signatures" CASCADE;
  DROP TABLE "petition_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_petition_types_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_petitions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_petition_signatures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_petition_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_petition_types_id_idx";
  DROP INDEX "payload_locked_documents_rels_petitions_id_idx";
  DROP INDEX "payload_locked_documents_rels_petition_signatures_id_idx";
  DROP INDEX "payload_locked_documents_rels_petition_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "petition_types_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "petitions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "petition_signatures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "petition_events_id";
  DROP TYPE "public"."enum_petition_types_thresholds_area";
  DROP TYPE "public"."enum_petition_types_thresholds_triggers";
  DROP TYPE "public"."enum_petition_types_area_rule";
  DROP TYPE "public"."enum_petition_types_channel";
  DROP TYPE "public"."enum_petitions_promoters_role";
  DROP TYPE "public"."enum_petitions_language";
  DROP TYPE "public"."enum_petitions_area_kind";
  DROP TYPE "public"."enum_petitions_status";
  DROP TYPE "public"."enum_petitions_inadmissible_reason";
  DROP TYPE "public"."enum_petition_signatures_channel";
  DROP TYPE "public"."enum_petition_signatures_status";
  DROP TYPE "public"."enum_petition_events_triggers";`)
}
