import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_alert_signups_preferred_language" AS ENUM('fr', 'en');
  CREATE TABLE "alert_signups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"sector_id" integer NOT NULL,
  	"preferred_language" "enum_alert_signups_preferred_language" DEFAULT 'fr' NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "alert_signups_id" integer;
  ALTER TABLE "alert_signups" ADD CONSTRAINT "alert_signups_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "alert_signups_key_idx" ON "alert_signups" USING btree ("key");
  CREATE INDEX "alert_signups_email_idx" ON "alert_signups" USING btree ("email");
  CREATE INDEX "alert_signups_sector_idx" ON "alert_signups" USING btree ("sector_id");
  CREATE INDEX "alert_signups_confirmed_at_idx" ON "alert_signups" USING btree ("confirmed_at");
  CREATE INDEX "alert_signups_token_hash_idx" ON "alert_signups" USING btree ("token_hash");
  CREATE INDEX "alert_signups_updated_at_idx" ON "alert_signups" USING btree ("updated_at");
  CREATE INDEX "alert_signups_created_at_idx" ON "alert_signups" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alert_signups_fk" FOREIGN KEY ("alert_signups_id") REFERENCES "public"."alert_signups"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_alert_signups_id_idx" ON "payload_locked_documents_rels" USING btree ("alert_signups_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "alert_signups" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "alert_signups" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_alert_signups_fk";
  
  DROP INDEX "payload_locked_documents_rels_alert_signups_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "alert_signups_id";
  DROP TYPE "public"."enum_alert_signups_preferred_language";`)
}
