import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { countedTypes } from '../collections/Surveys/fields/questions'
import { responsesTable } from '../defaults'
import type { SurveyDoc, SurveyQuestion } from './model'

export type ResultRow = {
  id: string
  label: string
  count: number
  percent: number
  firstCount?: number
  averageRank?: number
}
export type QuestionResult = {
  id: string
  type: SurveyQuestion['blockType']
  question: string
  /** Respondents who answered this question (the base of the percentages). */
  answered: number
  rows: ResultRow[]
}
export type SurveyResults = { total: number; questions: QuestionResult[] }

type Db = { drizzle: { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }
export const dbOf = (payload: Payload) => payload.db as unknown as Db

/**
 * Counts and percentages per option, computed in Postgres in one pass over the answers (each
 * answer's value unnested, with its position for rankings). Free-text questions are left out: they
 * are never part of the results.
 */
export const computeResults = async (
  payload: Payload,
  survey: SurveyDoc,
  { sectorId }: { sectorId?: number | null } = {},
): Promise<SurveyResults> => {
  const counted = survey.questions.filter((q) => countedTypes.includes(q.blockType))
  const db = dbOf(payload)
  const table = sql.identifier(responsesTable)
  const sectorFilter = sectorId ? sql` AND sector_id = ${sectorId}` : sql``
  const totalRows = await db.drizzle.execute(
    sql`SELECT count(*)::int AS n FROM ${table} WHERE survey_id = ${survey.id}${sectorFilter}`,
  )
  const total = Number(totalRows.rows[0]?.n ?? 0)
  const byQuestion = new Map<
    string,
    {
      answered: number
      values: Map<string, { count: number; percent: number; first: number; avg: number }>
    }
  >()
  if (counted.length > 0) {
    const ids = sql.join(
      counted.map((q) => sql`${q.id}`),
      sql`, `,
    )
    const { rows } = await db.drizzle.execute(sql`
      WITH r AS (SELECT answers FROM ${table} WHERE survey_id = ${survey.id}${sectorFilter}),
      q AS (SELECT q.key AS question, q.value FROM r CROSS JOIN LATERAL jsonb_each(r.answers) q WHERE q.key IN (${ids})),
      answered AS (SELECT question, count(*) AS n FROM q GROUP BY question),
      v AS (
        SELECT q.question, e.value, e.pos FROM q
        CROSS JOIN LATERAL jsonb_array_elements_text(
          CASE WHEN jsonb_typeof(q.value) = 'array' THEN q.value ELSE jsonb_build_array(q.value) END
        ) WITH ORDINALITY AS e(value, pos)
      )
      SELECT v.question, v.value, count(*)::int AS count,
        round(100.0 * count(*) / nullif(answered.n, 0), 1)::float8 AS percent,
        (count(*) FILTER (WHERE v.pos = 1))::int AS first,
        round(avg(v.pos), 2)::float8 AS avg,
        answered.n::int AS answered
      FROM v JOIN answered USING (question)
      GROUP BY v.question, v.value, answered.n`)
    for (const row of rows) {
      const question = String(row.question)
      const entry = byQuestion.get(question) ?? {
        answered: Number(row.answered),
        values: new Map(),
      }
      entry.values.set(String(row.value), {
        count: Number(row.count),
        percent: Number(row.percent ?? 0),
        first: Number(row.first),
        avg: Number(row.avg),
      })
      byQuestion.set(question, entry)
    }
  }
  const questions = counted.map((q): QuestionResult => {
    const entry = byQuestion.get(q.id)
    const answered = entry?.answered ?? 0
    const value = (id: string) =>
      entry?.values.get(id) ?? { count: 0, percent: 0, first: 0, avg: 0 }
    const choices: { id: string; label: string }[] =
      q.blockType === 'yesNo'
        ? [
            { id: 'yes', label: 'yes' },
            { id: 'no', label: 'no' },
          ]
        : q.blockType === 'rating'
          ? Array.from({ length: (q.scaleMax ?? 5) - (q.scaleMin ?? 1) + 1 }, (_, i) => ({
              id: String((q.scaleMin ?? 1) + i),
              label: String((q.scaleMin ?? 1) + i),
            }))
          : (q.options ?? []).map((o) => ({ id: o.id, label: o.label }))
    const rows = choices.map((c): ResultRow => {
      const v = value(c.id)
      if (q.blockType === 'ranking') {
        // For a ranking, the share of respondents who put this option first, and its average rank.
        return {
          id: c.id,
          label: c.label,
          count: v.first,
          percent: answered ? Math.round((1000 * v.first) / answered) / 10 : 0,
          firstCount: v.first,
          averageRank: v.avg || undefined,
        }
      }
      return { id: c.id, label: c.label, count: v.count, percent: v.percent }
    })
    if (q.blockType === 'ranking')
      rows.sort((a, b) => (a.averageRank ?? 99) - (b.averageRank ?? 99))
    return { id: q.id, type: q.blockType, question: q.question, answered, rows }
  })
  return { total, questions }
}
