import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'

import { correctQuery, maxQueryLength, normalizeQuery } from '@/lib/search/query'

import { getPayloadClient } from './payload'

export { maxQueryLength, normalizeQuery }

/** The collections the search plugin indexes, as the site names them in its type filter. */
export const searchTypes = ['news', 'notices', 'events', 'services', 'pages'] as const
export type SearchType = (typeof searchTypes)[number]

export const isSearchType = (value: unknown): value is SearchType =>
  typeof value === 'string' && (searchTypes as readonly string[]).includes(value)

export const searchPageSize = 10
const maxPage = 100

export type SearchHit = {
  id: number
  type: SearchType
  title: string
  summary: string | null
  url: string
  /** For a notice whose end has passed: when it ended (still listed, marked as ended). */
  endedAt: string | null
}

export type SearchSuggestion = { title: string; type: SearchType; url: string }

export type SearchResult = {
  /** The query as searched (trimmed, cut to maxQueryLength), '' when there was none. */
  query: string
  isTruncated: boolean
  type: SearchType | null
  page: number
  total: number
  totalPages: number
  hits: SearchHit[]
  /** Only when nothing matched: titles close to what was typed (typo-tolerant, pg_trgm). */
  suggestions: SearchSuggestion[]
  /** Only when nothing matched: the query with each word replaced by the closest word of a similar title. */
  didYouMean: string | null
}

/** The page URL of an indexed document in this language. */
export const searchHitUrl = (locale: Locale, type: SearchType, urlPath: string | null): string => {
  switch (type) {
    case 'news':
      return sectionHref(locale, 'news', urlPath)
    case 'notices':
      return sectionHref(locale, 'notices', urlPath)
    case 'events':
      return sectionHref(locale, 'events', urlPath)
    case 'services':
      // Same segment in both languages; the catalogue is served at /{locale}/services/{breadcrumb path}.
      return `/${locale}/services${urlPath ? `/${urlPath}` : ''}`
    case 'pages':
      return `/${locale}${urlPath ? `/${urlPath}` : ''}`
  }
}

// Which collection a search document points at: the plugin's polymorphic `doc` relation.
const typeOf = sql`(CASE
  WHEN r.news_id IS NOT NULL THEN 'news'
  WHEN r.notices_id IS NOT NULL THEN 'notices'
  WHEN r.events_id IS NOT NULL THEN 'events'
  WHEN r.services_id IS NOT NULL THEN 'services'
  WHEN r.pages_id IS NOT NULL THEN 'pages' END)`

type HitRow = {
  id: number
  type: SearchType | null
  title: string | null
  summary: string | null
  url_path: string | null
  ended_at: Date | string | null
  total: string | number
}

type SuggestionRow = { title: string | null; type: SearchType | null; url_path: string | null }

const rowsOf = async <T>(payload: Payload, query: ReturnType<typeof sql>): Promise<T[]> => {
  const adapter = payload.db as unknown as PostgresAdapter
  const result = (await adapter.drizzle.execute(query)) as unknown as { rows: T[] }
  return result.rows
}

const textConfig: Record<Locale, string> = { fr: 'french', en: 'english' }

/**
 * The one SQL query of a search: a page of ranked hits, each row carrying the total. Matching,
 * ranking and counting read site_search.entries alone (vector and priority); only the page's ten
 * rows are then joined to the plugin's tables for their title, summary, type and notice end.
 */
export const hitsQuery = ({
  locale,
  query,
  type,
  page,
}: {
  locale: Locale
  query: string
  type: SearchType | null
  page: number
}) => sql`
  WITH q AS (SELECT websearch_to_tsquery(${textConfig[locale]}::regconfig, public.f_unaccent(${query})) AS tsq),
  matches AS (
    SELECT e.id, e.parent_id,
           ts_rank(e.vector, q.tsq) * (1 + coalesce(e.priority, 0) / 100.0) AS rank,
           count(*) OVER () AS total
      FROM q JOIN site_search.entries e ON e.vector @@ q.tsq
     WHERE e.locale = ${locale}
       AND (${type}::text IS NULL OR EXISTS (
             SELECT 1 FROM public.search_rels r
              WHERE r.parent_id = e.parent_id AND r.path = 'doc' AND ${typeOf} = ${type}::text))
     ORDER BY rank DESC, e.id
     LIMIT ${searchPageSize} OFFSET ${(page - 1) * searchPageSize}
  )
  SELECT m.parent_id AS id, ${typeOf} AS type, l.title, l.summary, l.url_path,
         CASE WHEN n.ends_at < now() THEN n.ends_at END AS ended_at, m.total
    FROM matches m
    JOIN public.search_locales l ON l.id = m.id
    LEFT JOIN public.search_rels r ON r.parent_id = m.parent_id AND r.path = 'doc'
    LEFT JOIN public.notices n ON n.id = r.notices_id
   ORDER BY m.rank DESC, m.id`

/** Titles of this language that contain a word close to the query (the trigram index answers `<%`). */
export const suggestionsQuery = (locale: Locale, query: string) =>
  sql`
  WITH q AS (SELECT public.f_unaccent(lower(${query})) AS key)
  SELECT l.title, ${typeOf} AS type, l.url_path
    FROM q
    JOIN site_search.entries e ON q.key <% e.title_key
    JOIN public.search_locales l ON l.id = e.id
    JOIN public.search_rels r ON r.parent_id = e.parent_id AND r.path = 'doc'
   WHERE e.locale = ${locale}
   ORDER BY word_similarity(q.key, e.title_key) DESC, l.title
   LIMIT 5`

/**
 * Full-text search over the one index of news, notices, events, services and pages, in the
 * visitor's language. One SQL query: accents ignored, `french`/`english` stemming, title (A) >
 * keywords (B) > summary (C), ts_rank nudged by the plugin's per-collection priority, 10 per page
 * with the total. Only published documents are in the index (the plugin removes drafts). With no
 * hit, a second query proposes similar titles. Never cached: every query is different; the SQL
 * runs on GIN indexes (site_search.entries).
 */
export const searchSite = async (
  locale: Locale,
  { q, type = null, page = 1 }: { q: unknown; type?: SearchType | null; page?: number },
  payload?: Payload,
): Promise<SearchResult> => {
  const { query, isTruncated } = normalizeQuery(q)
  const safePage = Number.isInteger(page) && page >= 1 ? Math.min(page, maxPage) : 1
  const empty: SearchResult = {
    query,
    isTruncated,
    type,
    page: safePage,
    total: 0,
    totalPages: 0,
    hits: [],
    suggestions: [],
    didYouMean: null,
  }
  if (!query) return empty
  const client = payload ?? (await getPayloadClient())
  const rows = await rowsOf<HitRow>(client, hitsQuery({ locale, query, type, page: safePage }))
  const total = rows.length ? Number(rows[0].total) : 0
  if (total === 0 && safePage > 1) {
    // Past the last page: say how many there are rather than pretending nothing matched.
    const first = await searchSite(locale, { q: query, type, page: 1 }, client)
    return { ...first, page: safePage, hits: [] }
  }
  const hits = rows
    .filter((row): row is HitRow & { type: SearchType } => isSearchType(row.type))
    .map((row) => ({
      id: row.id,
      type: row.type,
      title: row.title ?? '',
      summary: row.summary,
      url: searchHitUrl(locale, row.type, row.url_path),
      endedAt: row.ended_at ? new Date(row.ended_at).toISOString() : null,
    }))
  const result = { ...empty, total, totalPages: Math.ceil(total / searchPageSize), hits }
  if (total > 0) return result
  const suggestions = await suggestTitles(client, locale, query)
  return {
    ...result,
    suggestions,
    didYouMean: correctQuery(
      query,
      suggestions.map((s) => s.title),
    ),
  }
}

/** Titles in this language that contain something close to the query (pg_trgm word similarity). */
const suggestTitles = async (
  payload: Payload,
  locale: Locale,
  query: string,
): Promise<SearchSuggestion[]> => {
  // `<%`: word_similarity above pg_trgm.word_similarity_threshold (0.6 by default).
  const rows = await rowsOf<SuggestionRow>(payload, suggestionsQuery(locale, query))
  return rows
    .filter(
      (row): row is SuggestionRow & { type: SearchType } =>
        isSearchType(row.type) && Boolean(row.title),
    )
    .map((row) => ({
      title: row.title ?? '',
      type: row.type,
      url: searchHitUrl(locale, row.type, row.url_path),
    }))
}
