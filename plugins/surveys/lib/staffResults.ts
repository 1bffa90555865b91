import { sql } from '@payloadcms/db-postgres'
import type { Payload, TypedUser } from 'payload'

import { responsesTable } from '../defaults'
import type { ResolvedSurveysOptions, SurveyLocale } from '../types'
import type { SurveyDoc } from './model'
import { computeResults, dbOf, type SurveyResults } from './results'

export type StaffResults = {
  sectorId: number | null
  /** Answers per sector, the anonymous ones (no sector) last. */
  bySector: { sector: number | null; name: string | null; count: number }[]
  /** Every sector staff may filter by. */
  sectors: { id: number; name: string }[]
  results: SurveyResults
}

/**
 * What staff see of a survey's results, whatever its public visibility: the counts (for one sector
 * or all), the answers per sector and the sectors to filter by. Used by the admin's results view and
 * by `GET /api/surveys/:id/results`.
 */
export const staffResults = async ({
  payload,
  options,
  survey,
  sectorId,
  locale,
  user,
}: {
  payload: Payload
  options: ResolvedSurveysOptions
  survey: SurveyDoc
  sectorId: number | null
  locale: SurveyLocale
  user: TypedUser | null
}): Promise<StaffResults> => {
  const [results, { rows }, { docs }] = await Promise.all([
    computeResults(payload, survey, { sectorId }),
    dbOf(payload).drizzle.execute(
      sql`SELECT sector_id, count(*)::int AS n FROM ${sql.identifier(responsesTable)} WHERE survey_id = ${survey.id} GROUP BY sector_id ORDER BY sector_id NULLS LAST`,
    ),
    payload.find({
      collection: options.sectorsCollection as 'sectors',
      locale,
      depth: 0,
      limit: 100,
      overrideAccess: false,
      user,
    }),
  ])
  const names = new Map(docs.map((d) => [d.id, String((d as { name?: string }).name ?? d.id)]))
  return {
    sectorId,
    bySector: rows.map((r) => ({
      sector: r.sector_id === null ? null : Number(r.sector_id),
      name: r.sector_id === null ? null : (names.get(Number(r.sector_id)) ?? null),
      count: Number(r.n),
    })),
    sectors: docs.map((d) => ({ id: d.id, name: names.get(d.id) ?? String(d.id) })),
    results,
  }
}
