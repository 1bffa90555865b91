import type { Endpoint, Payload } from 'payload'

import { readForm } from '../../kit/body'
import { handleFormPost, seeOther } from '../../kit/forms'
import { asLocale } from '../i18n/translate'
import type { AnswerValue, Question } from '../form/answers'
import { validateAnswers } from '../form/answers'
import { sendAcknowledgement } from '../follow/acknowledge'
import { signedInCitizen } from '../residents/citizen'
import { csrfBinding, isValidCsrfToken } from '../residents/csrf'
import {
  cookieFrom,
  createDraft,
  type Draft,
  formCookieName,
  isFormCookie,
  isSameBrowserSoonAfter,
  newFormCookie,
  readDraft,
  saveDraft,
} from '../form/drafts'
import {
  type FormStep,
  isFormStep,
  newRequestHref,
  requestHref,
  stepsFor,
} from '../requests/routes'
import { countDraftPhotos } from '../form/draftPhotos'
import { followTokenFor } from '../follow/followToken'
import { loadCityMap, placePoint, pointFromClick } from '../places/map'
import { findByKey, submitRequest } from '../form/submit'
import type { RequestLocale, ResolvedOptions } from '../types'

type TypeDoc = {
  id: number
  photo?: string | null
  active?: boolean | null
  locationRequired?: boolean | null
  allowAnonymous?: boolean | null
  questions?: Question[] | null
}

/** The first step again, for a type that needs an account when nobody is signed in: the draft is kept for after signing in. */
const accountFirst = (locale: RequestLocale, draftKey: string) =>
  see(newRequestHref(locale, { brouillon: draftKey, etape: 'type', erreur: 'accountRequired' }))

const see = (location: string) => seeOther(location)

const readType = async (payload: Payload, options: ResolvedOptions, id: unknown) => {
  const n = Number(id)
  if (!Number.isSafeInteger(n) || n <= 0) return null
  const doc = (await payload.findByID({
    collection: options.typesCollection as 'request-types',
    id: n,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as TypeDoc | null
  return doc?.active ? doc : null
}

/** The step after (or before) this one among the type's steps. */
export const neighbourStep = (
  step: FormStep,
  direction: 1 | -1,
  shape: { hasQuestions: boolean; takesPhotos: boolean },
): FormStep => {
  const steps = stepsFor(shape)
  const index = steps.indexOf(step)
  return steps[Math.max(0, Math.min(steps.length - 1, index + direction))]
}

const answersFrom = (form: URLSearchParams, questions: Question[]) => {
  const raw: Record<string, AnswerValue> = {}
  for (const q of questions) {
    const values = form.getAll(`q_${q.code}`).map((v) => v.slice(0, 2000))
    raw[q.code] = q.type === 'multivaluelist' ? values : (values[0] ?? '')
  }
  return raw
}

/**
 * One POST per step of the resident form (it works without JavaScript): checks origin and CSRF
 * token, validates the step, saves it in the server-side draft and answers 303 to the next step
 * (or back to this one with `erreur=`). The last step submits, idempotently: the draft's key is the
 * idempotency key, so a double click or a retry lands on the same request. The follow-up secret
 * (`?cle=`) is shown by the send itself, by a repeat already on its way when the form was sent (a
 * double click), and by a repeat from the browser that filled the form within ten minutes (a
 * reload): never to someone who only has the draft key, which sits in the form's URLs.
 */
export const formStepEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: `${options.endpointPath}/step`,
  method: 'post',
  handler: async (req) => {
    const payload = req.payload
    let locale: RequestLocale = 'fr'
    let draftKey: string | undefined
    let step: FormStep = 'type'
    const back = (erreur: string, extra: Record<string, string> = {}) =>
      see(newRequestHref(locale, { brouillon: draftKey, etape: step, erreur, ...extra }))
    return handleFormPost({
      headers: req.headers,
      url: req.url ?? payload.config.serverURL,
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
        let draft: Draft | null = draftKey
          ? await readDraft(payload, options, draftKey, citizenId, { includeSent: true })
          : null
        if (draftKey && !draft) {
          draftKey = undefined
          step = 'type'
          return back('draftExpired')
        }
        if (draft?.sentAt) {
          // A spent key: the request's own page for its citizen, the link again only for the browser
          // that filled the form and soon after; anyone else is told it was sent, nothing more.
          const sent = await findByKey(payload, options, draft.key)
          draftKey = undefined
          if (!sent?.trackingNumber) {
            step = 'type'
            return back('draftExpired')
          }
          if (step === 'review' && citizenId !== null)
            return see(requestHref(locale, sent.trackingNumber, { nouvelle: '1' }))
          if (step === 'review' && isSameBrowserSoonAfter(draft, formCookie)) {
            return see(
              requestHref(locale, sent.trackingNumber, {
                cle: followTokenFor(payload.secret, draft.key),
                nouvelle: '1',
              }),
            )
          }
          return see(newRequestHref(locale, { erreur: 'alreadySent' }))
        }
        const go = form.get('go') === 'back' ? -1 : 1
        if (step === 'type') {
          const type = await readType(payload, options, form.get('typeId'))
          if (!type) return back('typeUnknown')
          // A type that needs an account is said so now, before the resident writes anything.
          const needsAccount = citizenId === null && !type.allowAnonymous
          if (draft) {
            // Another type: its questions differ, earlier answers no longer apply.
            await saveDraft(payload, options, draft, {
              typeId: type.id,
              ...(draft.data.typeId !== type.id ? { answers: {} } : {}),
            })
            if (needsAccount) return accountFirst(locale, draft.key)
            return see(newRequestHref(locale, { brouillon: draft.key, etape: 'details' }))
          }
          // An anonymous browser gets its form cookie (kept if it has one): see form/drafts.
          const cookie =
            citizenId === null ? (isFormCookie(formCookie) ? formCookie : newFormCookie()) : null
          draft = await createDraft(
            payload,
            options,
            citizenId,
            { typeId: type.id },
            { formCookie: cookie },
          )
          const response = needsAccount
            ? accountFirst(locale, draft.key)
            : see(newRequestHref(locale, { brouillon: draft.key, etape: 'details' }))
          if (cookie && cookie !== formCookie) {
            const secure = (req.url ?? payload.config.serverURL).startsWith('https:')
              ? '; Secure'
              : ''
            response.headers.append(
              'Set-Cookie',
              `${formCookieName}=${cookie}; Path=/api${options.endpointPath}; Max-Age=86400; HttpOnly; SameSite=Strict${secure}`,
            )
          }
          return response
        }
        if (!draft) return back('draftExpired')
        draftKey = draft.key
        const type = await readType(payload, options, draft.data.typeId)
        if (!type) {
          step = 'type'
          return back('typeUnknown')
        }
        const shape = {
          hasQuestions: (type.questions ?? []).length > 0,
          takesPhotos: type.photo !== 'none',
        }
        const next = (target = neighbourStep(step, go === -1 ? -1 : 1, shape)) =>
          see(newRequestHref(locale, { brouillon: draft!.key, etape: target }))
        if (step === 'details') {
          const description = (form.get('description') ?? '').trim()
          if (go === 1 && !description) return back('descriptionRequired')
          if (description.length > 5000) return back('descriptionTooLong')
          await saveDraft(payload, options, draft, { description })
          return next()
        }
        if (step === 'location') {
          if (go === -1) return next()
          // A click on the map image (no JavaScript needed) or the device's position ("use my location"):
          // kept in the draft and shown on the map, the resident then confirms with "continue".
          const isMapClick = form.has('carte.x') && form.has('carte.y')
          // Enter or Space on the image button sends 0,0: a keyboard, not a place (the padding is never in the city).
          if (isMapClick && form.get('carte.x') === '0' && form.get('carte.y') === '0')
            return back('mapKeyboard')
          if (isMapClick || form.get('position') === '1') {
            const { sectors } = await loadCityMap(payload, options, locale)
            const placed = isMapClick
              ? pointFromClick(sectors, form.get('carte.x'), form.get('carte.y'))
              : placePoint(sectors, {
                  lat: Number(form.get('lat') ?? 'x'),
                  lng: Number(form.get('lng') ?? 'x'),
                })
            if (!placed.ok) return back(placed.error)
            await saveDraft(payload, options, draft, {
              addressId: null,
              lat: placed.point.lat,
              lng: placed.point.lng,
            })
            return see(
              `${newRequestHref(locale, { brouillon: draft.key, etape: 'location', point: '1' })}#lieu-choisi`,
            )
          }
          const raw = form.get('addressId')
          if (raw === 'point') {
            if (typeof draft.data.lat !== 'number' || typeof draft.data.lng !== 'number')
              return back('locationRequired')
            await saveDraft(payload, options, draft, { addressId: null })
            return next()
          }
          const addressId = raw && raw !== 'none' ? Number(raw) : null
          if (addressId !== null) {
            const exists =
              Number.isSafeInteger(addressId) &&
              addressId > 0 &&
              (await payload.findByID({
                collection: options.addressesCollection as 'addresses',
                id: addressId,
                depth: 0,
                overrideAccess: true,
                disableErrors: true,
              }))
            if (!exists) return back('locationInvalid')
          } else if (type.locationRequired) return back('locationRequired')
          await saveDraft(payload, options, draft, { addressId, lat: null, lng: null })
          return next()
        }
        if (step === 'questions') {
          const raw = answersFrom(form, type.questions ?? [])
          if (go === 1) {
            const { issues } = validateAnswers(type.questions ?? [], raw)
            if (issues.length) {
              await saveDraft(payload, options, draft, { answers: raw })
              return back(issues.map((i) => `answer:${i.code}:${i.error}`).join(','))
            }
          }
          await saveDraft(payload, options, draft, { answers: raw })
          return next()
        }
        if (step === 'photos') {
          // The photos themselves arrive at the photos endpoint (multipart); this only moves on.
          if (
            go === 1 &&
            type.photo === 'required' &&
            (await countDraftPhotos(payload, options, draft.key)) === 0
          )
            return back('photoRequired')
          return next()
        }
        // Review: send.
        if (go === -1) return next()
        if (
          type.photo === 'required' &&
          (await countDraftPhotos(payload, options, draft.key)) === 0
        ) {
          step = 'photos'
          return back('photoRequired')
        }
        const result = await submitRequest(payload, options, {
          typeId: type.id,
          description: draft.data.description ?? '',
          answers: draft.data.answers ?? {},
          addressId: draft.data.addressId ?? null,
          lat: draft.data.addressId ? null : (draft.data.lat ?? null),
          lng: draft.data.addressId ? null : (draft.data.lng ?? null),
          contact: citizenId
            ? null
            : {
                name: form.get('name') ?? '',
                email: form.get('email') ?? '',
                phone: form.get('phone') ?? '',
              },
          language: locale,
          citizenId,
          idempotencyKey: draft.key,
          draftId: draft.id,
        })
        if (!result.ok) {
          const first = result.errors[0]
          const target: FormStep =
            first === 'descriptionRequired' || first === 'descriptionTooLong'
              ? 'details'
              : first === 'locationRequired' || first === 'locationInvalid'
                ? 'location'
                : result.answerIssues.length
                  ? 'questions'
                  : 'review'
          step = target
          return back(
            [
              ...result.errors,
              ...result.answerIssues.map((i) => `answer:${i.code}:${i.error}`),
            ].join(','),
          )
        }
        // The send itself (not a repeat): "we received it", to whoever left an address. Not awaited:
        // the resident's answer never waits on the mail server (the page says the same things).
        if (!result.isReplay)
          void sendAcknowledgement({
            payload,
            options,
            requestId: result.id,
            followToken: citizenId ? undefined : result.followToken,
            locale,
          })
        // This post read the draft before it was sent: the send itself, or a double click racing it.
        return see(
          requestHref(locale, result.trackingNumber, {
            cle: citizenId ? undefined : result.followToken,
            nouvelle: '1',
          }),
        )
      },
    })
  },
})
