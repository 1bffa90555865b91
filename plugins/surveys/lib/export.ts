import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { responsesTable } from '../defaults'
import type { SurveyDoc } from './model'
import { dbOf } from './results'

/** A cell a spreadsheet shows as text, never runs as a formula. */
export const csvCell = (value: unknown): string => {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * Every response of a survey, one row each, answers as option labels (rankings in order), with
 * the sector and dates but never the respondent key. CSV starts with a UTF-8 BOM for Excel.
 */
export const buildExport = async ({
  payload,
  survey,
  format,
  sectorId,
}: {
  payload: Payload
  survey: SurveyDoc
  format: 'csv' | 'json'
  sectorId: number | null
}) => {
  const sectorFilter = sectorId ? sql` AND sector_id = ${sectorId}` : sql``
  const { rows } = await dbOf(payload).drizzle.execute(
    sql`SELECT id, mode, sector_id, answers, created_at, updated_at FROM ${sql.identifier(responsesTable)} WHERE survey_id = ${survey.id}${sectorFilter} ORDER BY id`,
  )
  const labelOf = new Map<string, string>()
  for (const q of survey.questions)
    for (const o of q.options ?? []) labelOf.set(`${q.id}:${o.id}`, o.label)
  const readable = (questionId: string, value: unknown): string | number | string[] | null => {
    if (value === undefined || value === null) return null
    if (Array.isArray(value))
      return value.map((v) => labelOf.get(`${questionId}:${v}`) ?? String(v))
    if (typeof value === 'string') return labelOf.get(`${questionId}:${value}`) ?? value
    return value as number
  }
  const records = rows.map((row) => {
    const answers = (row.answers ?? {}) as Record<string, unknown>
    return {
      response: Number(row.id),
      mode: String(row.mode),
      sector: row.sector_id === null ? null : Number(row.sector_id),
      createdAt: new Date(String(row.created_at)).toISOString(),
      updatedAt: new Date(String(row.updated_at)).toISOString(),
      answers: Object.fromEntries(
        survey.questions.map((q) => [q.question, readable(q.id, answers[q.id])]),
      ),
    }
  })
  if (format === 'json') {
    return {
      body: JSON.stringify(
        { survey: { id: survey.id, slug: survey.slug, title: survey.title }, responses: records },
        null,
        2,
      ),
      contentType: 'application/json; charset=utf-8',
      extension: 'json',
    }
  }
  const header = [
    'response',
    'mode',
    'sector',
    'createdAt',
    'updatedAt',
    ...survey.questions.map((q) => q.question),
  ]
  const lines = [header.map(csvCell).join(',')]
  for (const r of records) {
    const cells = [
      r.response,
      r.mode,
      r.sector,
      r.createdAt,
      r.updatedAt,
      ...survey.questions.map((q) => {
        const v = r.answers[q.question]
        return Array.isArray(v) ? v.join(' | ') : v
      }),
    ]
    lines.push(cells.map(csvCell).join(','))
  }
  return {
    body: `\uFEFF${lines.join('\r\n')}\r\n`,
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
  }
}
