import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { surveysSlug } from '../defaults'
import type { SurveyLocale } from '../types'
import type { SurveyDoc } from './model'
import { dbOf } from './results'

/** A survey by id or slug, in one language, as the system sees it (drafts included: callers check). */
export const readSurvey = async (
  payload: Payload,
  by: { id?: number; slug?: string },
  locale: SurveyLocale,
): Promise<SurveyDoc | null> => {
  if (by.id !== undefined) {
    if (!Number.isSafeInteger(by.id) || by.id <= 0) return null
    const doc = await payload.findByID({
      collection: surveysSlug as 'users',
      id: by.id,
      locale,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    return (doc as unknown as SurveyDoc | null) ?? null
  }
  if (!by.slug || !/^[a-z0-9-]{1,80}$/.test(by.slug)) return null
  const { docs } = await payload.find({
    collection: surveysSlug as 'users',
    where: { slug: { equals: by.slug } },
    locale,
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return (docs[0] as unknown as SurveyDoc | undefined) ?? null
}

/**
 * The answer endpoint's read: a survey's questions live in a dozen block and locale tables, so the
 * whole document is kept in this process's memory, keyed by its `updated_at`, and only that one row
 * (status, times, version) is read from Postgres on each answer. An edit or an early close changes
 * `updated_at`, so no server ever answers from a stale copy.
 */
const memo = new Map<string, SurveyDoc>()
export const readSurveyForAnswer = async (
  payload: Payload,
  id: number,
  locale: SurveyLocale,
): Promise<SurveyDoc | null> => {
  if (!Number.isSafeInteger(id) || id <= 0) return null
  const { rows } = await dbOf(payload).drizzle.execute(
    sql`SELECT updated_at FROM surveys WHERE id = ${id}`,
  )
  if (!rows[0]) return null
  const key = `${id}\u0000${locale}\u0000${new Date(String(rows[0].updated_at)).getTime()}`
  const hit = memo.get(key)
  if (hit) return hit
  const doc = await readSurvey(payload, { id }, locale)
  if (!doc) return null
  if (memo.size > 500) memo.clear()
  memo.set(key, doc)
  return doc
}
