import { handleEndpoints, type Payload } from 'payload'

import { answerRoute } from '../frontend/answerRoute'
import { createCsrfToken, csrfBinding } from '../lib/csrf'

export const base = 'http://localhost:3000'

/** The JWT's claims (id and session id) without verifying it: only to build the session-bound CSRF token. */
const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    id: number
    sid?: string
  }

export type Respondent = { cookie?: string; token?: string; ip?: string; browser?: string }

/** A confirmed citizen at an address of the given sector (or none); returns a signed-in session. */
export const makeCitizen = async (
  payload: Payload,
  email: string,
  sectorId: number | null,
): Promise<Respondent & { id: number }> => {
  const password = 'correct-horse-battery'
  let address: number | null = null
  if (sectorId) {
    const { docs } = await payload.find({
      collection: 'addresses',
      where: { sector: { equals: sectorId } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    address = docs[0]?.id ?? null
  }
  const citizen = await payload.create({
    collection: 'citizens',
    data: {
      email,
      password,
      name: 'Résidente Test',
      preferredLanguage: 'fr',
      _verified: true,
      address,
    } as never,
    overrideAccess: true,
    disableVerificationEmail: true,
    context: { isCitizenSystem: true },
  })
  const { token } = await payload.login({
    collection: 'citizens',
    data: { email, password },
    overrideAccess: true,
  })
  return { id: citizen.id, token: token!, cookie: `payload-token=${token}` }
}

/** Posts the survey form as a browser on this site would (origin, CSRF token for the session). */
export const answer = async (
  payload: Payload,
  surveyId: number,
  fields: [string, string][],
  {
    respondent = {},
    json = true,
    csrf,
    origin = base,
    via = 'payload',
  }: {
    respondent?: Respondent
    json?: boolean
    csrf?: string | null
    origin?: string | null
    via?: 'payload' | 'route'
  } = {},
) => {
  const binding = respondent.token
    ? csrfBinding({ id: claims(respondent.token).id, sid: claims(respondent.token).sid })
    : 'anonymous'
  const body = new URLSearchParams([
    ['locale', 'fr'],
    ...(csrf === null
      ? []
      : [['csrf', csrf ?? createCsrfToken(payload.secret, binding)] as [string, string]]),
    ...fields,
  ])
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    'x-real-ip': respondent.ip ?? '10.0.0.1',
    'sec-fetch-site': 'same-origin',
    accept: json ? 'application/json' : 'text/html,application/xhtml+xml',
  }
  if (origin) headers.origin = origin
  const cookies = [
    respondent.cookie,
    respondent.browser ? `vo_survey_browser=${respondent.browser}` : null,
  ].filter(Boolean)
  if (cookies.length) headers.cookie = cookies.join('; ')
  const request = new Request(`${base}/api/surveys/${surveyId}/answer`, {
    method: 'POST',
    headers,
    body: body.toString(),
  })
  // The app's Next route handler (frontend/answerRoute.ts) or the plugin's Payload endpoint.
  if (via === 'route')
    return answerRoute(async () => payload)(request, {
      params: Promise.resolve({ id: String(surveyId) }),
    })
  return handleEndpoints({ config: payload.config, request })
}

/** Staff REST calls (export, close, duplicate) with a staff token. */
export const staffCall = async (
  payload: Payload,
  path: string,
  { method = 'GET', token }: { method?: string; token?: string },
) =>
  handleEndpoints({
    config: payload.config,
    request: new Request(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `JWT ${token}` } : {}),
        origin: base,
        'sec-fetch-site': 'same-origin',
      },
    }),
  })

type QuestionInput = Record<string, unknown> & { blockType: string }

/** Creates a survey in French and English; options get their ids from Payload. */
export const makeSurvey = async (
  payload: Payload,
  data: Record<string, unknown> & { slug: string; questions: QuestionInput[] },
) => {
  const doc = await payload.create({
    collection: 'surveys',
    locale: 'fr',
    data: {
      title: `Sondage ${data.slug}`,
      status: 'open',
      audience: 'anyone',
      answerPolicy: 'citizen',
      resultsVisibility: 'live',
      ...data,
    } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  return doc as unknown as {
    id: number
    slug: string
    questions: { id: string; blockType: string; options?: { id: string; label: string }[] }[]
  }
}

export const rowsOf = async (payload: Payload, surveyId: number) => {
  const { sql } = await import('@payloadcms/db-postgres')
  const db = payload.db as unknown as {
    drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  return (
    await db.drizzle.execute(
      sql`SELECT * FROM survey_responses WHERE survey_id = ${surveyId} ORDER BY id`,
    )
  ).rows
}
