import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_citizen_audit_action" AS ENUM('create', 'update', 'delete');
  CREATE TABLE "citizen_audit" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"citizen_id" numeric NOT NULL,
  	"staff_id" integer,
  	"action" "enum_citizen_audit_action" NOT NULL,
  	"fields" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "citizen_audit_id" integer;
  ALTER TABLE "citizen_audit" ADD CONSTRAINT "citizen_audit_staff_id_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "citizen_audit_citizen_id_idx" ON "citizen_audit" USING btree ("citizen_id");
  CREATE INDEX "citizen_audit_staff_idx" ON "citizen_audit" USING btree ("staff_id");
  CREATE INDEX "citizen_audit_updated_at_idx" ON "citizen_audit" USING btree ("updated_at");
  CREATE INDEX "citizen_audit_created_at_idx" ON "citizen_audit" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_citizen_audit_fk" FOREIGN KEY ("citizen_audit_id") REFERENCES "public"."citizen_audit"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_citizen_audit_id_idx" ON "payload_locked_documents_rels" USING btree ("citizen_audit_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citizen_audit" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "citizen_audit" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_citizen_audit_fk";
  
  DROP INDEX "payload_locked_documents_rels_citizen_audit_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "citizen_audit_id";
  DROP TYPE "public"."enum_citizen_audit_action";`)
}
