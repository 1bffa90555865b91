import type { Payload } from 'payload'

import { readBodyText } from '../../kit/body'
import { handleAnswer, maxAnswerBytes } from '../endpoints/answer'
import { installedSurveysOptions } from '../lib/options'

type Context = { params: Promise<{ id: string }> }

/**
 * The answer form's endpoint as a Next route handler, for the app to mount at
 * `/api/surveys/[id]/answer` (a more specific path than Payload's `/api/[...slug]`, so it wins):
 *
 * ```ts
 * // src/app/(payload)/api/surveys/[id]/answer/route.ts
 * export const POST = answerRoute(getPayloadClient)
 * ```
 *
 * Same handler as the Payload endpoint, without Payload's REST request set-up (locale, i18n, and
 * an authentication of the user that loads and populates the whole document): on two cores that
 * set-up was most of each answer's CPU. The citizen is identified once, by `identifyCitizen`.
 */
export const answerRoute =
  (getPayload: () => Promise<Payload>) =>
  async (request: Request, { params }: Context): Promise<Response> => {
    const [payload, { id }] = await Promise.all([getPayload(), params])
    const options = installedSurveysOptions(payload)
    if (!options) return Response.json({ error: 'notFound' }, { status: 404 })
    return handleAnswer({
      payload,
      options,
      surveyId: /^\d{1,12}$/.test(id) ? Number(id) : NaN,
      headers: request.headers,
      url: request.url,
      readBody: () => readBodyText(request, { limit: maxAnswerBytes }),
    })
  }
