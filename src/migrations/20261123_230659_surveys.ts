import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_surveys_status" AS ENUM('draft', 'scheduled', 'open', 'closed');
  CREATE TYPE "public"."enum_surveys_audience" AS ENUM('anyone', 'residents', 'sectors');
  CREATE TYPE "public"."enum_surveys_answer_policy" AS ENUM('citizen', 'anonymous');
  CREATE TYPE "public"."enum_surveys_results_visibility" AS ENUM('live', 'afterClose', 'staff');
  CREATE TYPE "public"."enum_survey_responses_mode" AS ENUM('citizen', 'anonymous');
  CREATE TABLE "surveys_blocks_single_choice_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_single_choice_options_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_single_choice" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"required" boolean DEFAULT true,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_single_choice_locales" (
  	"question" varchar NOT NULL,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_multiple_choice_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_multiple_choice_options_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_multiple_choice" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"required" boolean DEFAULT true,
  	"max_choices" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_multiple_choice_locales" (
  	"question" varchar NOT NULL,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_rating" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"required" boolean DEFAULT true,
  	"scale_min" numeric NOT NULL,
  	"scale_max" numeric NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_rating_locales" (
  	"question" varchar NOT NULL,
  	"help" varchar,
  	"min_label" varchar NOT NULL,
  	"max_label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_yes_no" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"required" boolean DEFAULT true,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_yes_no_locales" (
  	"question" varchar NOT NULL,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_short_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"required" boolean DEFAULT true,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_short_text_locales" (
  	"question" varchar NOT NULL,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_long_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"required" boolean DEFAULT true,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_long_text_locales" (
  	"question" varchar NOT NULL,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_ranking_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_ranking_options_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys_blocks_ranking" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"required" boolean DEFAULT true,
  	"block_name" varchar
  );
  
  CREATE TABLE "surveys_blocks_ranking_locales" (
  	"question" varchar NOT NULL,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "surveys" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"status" "enum_surveys_status" DEFAULT 'draft' NOT NULL,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"audience" "enum_surveys_audience" DEFAULT 'anyone' NOT NULL,
  	"answer_policy" "enum_surveys_answer_policy" DEFAULT 'citizen' NOT NULL,
  	"ip_limit" numeric,
  	"results_visibility" "enum_surveys_results_visibility" DEFAULT 'afterClose' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "surveys_locales" (
  	"title" varchar NOT NULL,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "surveys_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"sectors_id" integer,
  	"news_id" integer,
  	"pages_id" integer
  );
  
  CREATE TABLE "survey_responses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"survey_id" integer NOT NULL,
  	"respondent_key" varchar NOT NULL,
  	"mode" "enum_survey_responses_mode" NOT NULL,
  	"ip_key" varchar,
  	"sector_id" integer,
  	"answers" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "surveys_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "survey_responses_id" integer;
  ALTER TABLE "surveys_blocks_single_choice_options" ADD CONSTRAINT "surveys_blocks_single_choice_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_single_choice"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_single_choice_options_locales" ADD CONSTRAINT "surveys_blocks_single_choice_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_single_choice_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_single_choice" ADD CONSTRAINT "surveys_blocks_single_choice_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_single_choice_locales" ADD CONSTRAINT "surveys_blocks_single_choice_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_single_choice"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_multiple_choice_options" ADD CONSTRAINT "surveys_blocks_multiple_choice_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_multiple_choice"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_multiple_choice_options_locales" ADD CONSTRAINT "surveys_blocks_multiple_choice_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_multiple_choice_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_multiple_choice" ADD CONSTRAINT "surveys_blocks_multiple_choice_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_multiple_choice_locales" ADD CONSTRAINT "surveys_blocks_multiple_choice_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_multiple_choice"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_rating" ADD CONSTRAINT "surveys_blocks_rating_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_rating_locales" ADD CONSTRAINT "surveys_blocks_rating_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_rating"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_yes_no" ADD CONSTRAINT "surveys_blocks_yes_no_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_yes_no_locales" ADD CONSTRAINT "surveys_blocks_yes_no_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_yes_no"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_short_text" ADD CONSTRAINT "surveys_blocks_short_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_short_text_locales" ADD CONSTRAINT "surveys_blocks_short_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_short_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_long_text" ADD CONSTRAINT "surveys_blocks_long_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_long_text_locales" ADD CONSTRAINT "surveys_blocks_long_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_long_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_ranking_options" ADD CONSTRAINT "surveys_blocks_ranking_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_ranking"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_ranking_options_locales" ADD CONSTRAINT "surveys_blocks_ranking_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_ranking_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_ranking" ADD CONSTRAINT "surveys_blocks_ranking_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_blocks_ranking_locales" ADD CONSTRAINT "surveys_blocks_ranking_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys_blocks_ranking"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_locales" ADD CONSTRAINT "surveys_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_rels" ADD CONSTRAINT "surveys_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_rels" ADD CONSTRAINT "surveys_rels_sectors_fk" FOREIGN KEY ("sectors_id") REFERENCES "public"."sectors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_rels" ADD CONSTRAINT "surveys_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "surveys_rels" ADD CONSTRAINT "surveys_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "surveys_blocks_single_choice_options_order_idx" ON "surveys_blocks_single_choice_options" USING btree ("_order");
  CREATE INDEX "surveys_blocks_single_choice_options_parent_id_idx" ON "surveys_blocks_single_choice_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "surveys_blocks_single_choice_options_locales_locale_parent_i" ON "surveys_blocks_single_choice_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_single_choice_order_idx" ON "surveys_blocks_single_choice" USING btree ("_order");
  CREATE INDEX "surveys_blocks_single_choice_parent_id_idx" ON "surveys_blocks_single_choice" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_single_choice_path_idx" ON "surveys_blocks_single_choice" USING btree ("_path");
  CREATE UNIQUE INDEX "surveys_blocks_single_choice_locales_locale_parent_id_unique" ON "surveys_blocks_single_choice_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_multiple_choice_options_order_idx" ON "surveys_blocks_multiple_choice_options" USING btree ("_order");
  CREATE INDEX "surveys_blocks_multiple_choice_options_parent_id_idx" ON "surveys_blocks_multiple_choice_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "surveys_blocks_multiple_choice_options_locales_locale_parent" ON "surveys_blocks_multiple_choice_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_multiple_choice_order_idx" ON "surveys_blocks_multiple_choice" USING btree ("_order");
  CREATE INDEX "surveys_blocks_multiple_choice_parent_id_idx" ON "surveys_blocks_multiple_choice" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_multiple_choice_path_idx" ON "surveys_blocks_multiple_choice" USING btree ("_path");
  CREATE UNIQUE INDEX "surveys_blocks_multiple_choice_locales_locale_parent_id_uniq" ON "surveys_blocks_multiple_choice_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_rating_order_idx" ON "surveys_blocks_rating" USING btree ("_order");
  CREATE INDEX "surveys_blocks_rating_parent_id_idx" ON "surveys_blocks_rating" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_rating_path_idx" ON "surveys_blocks_rating" USING btree ("_path");
  CREATE UNIQUE INDEX "surveys_blocks_rating_locales_locale_parent_id_unique" ON "surveys_blocks_rating_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_yes_no_order_idx" ON "surveys_blocks_yes_no" USING btree ("_order");
  CREATE INDEX "surveys_blocks_yes_no_parent_id_idx" ON "surveys_blocks_yes_no" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_yes_no_path_idx" ON "surveys_blocks_yes_no" USING btree ("_path");
  CREATE UNIQUE INDEX "surveys_blocks_yes_no_locales_locale_parent_id_unique" ON "surveys_blocks_yes_no_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_short_text_order_idx" ON "surveys_blocks_short_text" USING btree ("_order");
  CREATE INDEX "surveys_blocks_short_text_parent_id_idx" ON "surveys_blocks_short_text" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_short_text_path_idx" ON "surveys_blocks_short_text" USING btree ("_path");
  CREATE UNIQUE INDEX "surveys_blocks_short_text_locales_locale_parent_id_unique" ON "surveys_blocks_short_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_long_text_order_idx" ON "surveys_blocks_long_text" USING btree ("_order");
  CREATE INDEX "surveys_blocks_long_text_parent_id_idx" ON "surveys_blocks_long_text" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_long_text_path_idx" ON "surveys_blocks_long_text" USING btree ("_path");
  CREATE UNIQUE INDEX "surveys_blocks_long_text_locales_locale_parent_id_unique" ON "surveys_blocks_long_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_ranking_options_order_idx" ON "surveys_blocks_ranking_options" USING btree ("_order");
  CREATE INDEX "surveys_blocks_ranking_options_parent_id_idx" ON "surveys_blocks_ranking_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "surveys_blocks_ranking_options_locales_locale_parent_id_uniq" ON "surveys_blocks_ranking_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_blocks_ranking_order_idx" ON "surveys_blocks_ranking" USING btree ("_order");
  CREATE INDEX "surveys_blocks_ranking_parent_id_idx" ON "surveys_blocks_ranking" USING btree ("_parent_id");
  CREATE INDEX "surveys_blocks_ranking_path_idx" ON "surveys_blocks_ranking" USING btree ("_path");
  CREATE UNIQUE INDEX "surveys_blocks_ranking_locales_locale_parent_id_unique" ON "surveys_blocks_ranking_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "surveys_slug_idx" ON "surveys" USING btree ("slug");
  CREATE INDEX "surveys_status_idx" ON "surveys" USING btree ("status");
  CREATE INDEX "surveys_updated_at_idx" ON "surveys" USING btree ("updated_at");
  CREATE INDEX "surveys_created_at_idx" ON "surveys" USING btree ("created_at");
  CREATE UNIQUE INDEX "surveys_locales_locale_parent_id_unique" ON "surveys_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "surveys_rels_order_idx" ON "surveys_rels" USING btree ("order");
  CREATE INDEX "surveys_rels_parent_idx" ON "surveys_rels" USING btree ("parent_id");
  CREATE INDEX "surveys_rels_path_idx" ON "surveys_rels" USING btree ("path");
  CREATE INDEX "surveys_rels_sectors_id_idx" ON "surveys_rels" USING btree ("sectors_id");
  CREATE INDEX "surveys_rels_news_id_idx" ON "surveys_rels" USING btree ("news_id");
  CREATE INDEX "surveys_rels_pages_id_idx" ON "surveys_rels" USING btree ("pages_id");
  CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id");
  CREATE INDEX "survey_responses_ip_key_idx" ON "survey_responses" USING btree ("ip_key");
  CREATE INDEX "survey_responses_sector_idx" ON "survey_responses" USING btree ("sector_id");
  CREATE INDEX "survey_responses_updated_at_idx" ON "survey_responses" USING btree ("updated_at");
  CREATE INDEX "survey_responses_created_at_idx" ON "survey_responses" USING btree ("created_at");
  CREATE UNIQUE INDEX "survey_respondentKey_idx" ON "survey_responses" USING btree ("survey_id","respondent_key");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_surveys_fk" FOREIGN KEY ("surveys_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_survey_responses_fk" FOREIGN KEY ("survey_responses_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_surveys_id_idx" ON "payload_locked_documents_rels" USING btree ("surveys_id");
  CREATE INDEX "payload_locked_documents_rels_survey_responses_id_idx" ON "payload_locked_documents_rels" USING btree ("survey_responses_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "surveys_blocks_single_choice_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_single_choice_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_single_choice" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_single_choice_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_multiple_choice_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_multiple_choice_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_multiple_choice" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_multiple_choice_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_rating" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_rating_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_yes_no" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_yes_no_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_short_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_short_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_long_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_long_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_ranking_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_ranking_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_ranking" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_blocks_ranking_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "surveys_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "survey_responses" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "surveys_blocks_single_choice_options" CASCADE;
  DROP TABLE "surveys_blocks_single_choice_options_locales" CASCADE;
  DROP TABLE "surveys_blocks_single_choice" CASCADE;
  DROP TABLE "surveys_blocks_single_choice_locales" CASCADE;
  DROP TABLE "surveys_blocks_multiple_choice_options" CASCADE;
  DROP TABLE "surveys_blocks_multiple_choice_options_locales" CASCADE;
  DROP TABLE "surveys_blocks_multiple_choice" CASCADE;
  DROP TABLE "surveys_blocks_multiple_choice_locales" CASCADE;
  DROP TABLE "surveys_blocks_rating" CASCADE;
  DROP TABLE "surveys_blocks_rating_locales" CASCADE;
  DROP TABLE "surveys_blocks_yes_no" CASCADE;
  DROP TABLE "surveys_blocks_yes_no_locales" CASCADE;
  DROP TABLE "surveys_blocks_short_text" CASCADE;
  DROP TABLE "surveys_blocks_short_text_locales" CASCADE;
  DROP TABLE "surveys_blocks_long_text" CASCADE;
  DROP TABLE "surveys_blocks_long_text_locales" CASCADE;
  DROP TABLE "surveys_blocks_ranking_options" CASCADE;
  DROP TABLE "surveys_blocks_ranking_options_locales" CASCADE;
  DROP TABLE "surveys_blocks_ranking" CASCADE;
  DROP TABLE "surveys_blocks_ranking_locales" CASCADE;
  DROP TABLE "surveys" CASCADE;
  DROP TABLE "surveys_locales" CASCADE;
  DROP TABLE "surveys_rels" CASCADE;
  DROP TABLE "survey_responses" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_surveys_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_survey_responses_fk";
  
  DROP INDEX "payload_locked_documents_rels_surveys_id_idx";
  DROP INDEX "payload_locked_documents_rels_survey_responses_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "surveys_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "survey_responses_id";
  DROP TYPE "public"."enum_surveys_status";
  DROP TYPE "public"."enum_surveys_audience";
  DROP TYPE "public"."enum_surveys_answer_policy";
  DROP TYPE "public"."enum_surveys_results_visibility";
  DROP TYPE "public"."enum_survey_responses_mode";`)
}
