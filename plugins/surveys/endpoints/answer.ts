import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { parseForm, readBodyText } from '../../kit/body'
import { handleFormPost } from '../../kit/forms'
import { catalogues, asLocale } from '../i18n/translate'
import { expireSoon, surveyCacheTags } from '../lib/cacheTags'
import {
  blockBinding,
  blockTokenMaxAgeMs,
  csrfBinding,
  isValidCsrfToken,
  trustedHeaders,
} from '../lib/csrf'
import { eligibility, surveyState } from '../lib/model'
import { readSurveyForAnswer } from '../lib/readSurvey'
import { safeReturnPath, surveyHref } from '../lib/routes'
import { browserCookie, newBrowserId, recordAnswers } from '../lib/submit'
import { type AnswerError, validateAnswers } from '../lib/validate'
import type { ResolvedSurveysOptions, SurveyLocale } from '../types'
import { parseCookies } from 'payload/shared'

type Failure = { status: number; error: string; fields?: AnswerError[] }

/** The same error in both languages, for clients that ask for JSON. */
const bilingual = (key: string) => ({
  fr: catalogues.fr[`errors.${key}`] ?? key,
  en: catalogues.en[`errors.${key}`] ?? key,
})

const readCookie = (headers: Headers, name: string) => parseCookies(headers).get(name)

const wantsJson = (headers: Headers) => {
  const accept = headers.get('accept') ?? ''
  return accept.includes('application/json') && !accept.includes('text/html')
}

/** Raw answers carried back to the form after an error, so nothing typed is lost without JavaScript. */
const draftOf = (form: URLSearchParams) => {
  const kept = new URLSearchParams([...form.entries()].filter(([key]) => key.startsWith('q.')))
  const encoded = Buffer.from(kept.toString()).toString('base64url')
  return encoded.length <= 6000 ? encoded : ''
}

/** An answer form's body at most: read with this ceiling by both routes (plugins/kit/body.ts). */
export const maxAnswerBytes = 100 * 1024

/** What the answer handler needs of a request, from Payload's endpoint or from a Next route handler. */
export type AnswerRequest = {
  payload: Payload
  options: ResolvedSurveysOptions
  surveyId: number
  headers: Headers
  url: string
  readBody: () => Promise<string>
}

/**
 * POST /api/surveys/:id/answer — a plain HTML form (no JavaScript needed). Checks the origin and
 * the CSRF token, the survey's opening times and audience, validates every answer against the
 * survey's own questions, then records them in one upsert. Answers 303 to the thank-you page (or
 * back to the page holding the mini-survey block), or to the form with the errors; with
 * `Accept: application/json`, a status code and the error in French and English instead.
 *
 * The app serves it from a Next route handler (`frontend/answerRoute.ts`), which skips Payload's
 * REST request set-up and its authentication of the user (the citizen is identified once, here);
 * the same handler stays registered as a Payload endpoint for other hosts and the tests.
 */
export const answerEndpoint = (options: ResolvedSurveysOptions): Endpoint => ({
  path: '/:id/answer',
  method: 'post',
  handler: (req: PayloadRequest) =>
    handleAnswer({
      payload: req.payload,
      options,
      surveyId: Number(req.routeParams?.id),
      headers: req.headers,
      url: req.url ?? req.payload.config.serverURL,
      readBody: () => readBodyText(req, { limit: maxAnswerBytes }),
    }),
})

export const handleAnswer = async ({
  payload,
  options,
  surveyId,
  headers,
  url: requestUrl,
  readBody,
}: AnswerRequest): Promise<Response> => {
  const isJson = wantsJson(headers)
  let locale: SurveyLocale = 'fr'
  let back = surveyHref('fr', null, 'survey', undefined, options.basePath)
  const setCookies: string[] = []
  const reply = (location: string, status = 303) => {
    const out = new Headers({ Location: location, 'Cache-Control': 'private, no-store' })
    for (const cookie of setCookies) out.append('Set-Cookie', cookie)
    return new Response(null, { status, headers: out })
  }
  // A JSON answer carries the browser cookie too: a script that keeps its cookies updates its one
  // response, as a browser does (without them, each answer is a new respondent, held to the per-IP limit).
  const replyJson = (body: unknown, status: number) => {
    const out = new Headers({ 'Cache-Control': 'private, no-store' })
    for (const cookie of setCookies) out.append('Set-Cookie', cookie)
    return Response.json(body, { status, headers: out })
  }
  // Failures always go to the survey's own page (rendered per request: it shows the errors and what
  // was typed), also from a mini-survey block, whose page is cached and cannot show them.
  const fail = (failure: Failure, form?: URLSearchParams, _returnTo?: string | null) => {
    if (isJson) {
      return replyJson(
        {
          error: failure.error,
          message: bilingual(failure.error),
          ...(failure.fields
            ? { fields: failure.fields.map((f) => ({ ...f, message: bilingual(f.code) })) }
            : {}),
        },
        failure.status,
      )
    }
    const query: Record<string, string> = { error: failure.error }
    if (failure.fields?.length)
      query.fields = failure.fields.map((f) => `${f.questionId}:${f.code}`).join(',')
    if (form && (failure.fields?.length || failure.error === 'csrf')) {
      const draft = draftOf(form)
      if (draft) query.draft = draft
    }
    const [path] = back.split('?')
    return reply(`${path}?${new URLSearchParams(query).toString()}#erreurs`)
  }
  return handleFormPost({
    headers,
    url: requestUrl,
    serverURL: payload.config.serverURL,
    logger: payload.logger,
    label: 'surveys: answer',
    readForm: async () => parseForm(await readBody()),
    onUnexpected: () => fail({ status: 503, error: 'unexpected' }),
    run: async (form) => {
      locale = asLocale(form.get('locale'))
      back = surveyHref(locale, null, 'survey', undefined, options.basePath)
      // Two independent reads (the survey's version row, the citizen's session row) at once.
      const [survey, citizen] = await Promise.all([
        readSurveyForAnswer(payload, surveyId, locale),
        options.identifyCitizen({ payload, headers: trustedHeaders(headers) }),
      ])
      if (!survey || survey.status === 'draft') {
        return isJson
          ? Response.json(
              {
                error: 'notFound',
                message: { fr: 'Sondage introuvable.', en: 'Survey not found.' },
              },
              { status: 404 },
            )
          : reply(back)
      }
      back = surveyHref(locale, survey.slug, 'survey', undefined, options.basePath)
      const returnTo = safeReturnPath(form.get('returnTo'))
      const token = form.get('csrf')
      const isBlockForm = form.get('block') === '1' && Boolean(headers.get('origin'))
      const isTokenValid = isBlockForm
        ? isValidCsrfToken(payload.secret, blockBinding, token, Date.now(), blockTokenMaxAgeMs)
        : isValidCsrfToken(payload.secret, csrfBinding(citizen), token)
      if (!isTokenValid) return fail({ status: 403, error: 'csrf' }, form, returnTo)
      if (surveyState(survey) !== 'open')
        return fail({ status: 409, error: 'closed' }, undefined, returnTo)
      const eligible = eligibility(survey, citizen)
      if (eligible !== 'eligible')
        return fail(
          { status: eligible === 'signInRequired' ? 401 : 403, error: eligible },
          undefined,
          returnTo,
        )
      const { answers, errors } = validateAnswers(survey.questions ?? [], form)
      if (errors.length > 0)
        return fail({ status: 400, error: 'invalid', fields: errors }, form, returnTo)
      let browserId = readCookie(headers, browserCookie)
      if (!browserId || !/^[A-Za-z0-9_-]{24}$/.test(browserId)) {
        browserId = newBrowserId()
        const secure = requestUrl.startsWith('https:') ? '; Secure' : ''
        setCookies.push(
          `${browserCookie}=${browserId}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax${secure}`,
        )
      }
      const result = await recordAnswers({
        payload,
        survey,
        answers,
        citizen,
        browserId,
        ip: options.getClientIp(headers),
        ipLimit: survey.ipLimit ?? options.defaultIpLimit,
      })
      if (result.outcome === 'ipLimit')
        return fail({ status: 429, error: 'ipLimit' }, undefined, returnTo)
      // The results page is expired after the response (not awaited), at most once a second per survey.
      await expireSoon(surveyCacheTags.results(survey.id))
      if (isJson)
        return replyJson({ status: result.outcome }, result.outcome === 'created' ? 201 : 200)
      if (returnTo) {
        const url = new URL(returnTo, 'http://x')
        // The page is cached for everyone: the thanks is shown by CSS (:target), no query needed.
        return reply(`${url.pathname}${url.search}#sondage-${survey.id}-merci`)
      }
      return reply(
        surveyHref(locale, survey.slug, 'thanks', { status: result.outcome }, options.basePath),
      )
    },
  })
}
