import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_activities_cancellation_after_start" AS ENUM('credit', 'none');
  CREATE TYPE "public"."enum_activity_payments_status" AS ENUM('applied', 'toRefund');
  CREATE TYPE "public"."enum_activity_cancellations_kind" AS ENUM('refund', 'credit', 'none');
  CREATE TYPE "public"."enum_activity_cancellations_refund_status" AS ENUM('toRefund', 'refunded', 'credited', 'none');
  CREATE TYPE "public"."enum_activity_cancellations_cancelled_by" AS ENUM('resident', 'staff');
  ALTER TYPE "public"."enum_activity_payments_method" ADD VALUE 'card';
  CREATE TABLE "activity_cancellations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"registration_id" integer NOT NULL,
  	"reference" varchar,
  	"kind" "enum_activity_cancellations_kind" NOT NULL,
  	"amount_cents" numeric NOT NULL,
  	"fee_cents" numeric NOT NULL,
  	"reason_fr" varchar,
  	"reason_en" varchar,
  	"payment_method" varchar,
  	"refund_status" "enum_activity_cancellations_refund_status" NOT NULL,
  	"processor_refund_id" varchar,
  	"staff_id" integer,
  	"staff_note" varchar,
  	"cancelled_by" "enum_activity_cancellations_cancelled_by" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "activity_payments_reference_idx";
  ALTER TABLE "activities" ADD COLUMN "cancellation_fee_cents" numeric DEFAULT 0;
  ALTER TABLE "activities" ADD COLUMN "cancellation_refund_until_hours" numeric DEFAULT 0;
  ALTER TABLE "activities" ADD COLUMN "cancellation_after_start" "enum_activities_cancellation_after_start" DEFAULT 'credit';
  ALTER TABLE "activity_payments" ADD COLUMN "status" "enum_activity_payments_status" DEFAULT 'applied' NOT NULL;
  ALTER TABLE "activity_payments" ADD COLUMN "flag" varchar;
  ALTER TABLE "activity_payments" ADD COLUMN "processor_payment_id" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activity_cancellations_id" integer;
  ALTER TABLE "activity_cancellations" ADD CONSTRAINT "activity_cancellations_registration_id_activity_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."activity_registrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activity_cancellations" ADD CONSTRAINT "activity_cancellations_staff_id_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "activity_cancellations_registration_idx" ON "activity_cancellations" USING btree ("registration_id");
  CREATE INDEX "activity_cancellations_reference_idx" ON "activity_cancellations" USING btree ("reference");
  CREATE INDEX "activity_cancellations_staff_idx" ON "activity_cancellations" USING btree ("staff_id");
  CREATE INDEX "activity_cancellations_updated_at_idx" ON "activity_cancellations" USING btree ("updated_at");
  CREATE INDEX "activity_cancellations_created_at_idx" ON "activity_cancellations" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activity_cancellations_fk" FOREIGN KEY ("activity_cancellations_id") REFERENCES "public"."activity_cancellations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "activity_payments_status_idx" ON "activity_payments" USING btree ("status");
  CREATE UNIQUE INDEX "activity_payments_processor_payment_id_idx" ON "activity_payments" USING btree ("processor_payment_id");
  CREATE INDEX "payload_locked_documents_rels_activity_cancellations_id_idx" ON "payload_locked_documents_rels" USING btree ("activity_cancellations_id");
  CREATE INDEX "activity_payments_reference_idx" ON "activity_payments" USING btree ("reference");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "activity_cancellations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "activity_cancellations" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_activity_cancellations_fk";
  
  ALTER TABLE "activity_payments" ALTER COLUMN "method" SET DATA TYPE text;
  ALTER TABLE "activity_payments" ALTER COLUMN "method" SET DEFAULT 'counter'::text;
  DROP TYPE "public"."enum_activity_payments_method";
  CREATE TYPE "public"."enum_activity_payments_method" AS ENUM('counter', 'bill-payment');
  ALTER TABLE "activity_payments" ALTER COLUMN "method" SET DEFAULT 'counter'::"public"."enum_activity_payments_method";
  ALTER TABLE "activity_payments" ALTER COLUMN "method" SET DATA TYPE "public"."enum_activity_payments_method" USING "method"::"public"."enum_activity_payments_method";
  DROP INDEX "activity_payments_status_idx";
  DROP INDEX "activity_payments_processor_payment_id_idx";
  DROP INDEX "payload_locked_documents_rels_activity_cancellations_id_idx";
  DROP INDEX "activity_payments_reference_idx";
  CREATE UNIQUE INDEX "activity_payments_reference_idx" ON "activity_payments" USING btree ("reference");
  ALTER TABLE "activities" DROP COLUMN "cancellation_fee_cents";
  ALTER TABLE "activities" DROP COLUMN "cancellation_refund_until_hours";
  ALTER TABLE "activities" DROP COLUMN "cancellation_after_start";
  ALTER TABLE "activity_payments" DROP COLUMN "status";
  ALTER TABLE "activity_payments" DROP COLUMN "flag";
  ALTER TABLE "activity_payments" DROP COLUMN "processor_payment_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activity_cancellations_id";
  DROP TYPE "public"."enum_activities_cancellation_after_start";
  DROP TYPE "public"."enum_activity_payments_status";
  DROP TYPE "public"."enum_activity_cancellations_kind";
  DROP TYPE "public"."enum_activity_cancellations_refund_status";
  DROP TYPE "public"."enum_activity_cancellations_cancelled_by";`)
}
