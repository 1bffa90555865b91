import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { petitionsTable } from '../defaults'
import { dbOf } from './db'

export type SimilarPetition = {
  id: number
  slug: string
  title: string
  status: 'signing' | 'closed'
  score: number
}

/**
 * Petitions like the one being filed, shown before it is submitted: the public ones open for
 * signing or closed in the last three years (a subject consulted that recently is inadmissible),
 * ranked by pg_trgm — the title's trigram similarity to the new title, or the new title's words
 * found in the other petition's title and text (`word_similarity`), whichever is higher. Drafts
 * and petitions awaiting the greffe are never shown: they are not public. A few hundred petitions
 * are compared in a millisecond; no index needed at a city's scale.
 */
export const findSimilarPetitions = async (
  payload: Payload,
  { title, text = '', excludeId }: { title: string; text?: string; excludeId?: number },
  { limit = 5, threshold = 0.3 }: { limit?: number; threshold?: number } = {},
): Promise<SimilarPetition[]> => {
  const query = `${title} ${text.slice(0, 300)}`.replace(/\s+/g, ' ').trim().toLowerCase()
  const shortQuery = title.replace(/\s+/g, ' ').trim().toLowerCase()
  if (shortQuery.length < 3) return []
  const { rows } = await dbOf(payload).drizzle.execute(sql`
    SELECT id, slug, title, status, score FROM (
      SELECT p.id, p.slug, p.title, p.status::text AS status,
        greatest(
          similarity(lower(p.title), ${shortQuery}),
          word_similarity(${shortQuery}, lower(p.title || ' ' || p.text)),
          similarity(lower(p.title || ' ' || left(p.text, 300)), ${query})
        )::float8 AS score
      FROM ${sql.identifier(petitionsTable)} p
      WHERE (p.status = 'signing' OR (p.status = 'closed' AND coalesce(p.closed_at, p.updated_at) > now() - interval '3 years'))
        AND p.id <> ${excludeId ?? 0}
    ) ranked
    WHERE score >= ${threshold}
    ORDER BY score DESC, id DESC
    LIMIT ${limit}`)
  return rows.map((row) => ({
    id: Number(row.id),
    slug: String(row.slug),
    title: String(row.title),
    status: row.status as SimilarPetition['status'],
    score: Number(row.score),
  }))
}
