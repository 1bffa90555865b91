import type { Endpoint, PayloadRequest } from 'payload'

import { readForm, refusalResponse } from '../../kit/body'
import { handleFormPost, seeOther } from '../../kit/forms'
import { asLocale } from '../i18n/translate'
import { signedInCitizen } from '../residents/citizen'
import { csrfBinding, isValidCsrfToken } from '../residents/csrf'
import { isFollowTokenShape } from '../follow/followToken'
import { findFollowedRequest } from '../follow/followUpView'
import {
  type FeedbackResult,
  leaveFeedback,
  type ReopenResult,
  reopenRequest,
} from '../follow/residentActions'
import { readQuery } from '../requests/queryKeys'
import { requestHref } from '../requests/routes'
import type { RequestLocale, ResolvedOptions } from '../types'

const see = (location: string) => seeOther(location)

type Act = (args: {
  form: URLSearchParams
  id: number
  payload: PayloadRequest['payload']
}) => Promise<ReopenResult | FeedbackResult>

/** Outcomes shown as a confirmation (`done=`); every other one is an error (`error=`). */
const successes = new Set(['reopened', 'alreadyReopened', 'thanks', 'alreadyGiven'])

/**
 * A POST form of the follow-up page (works without JavaScript): same Origin check and CSRF token
 * as the request form; only the citizen who submitted the request or the holder of its secret
 * link may act (anyone else gets the page's 404, so a tracking number reveals nothing). Answers
 * 303 back to the follow-up page with the outcome; never a 500.
 */
const followUpEndpoint = (
  options: ResolvedOptions,
  action: 'reopen' | 'feedback',
  act: Act,
): Endpoint => ({
  path: `${options.endpointPath}/${action}`,
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const payload = req.payload
    let locale: RequestLocale = 'fr'
    let trackingNumber = ''
    let token: string | undefined
    const back = (query: Record<string, string>) =>
      see(
        `${requestHref(locale, trackingNumber, { token, ...query })}#${action === 'reopen' ? 'rouvrir' : 'appreciation'}`,
      )
    return handleFormPost({
      headers: req.headers,
      url: req.url ?? payload.config.serverURL,
      serverURL: payload.config.serverURL,
      logger: payload.logger,
      label: `service-requests: ${action}`,
      readForm: () => readForm(req, { limit: 20 * 1024 }),
      onUnexpected: () =>
        trackingNumber
          ? back({ error: 'unexpected' })
          : refusalResponse(
              503,
              'unexpected',
              {
                fr: 'Erreur inattendue, réessayez plus tard.',
                en: 'Unexpected error, try again later.',
              },
              req.headers,
            ),
      run: async (form) => {
        locale = asLocale(form.get('locale'))
        const citizen = await signedInCitizen(payload, req.headers, options.citizensCollection)
        // The English field, or the French one of a page rendered before the rename.
        const secret = readQuery(form, 'token')
        token = isFollowTokenShape(secret) ? secret : undefined
        const doc = await findFollowedRequest({
          payload,
          options,
          trackingNumber: readQuery(form, 'number'),
          token,
          citizenId: citizen?.id ?? null,
          locale,
        })
        if (!doc)
          return refusalResponse(
            404,
            'notFound',
            { fr: 'Requête introuvable.', en: 'Request not found.' },
            req.headers,
          )
        trackingNumber = doc.trackingNumber
        if (!isValidCsrfToken(payload.secret, csrfBinding(citizen), form.get('csrf')))
          return back({ error: 'csrf' })
        const outcome = await act({ form, id: doc.id, payload })
        return back(successes.has(outcome) ? { done: outcome } : { error: outcome })
      },
    })
  },
})

/** "Rouvrir" and the satisfaction form on the follow-up page, after resolution. */
export const followUpEndpoints = (options: ResolvedOptions): Endpoint[] => [
  followUpEndpoint(options, 'reopen', ({ form, id, payload }) =>
    reopenRequest({ payload, options, id, reason: form.get('reason') ?? '' }),
  ),
  followUpEndpoint(options, 'feedback', ({ form, id, payload }) =>
    leaveFeedback({
      payload,
      options,
      id,
      rating: form.get('rating'),
      comment: form.get('comment') ?? '',
    }),
  ),
]
