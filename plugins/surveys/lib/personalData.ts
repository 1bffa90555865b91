import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { responsesTable, surveysSlug } from '../defaults'
import { citizenRespondentKey } from './keys'
import { dbOf } from './results'

/** Every citizen-mode survey with this citizen's respondent key (the key is recomputed, never stored with the id). */
const keysOf = async (payload: Payload, citizenId: number) => {
  const { docs } = await payload.find({
    collection: surveysSlug as 'users',
    where: { answerPolicy: { equals: 'citizen' } },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { slug: true, title: true, status: true, closesAt: true } as never,
    overrideAccess: true,
  })
  return (docs as unknown as { id: number; slug: string; title: string }[]).map((s) => ({
    ...s,
    key: citizenRespondentKey(payload.secret, s.id, citizenId),
  }))
}

/** The citizen's own answers to one-per-resident surveys (anonymous surveys hold nothing linked to them). */
export const exportCitizenAnswers = async (payload: Payload, citizenId: number) => {
  const surveys = await keysOf(payload, citizenId)
  if (surveys.length === 0) return []
  const { rows } = await dbOf(payload).drizzle.execute(
    sql`SELECT survey_id, answers, updated_at FROM ${sql.identifier(responsesTable)} WHERE respondent_key IN (${sql.join(
      surveys.map((s) => sql`${s.key}`),
      sql`, `,
    )})`,
  )
  return rows.map((row) => {
    const survey = surveys.find((s) => s.id === Number(row.survey_id))
    return {
      survey: survey?.slug ?? null,
      title: survey?.title ?? null,
      answers: row.answers,
      answeredAt: new Date(String(row.updated_at)).toISOString(),
    }
  })
}

/**
 * "Delete my account": the answers stay in the counts of the surveys, but their key is replaced by
 * a random one, so nothing can tie them to the person any more (not even the server's secret).
 */
export const anonymiseCitizenAnswers = async (payload: Payload, citizenId: number) => {
  const surveys = await keysOf(payload, citizenId)
  for (const survey of surveys) {
    await dbOf(payload).drizzle.execute(
      sql`UPDATE ${sql.identifier(responsesTable)} SET respondent_key = ${`x:${randomBytes(24).toString('base64url')}`}, sector_id = NULL WHERE survey_id = ${survey.id} AND respondent_key = ${survey.key}`,
    )
  }
}
