import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_petition_signatures_phase" AS ENUM('support', 'signing');
  CREATE TYPE "public"."enum_petition_signatures_locale" AS ENUM('fr', 'en');
  ALTER TABLE "petition_signatures" ADD COLUMN "phase" "enum_petition_signatures_phase" DEFAULT 'signing' NOT NULL;
  ALTER TABLE "petition_signatures" ADD COLUMN "email" varchar;
  ALTER TABLE "petition_signatures" ADD COLUMN "locale" "enum_petition_signatures_locale" DEFAULT 'fr';
  ALTER TABLE "petition_signatures" ADD COLUMN "email_domain" varchar;
  ALTER TABLE "petition_signatures" ADD COLUMN "network" varchar;
  ALTER TABLE "petition_signatures" ADD COLUMN "invalidation_reason" varchar;
  ALTER TABLE "petition_signatures" ADD COLUMN "invalidation_at" timestamp(3) with time zone;
  CREATE INDEX "petition_signatures_phase_idx" ON "petition_signatures" USING btree ("phase");
  CREATE INDEX "petition_signatures_email_domain_idx" ON "petition_signatures" USING btree ("email_domain");
  CREATE INDEX "petition_signatures_network_idx" ON "petition_signatures" USING btree ("network");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "petition_signatures_phase_idx";
  DROP INDEX "petition_signatures_email_domain_idx";
  DROP INDEX "petition_signatures_network_idx";
  ALTER TABLE "petition_signatures" DROP COLUMN "phase";
  ALTER TABLE "petition_signatures" DROP COLUMN "email";
  ALTER TABLE "petition_signatures" DROP COLUMN "locale";
  ALTER TABLE "petition_signatures" DROP COLUMN "email_domain";
  ALTER TABLE "petition_signatures" DROP COLUMN "network";
  ALTER TABLE "petition_signatures" DROP COLUMN "invalidation_reason";
  ALTER TABLE "petition_signatures" DROP COLUMN "invalidation_at";
  DROP TYPE "public"."enum_petition_signatures_phase";
  DROP TYPE "public"."enum_petition_signatures_locale";`)
}
