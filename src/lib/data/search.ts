import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/config'
import { sectionHref } from '@/i18n/routes'

import { correctQuery, maxQueryLength, normalizeQuery, queryWords } from '@/lib/search/query'
import { searchableTools, type ToolLink } from '@/lib/tools'

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
  /** Only when nothing matched: the query with each word replaced by the closest word of the index. */
  didYouMean: string | null
  /** Only with didYouMean: its first hits. */
  suggestions: SearchSuggestion[]
  /** The site's online tools the words find, shown before the documents (first page, no type filter). */
  tools: ToolLink[]
  /** True when no document has all the words together: the hits have at least one of them. */
  isPartial: boolean
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

const rowsOf = async <T>(payload: Payload, query: ReturnType<typeof sql>): Promise<T[]> => {
  const adapter = payload.db as unknown as PostgresAdapter
  const result = (await adapter.drizzle.execute(query)) as unknown as { rows: T[] }
  return result.rows
}

const textConfig: Record<Locale, string> = { fr: 'french', en: 'english' }

/**
 * The query as Postgres reads it: every word (websearch syntax: quotes, "-word"), or, for the
 * fallback, any of the words — the same stemmed lexemes joined by OR instead of AND.
 */
const tsQuery = (locale: Locale, query: string, isAnyWord: boolean) =>
  isAnyWord
    ? sql`replace(plainto_tsquery(${textConfig[locale]}::regconfig, public.f_unaccent(${query}))::text, ' & ', ' | ')::tsquery`
    : sql`websearch_to_tsquery(${textConfig[locale]}::regconfig, public.f_unaccent(${query}))`

/**
 * Which of the site's tools the query finds, best first: each tool's name and keywords read with
 * the same stemming and accent folding as the index ("signaler" finds "Signaler un problème").
 * A dozen short texts: matched on the fly, no index needed.
 */
export const toolsQuery = ({
  locale,
  query,
  isAnyWord,
}: {
  locale: Locale
  query: string
  isAnyWord: boolean
}) => {
  const rows = searchableTools(locale).map(
    (tool, index) =>
      sql`(${tool.tool}::text, ${index}::int, ${`${tool.label} ${tool.label} ${tool.keywords}`}::text)`,
  )
  return sql`
    WITH q AS (SELECT ${tsQuery(locale, query, isAnyWord)} AS tsq),
    t AS (SELECT key, position, to_tsvector(${textConfig[locale]}::regconfig, public.f_unaccent(body)) AS vector
            FROM (VALUES ${sql.join(rows, sql`, `)}) AS v(key, position, body))
    SELECT t.key FROM t, q WHERE t.vector @@ q.tsq ORDER BY ts_rank(t.vector, q.tsq) DESC, t.position`
}

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
  isAnyWord = false,
}: {
  locale: Locale
  query: string
  type: SearchType | null
  page: number
  /** Match documents with at least one of the words (the fallback when none has them all). */
  isAnyWord?: boolean
}) => sql`
  WITH q AS (SELECT ${tsQuery(locale, query, isAnyWord)} AS tsq),
  -- OFFSET 0 keeps this a separate step: each match is ranked as it is read, so the count and the
  -- sort below handle (id, rank) pairs rather than whole vectors (3x faster on 6,000 matches).
  ranked AS (
    SELECT e.id, e.parent_id, ts_rank(e.vector, q.tsq) * (1 + coalesce(e.priority, 0)::real / 100) AS rank
      FROM q JOIN site_search.entries e ON e.vector @@ q.tsq
     WHERE e.locale = ${locale}
       AND (${type}::text IS NULL OR EXISTS (
             SELECT 1 FROM public.search_rels r
              WHERE r.parent_id = e.parent_id AND r.path = 'doc' AND ${typeOf} = ${type}::text))
    OFFSET 0
  ),
  matches AS (
    SELECT id, parent_id, rank, count(*) OVER () AS total
      FROM ranked
     ORDER BY rank DESC, id
     LIMIT ${searchPageSize} OFFSET ${(page - 1) * searchPageSize}
  )
  SELECT m.parent_id AS id, ${typeOf} AS type, l.title, l.summary, l.url_path,
         CASE WHEN n.ends_at < now() THEN n.ends_at END AS ended_at, m.total
    FROM matches m
    JOIN public.search_locales l ON l.id = m.id
    LEFT JOIN public.search_rels r ON r.parent_id = m.parent_id AND r.path = 'doc'
    LEFT JOIN public.notices n ON n.id = r.notices_id
   ORDER BY m.rank DESC, m.id`

/**
 * For each word of the query, the closest word of the index's vocabulary in this language
 * (pg_trgm similarity above pg_trgm.similarity_threshold, 0.3 by default), or null.
 */
export const closestWordsQuery = (locale: Locale, words: string[]) => sql`
  SELECT q.word AS typed, best.word AS closest
    FROM unnest(string_to_array(${words.join(' ')}, ' ')) WITH ORDINALITY AS q(word, i)
    LEFT JOIN LATERAL (
      SELECT w.word FROM site_search.words w
       WHERE w.locale = ${locale} AND w.word_key % public.f_unaccent(lower(q.word))
       ORDER BY similarity(w.word_key, public.f_unaccent(lower(q.word))) DESC, length(w.word), w.word
       LIMIT 1
    ) best ON true
   ORDER BY q.i`

/**
 * Full-text search over the one index of news, notices, events, services and pages, in the
 * visitor's language. One SQL query: accents ignored, `french`/`english` stemming, title (A) >
 * keywords (B) > summary (C), ts_rank nudged by the plugin's per-collection priority, 10 per page
 * with the total. Only published documents are in the index (the plugin removes drafts). With no
 * hit, the words are corrected against the index's vocabulary (pg_trgm) and the correction offered. Never cached: every query is different; the SQL
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
    tools: [],
    isPartial: false,
  }
  if (!query) return empty
  const client = payload ?? (await getPayloadClient())
  let rows = await rowsOf<HitRow>(client, hitsQuery({ locale, query, type, page: safePage }))
  let isPartial = false
  // No document has all the words ("encombrants mardi"): those with any of them, best first.
  if (!rows.length && queryWords(query).length > 1) {
    rows = await rowsOf<HitRow>(
      client,
      hitsQuery({ locale, query, type, page: safePage, isAnyWord: true }),
    )
    isPartial = rows.length > 0
  }
  const total = rows.length ? Number(rows[0].total) : 0
  const tools = safePage === 1 && !type ? await findTools(client, { locale, query }) : []
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
  const result = {
    ...empty,
    total,
    totalPages: Math.ceil(total / searchPageSize),
    hits,
    tools,
    isPartial,
  }
  // Something has all the words: nothing to correct.
  if (total > 0 && !isPartial) return result
  return { ...result, ...(await suggest(client, { locale, query, type })) }
}

/** The tools with all the words, else (several words) those with any of them. */
const findTools = async (
  payload: Payload,
  { locale, query }: { locale: Locale; query: string },
): Promise<ToolLink[]> => {
  const byKey = new Map(searchableTools(locale).map((tool) => [tool.tool, tool]))
  const run = async (isAnyWord: boolean) =>
    (await rowsOf<{ key: string }>(payload, toolsQuery({ locale, query, isAnyWord }))).flatMap(
      (row) => byKey.get(row.key as ToolLink['tool']) ?? [],
    )
  const all = await run(false)
  return all.length || queryWords(query).length < 2 ? all : run(true)
}

/**
 * Nothing matched: correct each word to its closest word in the index (typo tolerance), and when
 * that changes the query, offer it ("did you mean") with its first hits as suggestions.
 */
const suggest = async (
  payload: Payload,
  { locale, query, type }: { locale: Locale; query: string; type: SearchType | null },
): Promise<Pick<SearchResult, 'didYouMean' | 'suggestions'>> => {
  const none = { didYouMean: null, suggestions: [] }
  const words = queryWords(query)
  if (!words.length) return none
  const rows = await rowsOf<{ typed: string; closest: string | null }>(
    payload,
    closestWordsQuery(locale, words),
  )
  const didYouMean = correctQuery(query, new Map(rows.map((row) => [row.typed, row.closest])))
  if (!didYouMean) return none
  const hits = await rowsOf<HitRow>(
    payload,
    hitsQuery({ locale, query: didYouMean, type, page: 1 }),
  )
  const suggestions = hits
    .filter(
      (row): row is HitRow & { type: SearchType } => isSearchType(row.type) && Boolean(row.title),
    )
    .slice(0, 5)
    .map((row) => ({
      title: row.title ?? '',
      type: row.type,
      url: searchHitUrl(locale, row.type, row.url_path),
    }))
  // A correction that finds nothing either is no help.
  return suggestions.length ? { didYouMean, suggestions } : none
}
