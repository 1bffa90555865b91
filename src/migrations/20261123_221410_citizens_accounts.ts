import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_citizens_household_relationship" AS ENUM('spouse', 'child', 'parent', 'roommate', 'other');
  CREATE TYPE "public"."enum_citizens_preferred_language" AS ENUM('fr', 'en');
  -- Attempts counted by rate-limiter-flexible (plugins/citizen-accounts/lib/rateLimit.ts): shared by
  -- every web server, keyed by action + IP or action + hashed email, never an address in clear. In
  -- its own schema: Payload's schema (public) holds only what the collections describe.
  CREATE SCHEMA IF NOT EXISTS "citizen_accounts";
  CREATE TABLE IF NOT EXISTS "citizen_accounts"."rate_limits" (
  	"key" varchar(255) PRIMARY KEY,
  	"points" integer NOT NULL DEFAULT 0,
  	"expire" bigint
  );

  CREATE TABLE "citizens_household" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"first_name" varchar NOT NULL,
  	"relationship" "enum_citizens_household_relationship" NOT NULL
  );
  
  CREATE TABLE "citizens_consents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"purpose" varchar NOT NULL,
  	"text_version" varchar NOT NULL,
  	"accepted_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "citizens_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "citizens" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"phone" varchar,
  	"preferred_language" "enum_citizens_preferred_language" DEFAULT 'fr' NOT NULL,
  	"address_id" integer,
  	"sector_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"_verified" boolean,
  	"_verificationtoken" varchar,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "mail_outbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"from" varchar,
  	"subject" varchar,
  	"text" varchar,
  	"html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "citizens_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mail_outbox_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "citizens_id" integer;
  ALTER TABLE "citizens_household" ADD CONSTRAINT "citizens_household_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "citizens_consents" ADD CONSTRAINT "citizens_consents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "citizens_sessions" ADD CONSTRAINT "citizens_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "citizens" ADD CONSTRAINT "citizens_address_id_addresses_id_fk" FOREIGN KEY ("address_id") REFERENCES "public"."addresses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "citizens" ADD CONSTRAINT "citizens_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "citizens_household_order_idx" ON "citizens_household" USING btree ("_order");
  CREATE INDEX "citizens_household_parent_id_idx" ON "citizens_household" USING btree ("_parent_id");
  CREATE INDEX "citizens_consents_order_idx" ON "citizens_consents" USING btree ("_order");
  CREATE INDEX "citizens_consents_parent_id_idx" ON "citizens_consents" USING btree ("_parent_id");
  CREATE INDEX "citizens_sessions_order_idx" ON "citizens_sessions" USING btree ("_order");
  CREATE INDEX "citizens_sessions_parent_id_idx" ON "citizens_sessions" USING btree ("_parent_id");
  CREATE INDEX "citizens_address_idx" ON "citizens" USING btree ("address_id");
  CREATE INDEX "citizens_sector_idx" ON "citizens" USING btree ("sector_id");
  CREATE INDEX "citizens_updated_at_idx" ON "citizens" USING btree ("updated_at");
  CREATE INDEX "citizens_created_at_idx" ON "citizens" USING btree ("created_at");
  CREATE UNIQUE INDEX "citizens_email_idx" ON "citizens" USING btree ("email");
  CREATE INDEX "mail_outbox_to_idx" ON "mail_outbox" USING btree ("to");
  CREATE INDEX "mail_outbox_updated_at_idx" ON "mail_outbox" USING btree ("updated_at");
  CREATE INDEX "mail_outbox_created_at_idx" ON "mail_outbox" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_citizens_fk" FOREIGN KEY ("citizens_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mail_outbox_fk" FOREIGN KEY ("mail_outbox_id") REFERENCES "public"."mail_outbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_citizens_fk" FOREIGN KEY ("citizens_id") REFERENCES "public"."citizens"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_citizens_id_idx" ON "payload_locked_documents_rels" USING btree ("citizens_id");
  CREATE INDEX "payload_locked_documents_rels_mail_outbox_id_idx" ON "payload_locked_documents_rels" USING btree ("mail_outbox_id");
  CREATE INDEX "payload_preferences_rels_citizens_id_idx" ON "payload_preferences_rels" USING btree ("citizens_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citizens_household" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "citizens_consents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "citizens_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "citizens" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_outbox" DISABLE ROW LEVEL SECURITY;
  DROP SCHEMA IF EXISTS "citizen_accounts" CASCADE;
  DROP TABLE "citizens_household" CASCADE;
  DROP TABLE "citizens_consents" CASCADE;
  DROP TABLE "citizens_sessions" CASCADE;
  DROP TABLE "citizens" CASCADE;
  DROP TABLE "mail_outbox" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_citizens_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mail_outbox_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_citizens_fk";
  
  DROP INDEX "payload_locked_documents_rels_citizens_id_idx";
  DROP INDEX "payload_locked_documents_rels_mail_outbox_id_idx";
  DROP INDEX "payload_preferences_rels_citizens_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "citizens_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mail_outbox_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "citizens_id";
  DROP TYPE "public"."enum_citizens_household_relationship";
  DROP TYPE "public"."enum_citizens_preferred_language";`)
}
