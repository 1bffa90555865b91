import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Full-text search over the search plugin's index.
 *
 * The ranked vectors and the vocabulary for "did you mean" live in their own schema, `site_search`,
 * kept in step with `search_locales` by a trigger. Why not columns and indexes on `search_locales` itself:
 * drizzle (Payload's schema push and the drift test) owns the `public` schema and would drop any
 * column or index it did not create; it never looks into another schema, nor at triggers and
 * functions. Why stored vectors rather than an expression index: ts_rank needs the vector of every
 * matching row, and recomputing to_tsvector(unaccent(...)) for a thousand hits costs ~20 ms.
 *
 * The language decides the text search configuration: `french` for fr, `english` for en. Accents
 * are removed on both sides (f_unaccent), so "deneigement" finds "Déneigement".
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_locales" ADD COLUMN "url_path" varchar;`)
  await db.execute(
    sql.raw(`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE EXTENSION IF NOT EXISTS pg_trgm;

  -- unaccent() is only STABLE (its dictionary could change); naming the dictionary makes it safe to
  -- use in indexes and generated values.
  CREATE OR REPLACE FUNCTION public.f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

  -- Derived data only (rebuilt below): a leftover schema, e.g. after migrate:fresh, is replaced.
  DROP SCHEMA IF EXISTS site_search CASCADE;
  CREATE SCHEMA site_search;

  CREATE OR REPLACE FUNCTION site_search.config_for(locale text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN locale = 'fr' THEN 'pg_catalog.french'::regconfig ELSE 'pg_catalog.english'::regconfig END $$;

  -- Title weighs most (A), then keywords (B), then the summary (C).
  CREATE OR REPLACE FUNCTION site_search.document_vector(config regconfig, title text, keywords text, summary text)
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT setweight(to_tsvector(config, public.f_unaccent(coalesce(title, ''))), 'A')
              || setweight(to_tsvector(config, public.f_unaccent(coalesce(keywords, ''))), 'B')
              || setweight(to_tsvector(config, public.f_unaccent(coalesce(summary, ''))), 'C') $$;

  CREATE TABLE site_search.entries (
    id integer PRIMARY KEY REFERENCES public.search_locales (id) ON DELETE CASCADE,
    parent_id integer NOT NULL,
    locale text NOT NULL,
    -- Copied from public.search so that ranking and counting read this table alone.
    priority numeric,
    vector tsvector NOT NULL
  );
  CREATE INDEX entries_vector_idx ON site_search.entries USING gin (vector);
  CREATE INDEX entries_parent_idx ON site_search.entries (parent_id);

  -- Every word the index has seen, per language: "did you mean" looks for the closest one with
  -- pg_trgm (a few thousand short words answer in a millisecond, where comparing the query with
  -- every title costs a scan of them all). Words are only added: one left over from a deleted
  -- document merely proposes a correction that finds nothing, and none is then shown.
  CREATE TABLE site_search.words (
    locale text NOT NULL,
    word text NOT NULL,
    word_key text NOT NULL,
    PRIMARY KEY (locale, word)
  );
  CREATE INDEX words_key_trgm_idx ON site_search.words USING gin (word_key gin_trgm_ops);

  -- The words of a text as the 'simple' parser sees them (lower case, accents kept), 3 letters or more.
  CREATE OR REPLACE FUNCTION site_search.words_of(body text) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT t.lexeme FROM unnest(to_tsvector('pg_catalog.simple', coalesce(body, ''))) AS t
           WHERE length(t.lexeme) >= 3 AND t.lexeme !~ '^[0-9]' $$;

  CREATE OR REPLACE FUNCTION site_search.sync_entry() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO site_search.entries (id, parent_id, locale, priority, vector)
    VALUES (
      NEW.id, NEW._parent_id, NEW._locale::text,
      (SELECT priority FROM public.search WHERE id = NEW._parent_id),
      site_search.document_vector(site_search.config_for(NEW._locale::text), NEW.title, NEW.keywords, NEW.summary)
    )
    ON CONFLICT (id) DO UPDATE SET
      parent_id = EXCLUDED.parent_id, locale = EXCLUDED.locale, priority = EXCLUDED.priority,
      vector = EXCLUDED.vector;
    INSERT INTO site_search.words (locale, word, word_key)
    SELECT DISTINCT NEW._locale::text, w, public.f_unaccent(w)
      FROM site_search.words_of(concat_ws(' ', NEW.title, NEW.keywords, NEW.summary)) AS w
    ON CONFLICT DO NOTHING;
    RETURN NULL;
  END $$;

  CREATE TRIGGER search_locales_site_search
    AFTER INSERT OR UPDATE OF title, keywords, summary, _locale, _parent_id ON public.search_locales
    FOR EACH ROW EXECUTE FUNCTION site_search.sync_entry();

  CREATE OR REPLACE FUNCTION site_search.sync_priority() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE site_search.entries SET priority = NEW.priority WHERE parent_id = NEW.id;
    RETURN NULL;
  END $$;

  CREATE TRIGGER search_site_search_priority
    AFTER UPDATE OF priority ON public.search
    FOR EACH ROW WHEN (OLD.priority IS DISTINCT FROM NEW.priority)
    EXECUTE FUNCTION site_search.sync_priority();

  -- Documents indexed before this migration.
  UPDATE public.search_locales SET url_path = slug WHERE url_path IS NULL;
  UPDATE public.search_locales l SET url_path = ltrim(b.url, '/')
    FROM public.search_rels r, public.services_breadcrumbs b
   WHERE r.parent_id = l._parent_id AND r.path = 'doc' AND r.services_id IS NOT NULL
     AND b._parent_id = r.services_id AND b._locale = l._locale AND b.url IS NOT NULL
     AND b._order = (SELECT max(b2._order) FROM public.services_breadcrumbs b2
                      WHERE b2._parent_id = b._parent_id AND b2._locale = b._locale);
  INSERT INTO site_search.entries (id, parent_id, locale, priority, vector)
  SELECT l.id, l._parent_id, l._locale::text, s.priority,
         site_search.document_vector(site_search.config_for(l._locale::text), l.title, l.keywords, l.summary)
    FROM public.search_locales l JOIN public.search s ON s.id = l._parent_id
  ON CONFLICT (id) DO NOTHING;
  INSERT INTO site_search.words (locale, word, word_key)
  SELECT DISTINCT l._locale::text, w, public.f_unaccent(w)
    FROM public.search_locales l, site_search.words_of(concat_ws(' ', l.title, l.keywords, l.summary)) AS w
  ON CONFLICT DO NOTHING;
  `),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(
    sql.raw(`
  DROP TRIGGER IF EXISTS search_locales_site_search ON public.search_locales;
  DROP TRIGGER IF EXISTS search_site_search_priority ON public.search;
  DROP SCHEMA IF EXISTS site_search CASCADE;
  DROP FUNCTION IF EXISTS public.f_unaccent(text);
  -- The extensions go too, unless something created since depends on them.
  DO $$ BEGIN
    DROP EXTENSION IF EXISTS pg_trgm;
  EXCEPTION WHEN dependent_objects_still_exist THEN NULL;
  END $$;
  DO $$ BEGIN
    DROP EXTENSION IF EXISTS unaccent;
  EXCEPTION WHEN dependent_objects_still_exist THEN NULL;
  END $$;
  `),
  )
  await db.execute(sql`
   ALTER TABLE "search_locales" DROP COLUMN "url_path";`)
}
