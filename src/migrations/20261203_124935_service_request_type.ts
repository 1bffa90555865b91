import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "services" ADD COLUMN "request_type_id" integer;
  ALTER TABLE "_services_v" ADD COLUMN "version_request_type_id" integer;
  ALTER TABLE "services" ADD CONSTRAINT "services_request_type_id_request_types_id_fk" FOREIGN KEY ("request_type_id") REFERENCES "public"."request_types"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_request_type_id_request_types_id_fk" FOREIGN KEY ("version_request_type_id") REFERENCES "public"."request_types"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "services_request_type_idx" ON "services" USING btree ("request_type_id");
  CREATE INDEX "_services_v_version_version_request_type_idx" ON "_services_v" USING btree ("version_request_type_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "services" DROP CONSTRAINT "services_request_type_id_request_types_id_fk";
  
  ALTER TABLE "_services_v" DROP CONSTRAINT "_services_v_version_request_type_id_request_types_id_fk";
  
  DROP INDEX "services_request_type_idx";
  DROP INDEX "_services_v_version_version_request_type_idx";
  ALTER TABLE "services" DROP COLUMN "request_type_id";
  ALTER TABLE "_services_v" DROP COLUMN "version_request_type_id";`)
}
