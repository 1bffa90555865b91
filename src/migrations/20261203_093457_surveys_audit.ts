import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Issue #11: the surveys plugin's audit of deleted answers (who, when, which survey, how many).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_survey_audit_action" AS ENUM('responsesDeleted', 'surveyDeleted');
  CREATE TABLE "survey_audit" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_survey_audit_action" NOT NULL,
  	"survey_id" numeric NOT NULL,
  	"survey_title" varchar,
  	"count" numeric NOT NULL,
  	"user_id" integer,
  	"user_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "survey_audit_id" integer;
  ALTER TABLE "survey_audit" ADD CONSTRAINT "survey_audit_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "survey_audit_survey_id_idx" ON "survey_audit" USING btree ("survey_id");
  CREATE INDEX "survey_audit_user_idx" ON "survey_audit" USING btree ("user_id");
  CREATE INDEX "survey_audit_updated_at_idx" ON "survey_audit" USING btree ("updated_at");
  CREATE INDEX "survey_audit_created_at_idx" ON "survey_audit" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_survey_audit_fk" FOREIGN KEY ("survey_audit_id") REFERENCES "public"."survey_audit"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_survey_audit_id_idx" ON "payload_locked_documents_rels" USING btree ("survey_audit_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "survey_audit" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "survey_audit" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_survey_audit_fk";
  
  DROP INDEX "payload_locked_documents_rels_survey_audit_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "survey_audit_id";
  DROP TYPE "public"."enum_survey_audit_action";`)
}
