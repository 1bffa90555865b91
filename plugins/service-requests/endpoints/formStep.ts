import type { Endpoint } from 'payload'

import { readForm } from '../../kit/body'
import { handleFormPost, seeOther } from '../../kit/forms'
import { followTokenFor } from '../follow/followToken'
import {
  cookieFrom,
  type Draft,
  formCookieName,
  isSameBrowserSoonAfter,
  readDraft,
} from '../form/drafts'
import { formObject, formStepTable, readStepType } from '../form/steps'
import type { DraftSaveContext, SaveContext } from '../form/steps/types'
import { findByKey } from '../form/submit'
import { asLocale } from '../i18n/translate'
import {
  type FormStep,
  isFormStep,
  neighbourStep,
  newRequestHref,
  requestHref,
} from '../requests/routes'
import { signedInCitizen } from '../residents/citizen'
import { csrfBinding, isValidCsrfToken } from '../residents/csrf'
import type { RequestLocale, ResolvedOptions } from '../types'

const see = (location: string) => seeOther(location)

/**
 * One POST per step of the resident form (it works without JavaScript): checks origin and CSRF
 * token, loads the draft, then the step's own `save` (form/steps/) parses its fields and answers
 * 303 to the next step (or back to this one with `error=`). The last step submits, idempotently:
 * the draft's key is the idempotency key, so a double click or a retry lands on the same request.
 * The follow-up secret (`?token=`) is shown by the send itself, by a repeat already on its way when
 * the form was sent (a double click), and by a repeat from the browser that filled the form within
 * ten minutes (a reload): never to someone who only has the draft key, which sits in the form's URLs.
 */
export const formStepEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: `${options.endpointPath}/step`,
  method: 'post',
  handler: async (req) => {
    const payload = req.payload
    const url = req.url ?? payload.config.serverURL
    let locale: RequestLocale = 'fr'
    let draftKey: string | undefined
    let step: FormStep = 'type'
    const back = (error: string, to: FormStep = step) =>
      see(newRequestHref(locale, { draft: draftKey, step: to, error }))
    return handleFormPost({
      headers: req.headers,
      url,
      serverURL: payload.config.serverURL,
      logger: payload.logger,
      label: 'service-requests: form step',
      readForm: () => readForm(req, { limit: 40 * 1024 }),
      onUnexpected: () => back('unexpected'),
      run: async (form) => {
        locale = asLocale(form.get('locale'))
        const citizen = await signedInCitizen(payload, req.headers, options.citizensCollection)
        const citizenId = citizen ? citizen.id : null
        step = isFormStep(form.get('step')) ? (form.get('step') as FormStep) : 'type'
        draftKey = form.get('draft') || undefined
        if (!isValidCsrfToken(payload.secret, csrfBinding(citizen), form.get('csrf')))
          return back('csrf')
        const formCookie = citizenId === null ? cookieFrom(req.headers, formCookieName) : null
        const draft: Draft | null = draftKey
          ? await readDraft(payload, options, draftKey, citizenId, { includeSent: true })
          : null
        if (draftKey && !draft) {
          draftKey = undefined
          return back('draftExpired', 'type')
        }
        if (draft?.sentAt) {
          // A spent key: the request's own page for its citizen, the link again only for the browser
          // that filled the form and soon after; anyone else is told it was sent, nothing more.
          const sent = await findByKey(payload, options, draft.key)
          draftKey = undefined
          if (!sent?.trackingNumber) return back('draftExpired', 'type')
          if (step === 'review' && citizenId !== null)
            return see(requestHref(locale, sent.trackingNumber, { sent: '1' }))
          if (step === 'review' && isSameBrowserSoonAfter(draft, formCookie)) {
            return see(
              requestHref(locale, sent.trackingNumber, {
                token: followTokenFor(payload.secret, draft.key),
                sent: '1',
              }),
            )
          }
          return see(newRequestHref(locale, { error: 'alreadySent' }))
        }
        const go = form.get('go') === 'back' ? -1 : 1
        const context: SaveContext = {
          payload,
          options,
          locale,
          url,
          citizenId,
          formCookie,
          go,
          back,
          see,
        }
        const fields = formObject(form)
        if (step === 'type') return formStepTable.type.post(fields, { ...context, draft })
        if (!draft) return back('draftExpired')
        draftKey = draft.key
        const type = await readStepType(payload, options, draft.data.typeId)
        if (!type) return back('typeUnknown', 'type')
        const shape = {
          hasQuestions: (type.questions ?? []).length > 0,
          takesPhotos: type.photo !== 'none',
        }
        const current: Exclude<FormStep, 'type'> = step
        const next = (target = neighbourStep(current, go, shape)) =>
          see(newRequestHref(locale, { draft: draft.key, step: target }))
        const stepContext: DraftSaveContext = { ...context, draft, type, next }
        return formStepTable[current].post(fields, stepContext)
      },
    })
  },
})
