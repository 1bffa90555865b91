import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// service-requests plugin: Open311 clients (hashed API keys, rate limits), the table their rate
// limiter counts in (rate-limiter-flexible's layout, in the plugin's own schema so drizzle's
// comparison leaves it alone), the updates clients already sent (FixMyStreet retries: one note
// per client update_id; same schema), and an index on the history's date for servicerequestupdates.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE SCHEMA IF NOT EXISTS "service_requests";
  CREATE TABLE IF NOT EXISTS "service_requests"."open311_rate_limits" (
  	"key" varchar(255) PRIMARY KEY,
  	"points" integer NOT NULL DEFAULT 0,
  	"expire" bigint
  );
  CREATE TABLE IF NOT EXISTS "service_requests"."open311_updates" (
  	"client_id" integer NOT NULL,
  	"external_id" varchar(100) NOT NULL,
  	"update_id" varchar,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	PRIMARY KEY ("client_id", "external_id")
  );
  CREATE TABLE "open311_clients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"contact_email" varchar,
  	"active" boolean DEFAULT true,
  	"rate_limit" numeric DEFAULT 60 NOT NULL,
  	"key_prefix" varchar,
  	"key_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "open311_clients_id" integer;
  CREATE INDEX "service_requests_history_at_idx" ON "service_requests_history" USING btree ("at");
  CREATE UNIQUE INDEX "open311_clients_key_hash_idx" ON "open311_clients" USING btree ("key_hash");
  CREATE INDEX "open311_clients_updated_at_idx" ON "open311_clients" USING btree ("updated_at");
  CREATE INDEX "open311_clients_created_at_idx" ON "open311_clients" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_open311_clients_fk" FOREIGN KEY ("open311_clients_id") REFERENCES "public"."open311_clients"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_open311_clients_id_idx" ON "payload_locked_documents_rels" USING btree ("open311_clients_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_open311_clients_fk";
  DROP INDEX "payload_locked_documents_rels_open311_clients_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "open311_clients_id";
  DROP INDEX "service_requests_history_at_idx";
  DROP TABLE "open311_clients" CASCADE;
  DROP TABLE IF EXISTS "service_requests"."open311_rate_limits";
  DROP TABLE IF EXISTS "service_requests"."open311_updates";`)
}
