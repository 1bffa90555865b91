import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_petition_audit_action" AS ENUM('paperEntry', 'bulkInvalidation');
  CREATE TABLE "petition_audit" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_petition_audit_action" NOT NULL,
  	"petition_id" numeric NOT NULL,
  	"petition_title" varchar,
  	"lines" numeric,
  	"count" numeric NOT NULL,
  	"details" jsonb,
  	"user_id" integer,
  	"user_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "petition_audit_id" integer;
  ALTER TABLE "petition_audit" ADD CONSTRAINT "petition_audit_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "petition_audit_petition_id_idx" ON "petition_audit" USING btree ("petition_id");
  CREATE INDEX "petition_audit_user_idx" ON "petition_audit" USING btree ("user_id");
  CREATE INDEX "petition_audit_updated_at_idx" ON "petition_audit" USING btree ("updated_at");
  CREATE INDEX "petition_audit_created_at_idx" ON "petition_audit" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_petition_audit_fk" FOREIGN KEY ("petition_audit_id") REFERENCES "public"."petition_audit"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_petition_audit_id_idx" ON "payload_locked_documents_rels" USING btree ("petition_audit_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "petition_audit" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "petition_audit" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_petition_audit_fk";
  
  DROP INDEX "payload_locked_documents_rels_petition_audit_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "petition_audit_id";
  DROP TYPE "public"."enum_petition_audit_action";`)
}
