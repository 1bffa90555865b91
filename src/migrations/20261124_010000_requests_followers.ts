import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // "Me too" followers (service-requests plugin), in the plugin's own schema so drizzle's schema
  // comparison leaves the table alone. The primary key makes a double submit count once; a
  // citizen's rows go with their account; a browser is only a keyed hash of its random cookie.
  await db.execute(sql`
   CREATE SCHEMA IF NOT EXISTS "service_requests";
   CREATE TABLE IF NOT EXISTS "service_requests"."followers" (
    "request_id" integer NOT NULL REFERENCES "public"."service_requests"("id") ON DELETE CASCADE,
    "follower_key" varchar NOT NULL,
    "citizen_id" integer REFERENCES "public"."citizens"("id") ON DELETE CASCADE,
    "ip_key" varchar,
    "created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY ("request_id", "follower_key")
   );
   CREATE INDEX IF NOT EXISTS "followers_ip_key_created_at_idx" ON "service_requests"."followers" ("ip_key", "created_at");
   CREATE INDEX IF NOT EXISTS "followers_citizen_idx" ON "service_requests"."followers" ("citizen_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "service_requests"."followers";`)
}
