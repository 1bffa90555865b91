import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Issue #11: which Open311 client created a request and which partner wrote each history entry;
// request types granted to a client's key; a client's read precision (public or exact).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TYPE "public"."enum_open311_clients_read_precision" AS ENUM('public', 'exact');
  ALTER TABLE "open311_clients" ADD COLUMN "read_precision" "enum_open311_clients_read_precision" DEFAULT 'public';
  CREATE TABLE "open311_clients_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"request_types_id" integer
  );
  ALTER TABLE "open311_clients_rels" ADD CONSTRAINT "open311_clients_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."open311_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "open311_clients_rels" ADD CONSTRAINT "open311_clients_rels_request_types_fk" FOREIGN KEY ("request_types_id") REFERENCES "public"."request_types"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "open311_clients_rels_order_idx" ON "open311_clients_rels" USING btree ("order");
  CREATE INDEX "open311_clients_rels_parent_idx" ON "open311_clients_rels" USING btree ("parent_id");
  CREATE INDEX "open311_clients_rels_path_idx" ON "open311_clients_rels" USING btree ("path");
  CREATE INDEX "open311_clients_rels_request_types_id_idx" ON "open311_clients_rels" USING btree ("request_types_id");
  ALTER TABLE "service_requests_history" ADD COLUMN "partner" varchar;
  ALTER TABLE "service_requests" ADD COLUMN "open311_client_id" integer;
  ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_open311_client_id_open311_clients_id_fk" FOREIGN KEY ("open311_client_id") REFERENCES "public"."open311_clients"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "service_requests_open311_client_idx" ON "service_requests" USING btree ("open311_client_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "service_requests_open311_client_idx";
  ALTER TABLE "service_requests" DROP CONSTRAINT "service_requests_open311_client_id_open311_clients_id_fk";
  ALTER TABLE "service_requests" DROP COLUMN "open311_client_id";
  ALTER TABLE "service_requests_history" DROP COLUMN "partner";
  DROP TABLE "open311_clients_rels" CASCADE;
  ALTER TABLE "open311_clients" DROP COLUMN "read_precision";
  DROP TYPE "public"."enum_open311_clients_read_precision";`)
}
