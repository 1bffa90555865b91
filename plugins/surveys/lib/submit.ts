import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { responsesTable } from '../defaults'
import type { SurveyCitizen } from '../types'
import { browserRespondentKey, citizenRespondentKey, ipKey } from './keys'
import type { SurveyDoc } from './model'
import { dbOf } from './results'
import type { Answers } from './validate'

export const browserCookie = 'vo_survey_browser'

export const newBrowserId = () => randomBytes(18).toString('base64url')

export type SubmitResult = { outcome: 'created' | 'updated' } | { outcome: 'ipLimit' }

/**
 * Records one respondent's answers: an INSERT … ON CONFLICT on the unique (survey, respondent key)
 * index, so two submissions racing each other leave exactly one row (the later answer wins). A
 * citizen's key is a keyed hash of their id; in an anonymous survey the key comes from the browser's
 * cookie and the citizen is not recorded at all, nor their sector.
 */
export const recordAnswers = async ({
  payload,
  survey,
  answers,
  citizen,
  browserId,
  ip,
  ipLimit,
}: {
  payload: Payload
  survey: SurveyDoc
  answers: Answers
  citizen: SurveyCitizen | null
  browserId: string
  ip: string
  ipLimit: number
}): Promise<SubmitResult> => {
  const db = dbOf(payload)
  const table = sql.identifier(responsesTable)
  const isCitizenMode = survey.answerPolicy === 'citizen'
  if (isCitizenMode && !citizen) throw new Error('a citizen survey needs a citizen')
  const key = isCitizenMode
    ? citizenRespondentKey(payload.secret, survey.id, citizen!.id)
    : browserRespondentKey(payload.secret, survey.id, browserId)
  const ipHash = isCitizenMode ? null : ipKey(payload.secret, survey.id, ip)
  const sector = isCitizenMode ? (citizen!.sectorId ?? null) : null
  const json = JSON.stringify(answers)
  // Anonymous: at most `ipLimit` respondents per IP address, counted in the same statement.
  const guard = ipHash
    ? sql`WHERE (SELECT count(*) FROM ${table} WHERE survey_id = ${survey.id} AND ip_key = ${ipHash} AND respondent_key <> ${key}) < ${ipLimit}`
    : sql``
  const { rows } = await db.drizzle.execute(sql`
    INSERT INTO ${table} (survey_id, respondent_key, mode, ip_key, sector_id, answers, updated_at, created_at)
    SELECT ${survey.id}, ${key}, ${survey.answerPolicy}, ${ipHash}, ${sector}, ${json}::jsonb, now(), now()
    ${guard}
    ON CONFLICT (survey_id, respondent_key) DO UPDATE SET answers = excluded.answers, updated_at = now()
    RETURNING (xmax = 0) AS inserted`)
  if (rows.length === 0) return { outcome: 'ipLimit' }
  return { outcome: rows[0]!.inserted ? 'created' : 'updated' }
}

/** A citizen's own answers to a survey (to prefill the form when they come back to change them). */
export const findCitizenAnswers = async (
  payload: Payload,
  survey: Pick<SurveyDoc, 'id'>,
  citizenId: number,
): Promise<Answers | null> => {
  const { rows } = await dbOf(payload).drizzle.execute(
    sql`SELECT answers FROM ${sql.identifier(responsesTable)} WHERE survey_id = ${survey.id} AND respondent_key = ${citizenRespondentKey(payload.secret, survey.id, citizenId)}`,
  )
  return (rows[0]?.answers as Answers | undefined) ?? null
}

/** Which of these surveys a citizen has answered: one query for all of them (Mon dossier). */
export const findCitizenAnsweredSurveyIds = async (
  payload: Payload,
  surveyIds: number[],
  citizenId: number,
): Promise<Set<number>> => {
  if (surveyIds.length === 0) return new Set()
  const keys = surveyIds.map((id) => citizenRespondentKey(payload.secret, id, citizenId))
  const { rows } = await dbOf(payload).drizzle.execute(
    sql`SELECT survey_id FROM ${sql.identifier(responsesTable)} WHERE respondent_key IN (${sql.join(
      keys.map((key) => sql`${key}`),
      sql`, `,
    )})`,
  )
  return new Set(rows.map((row) => Number((row as { survey_id: number }).survey_id)))
}

/** A browser's own answers to an anonymous survey. */
export const findBrowserAnswers = async (
  payload: Payload,
  survey: Pick<SurveyDoc, 'id'>,
  browserId: string,
): Promise<Answers | null> => {
  const { rows } = await dbOf(payload).drizzle.execute(
    sql`SELECT answers FROM ${sql.identifier(responsesTable)} WHERE survey_id = ${survey.id} AND respondent_key = ${browserRespondentKey(payload.secret, survey.id, browserId)}`,
  )
  return (rows[0]?.answers as Answers | undefined) ?? null
}
