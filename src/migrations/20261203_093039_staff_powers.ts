import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// citizen-accounts: staff powers (issue 11). Disabled accounts, the outbox's masked copies (staff
// read those; the message as sent is for system code only), the account actions in the audit.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TYPE "public"."enum_citizen_audit_action" ADD VALUE 'view';
  ALTER TYPE "public"."enum_citizen_audit_action" ADD VALUE 'send-reset';
  ALTER TYPE "public"."enum_citizen_audit_action" ADD VALUE 'sign-out-everywhere';
  ALTER TYPE "public"."enum_citizen_audit_action" ADD VALUE 'disable';
  ALTER TYPE "public"."enum_citizen_audit_action" ADD VALUE 'enable';
  ALTER TABLE "citizens" ADD COLUMN "disabled_at" timestamp(3) with time zone;
  ALTER TABLE "mail_outbox" ADD COLUMN "masked_text" varchar;
  ALTER TABLE "mail_outbox" ADD COLUMN "masked_html" varchar;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DELETE FROM "citizen_audit" WHERE "action" NOT IN ('create', 'update', 'delete');
  ALTER TABLE "citizen_audit" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_citizen_audit_action";
  CREATE TYPE "public"."enum_citizen_audit_action" AS ENUM('create', 'update', 'delete');
  ALTER TABLE "citizen_audit" ALTER COLUMN "action" SET DATA TYPE "public"."enum_citizen_audit_action" USING "action"::"public"."enum_citizen_audit_action";
  ALTER TABLE "citizens" DROP COLUMN "disabled_at";
  ALTER TABLE "mail_outbox" DROP COLUMN "masked_text";
  ALTER TABLE "mail_outbox" DROP COLUMN "masked_html";`)
}
