import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "request_photos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"request_id" integer,
  	"is_public" boolean DEFAULT false,
  	"owner_id" integer,
  	"draft_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "request_photos_id" integer;
  ALTER TABLE "request_photos" ADD CONSTRAINT "request_photos_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "request_photos" ADD CONSTRAINT "request_photos_owner_id_citizens_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."citizens"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "request_photos_request_idx" ON "request_photos" USING btree ("request_id");
  CREATE INDEX "request_photos_is_public_idx" ON "request_photos" USING btree ("is_public");
  CREATE INDEX "request_photos_owner_idx" ON "request_photos" USING btree ("owner_id");
  CREATE INDEX "request_photos_draft_key_idx" ON "request_photos" USING btree ("draft_key");
  CREATE INDEX "request_photos_updated_at_idx" ON "request_photos" USING btree ("updated_at");
  CREATE INDEX "request_photos_created_at_idx" ON "request_photos" USING btree ("created_at");
  CREATE UNIQUE INDEX "request_photos_filename_idx" ON "request_photos" USING btree ("filename");
  CREATE INDEX "request_photos_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "request_photos" USING btree ("sizes_thumbnail_filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_request_photos_fk" FOREIGN KEY ("request_photos_id") REFERENCES "public"."request_photos"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_request_photos_id_idx" ON "payload_locked_documents_rels" USING btree ("request_photos_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "request_photos" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "request_photos" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_request_photos_fk";
  
  DROP INDEX "payload_locked_documents_rels_request_photos_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "request_photos_id";`)
}
