import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "pages_blocks_mini_survey" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"survey_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_mini_survey" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"survey_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  ALTER TABLE "pages_blocks_mini_survey" ADD CONSTRAINT "pages_blocks_mini_survey_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_mini_survey" ADD CONSTRAINT "pages_blocks_mini_survey_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_mini_survey" ADD CONSTRAINT "_pages_v_blocks_mini_survey_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_mini_survey" ADD CONSTRAINT "_pages_v_blocks_mini_survey_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_mini_survey_order_idx" ON "pages_blocks_mini_survey" USING btree ("_order");
  CREATE INDEX "pages_blocks_mini_survey_parent_id_idx" ON "pages_blocks_mini_survey" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_mini_survey_path_idx" ON "pages_blocks_mini_survey" USING btree ("_path");
  CREATE INDEX "pages_blocks_mini_survey_locale_idx" ON "pages_blocks_mini_survey" USING btree ("_locale");
  CREATE INDEX "pages_blocks_mini_survey_survey_idx" ON "pages_blocks_mini_survey" USING btree ("survey_id");
  CREATE INDEX "_pages_v_blocks_mini_survey_order_idx" ON "_pages_v_blocks_mini_survey" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_mini_survey_parent_id_idx" ON "_pages_v_blocks_mini_survey" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_mini_survey_path_idx" ON "_pages_v_blocks_mini_survey" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_mini_survey_locale_idx" ON "_pages_v_blocks_mini_survey" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_mini_survey_survey_idx" ON "_pages_v_blocks_mini_survey" USING btree ("survey_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "pages_blocks_mini_survey" CASCADE;
  DROP TABLE "_pages_v_blocks_mini_survey" CASCADE;`)
}
