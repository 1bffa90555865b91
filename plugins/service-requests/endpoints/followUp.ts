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
import { requestHref } from '../requests/routes'
import type { RequestLocale, ResolvedOptions } from '../types'

const see = (location: string) => seeOther(location)

type Act = (args: {
  form: URLSearchParams
  id: number
  payload: PayloadRequest['payload']
}) => Promise<ReopenResult | FeedbackResult>

/** Outcomes shown as a confirmation (`suivi=`); every other one is an error (`erreur=`). */
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
        `${requestHref(locale, trackingNumber, { cle: token, ...query })}#${action === 'reopen' ? 'rouvrir' : 'appreciation'}`,
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
          ? back({ erreur: 'unexpected' })
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
        const cle = form.get('cle')
        token = isFollowTokenShape(cle) ? cle : undefined
        const doc = await findFollowedRequest({
          payload,
          options,
          trackingNumber: form.get('numero') ?? '',
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
          return back({ erreur: 'csrf' })
        const outcome = await act({ form, id: doc.id, payload })
        return back(successes.has(outcome) ? { suivi: outcome } : { erreur: outcome })
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
