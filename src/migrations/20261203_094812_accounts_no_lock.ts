import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Issue 11: no account-wide sign-in lock (anyone who knows an email could set it) for citizens
// and staff. Failed sign-ins are counted per address and per account from an address in
// citizen_accounts.rate_limits instead (plugins/citizen-accounts/lib/rateLimit.ts).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";
  ALTER TABLE "citizens" DROP COLUMN "login_attempts";
  ALTER TABLE "citizens" DROP COLUMN "lock_until";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "citizens" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "citizens" ADD COLUMN "lock_until" timestamp(3) with time zone;`)
}
