import { randomUUID } from 'node:crypto'

import type { Endpoint, PayloadRequest } from 'payload'

import { parseForm, readBodyText } from '../../kit/body'
import { handleFormPost, seeOther } from '../../kit/forms'
import { asLocale } from '../i18n/translate'
import { activityCacheTags, expireSoon } from '../lib/cacheTags'
import { csrfBinding, isValidCsrfToken, trustedHeaders } from '../lib/csrf'
import { sendOffers } from '../lib/notify'
import { cancelRegistration, refundThroughProcessor } from '../lib/cancel'
import { heldTotal, startPayment } from '../lib/payments'
import { prepareRegistration, readSession } from '../lib/prepare'
import { dbOf } from '../lib/db'
import { newReference, isReference } from '../lib/reference'
import { findReplay, holdPlaces } from '../lib/register'
import { holdHref, programmeHref, sessionHref } from '../lib/routes'
import { acceptOffer, joinWaitlist } from '../lib/waitlistDb'
import type { ActivitiesLocale, ResolvedActivitiesOptions } from '../types'

/** A registration form's body at most (plugins/kit/body.ts). */
export const maxFormBytes = 8 * 1024

/** Anchor of the form on the session's page, where errors and statuses show. */
export const formAnchor = 'inscription'

const withQuery = (path: string, query: Record<string, string>, anchor = formAnchor) =>
  `${path}?${new URLSearchParams(query).toString()}#${anchor}`

type Action = 'register' | 'pay' | 'waitlist' | 'accept' | 'cancel'

/**
 * POST /api/activities/register, /pay, /waitlist and /accept — plain HTML forms in the kit's frame
 * (origin checked, a CSRF token bound to the resident's session, 303 back with `?status=` or
 * `?error=`, never a 500):
 * - register: the session and the members (`member`, repeated); eligibility and price decided in
 *   lib/prepare.ts, places held in one transaction (lib/register.ts); to the hold's page.
 * - pay: the payment method chosen for a hold (`reference`, `method`): the provider's
 *   instructions and deadline (payments/counter.ts).
 * - waitlist: the members join a full session's waitlist, in order.
 * - accept: a waitlist offer confirmed (`entry`): the place becomes a hold to pay.
 * - cancel: one of the account's registrations (`registration`, back to its hold's page
 *   `reference`): refund or credit by the activity's rules, the place to the waitlist (lib/cancel.ts).
 */
export const registerEndpoints = (options: ResolvedActivitiesOptions): Endpoint[] =>
  (['register', 'pay', 'waitlist', 'accept', 'cancel'] as const).map((action) => ({
    path: `/${action}`,
    method: 'post',
    handler: (req: PayloadRequest) => handle({ req, options, action }),
  }))

const handle = async ({
  req,
  options,
  action,
}: {
  req: PayloadRequest
  options: ResolvedActivitiesOptions
  action: Action
}): Promise<Response> => {
  const { payload } = req
  const base = options.basePath
  let back = programmeHref('fr', base)
  const fail = (error: string, extra: Record<string, string> = {}) =>
    seeOther(withQuery(back.split('?')[0], { error, ...extra }))
  return handleFormPost({
    headers: req.headers,
    url: req.url ?? payload.config.serverURL,
    serverURL: payload.config.serverURL,
    logger: payload.logger,
    label: `activities: ${action}`,
    readForm: async () => parseForm(await readBodyText(req, { limit: maxFormBytes })),
    onUnexpected: () => fail('unexpected'),
    run: async (form) => {
      const locale: ActivitiesLocale = asLocale(form.get('locale'))
      back = programmeHref(locale, base)
      const citizen = await options.identifyCitizen({
        payload,
        headers: trustedHeaders(req.headers),
      })
      if (!isValidCsrfToken(payload.secret, csrfBinding(citizen), form.get('csrf')))
        return fail('csrf')
      const now = new Date()

      if (action === 'pay') {
        const reference = form.get('reference') ?? ''
        if (!isReference(reference)) return fail('notHeld')
        back = holdHref(locale, base, reference)
        if (!citizen) return fail('signInRequired')
        const provider = options.paymentProviders.find((p) => p.id === form.get('method'))
        if (!provider) return fail('unknownMethod')
        const totalCents = await heldTotal({ payload, reference, citizenId: citizen.id, now })
        if (totalCents === 0) return fail('notHeld')
        if (totalCents < (provider.minimumCents ?? 0)) return fail('unknownMethod')
        const origin = options.publicURL ?? payload.config.serverURL
        let started: Awaited<ReturnType<typeof provider.start>>
        try {
          started = await provider.start({
            reference,
            totalCents,
            now,
            locale,
            returnURL: new URL(back, origin).toString(),
          })
        } catch (err) {
          // The processor unreachable or refusing: nothing moved, the resident may choose again.
          payload.logger.error({ err, msg: `activities: ${provider.id} payment could not start` })
          return fail('paymentUnavailable')
        }
        const moved = await startPayment({
          execute: (query) => dbOf(payload).drizzle.execute(query),
          reference,
          citizenId: citizen.id,
          method: provider.id,
          holdUntil: started.holdUntil,
          now,
        })
        if (moved === 0) return fail('notHeld')
        // A processor's hosted page (Stripe Checkout): the webhook will confirm, not the return.
        if (started.redirectURL) return seeOther(started.redirectURL)
        return seeOther(withQuery(back, { status: 'awaitingPayment' }, 'paiement'))
      }

      if (action === 'cancel') {
        const reference = form.get('reference') ?? ''
        if (!isReference(reference)) return fail('notFound')
        back = holdHref(locale, base, reference)
        if (!citizen) return fail('signInRequired')
        const result = await cancelRegistration({
          payload,
          registrationId: Number(form.get('registration')),
          citizenId: citizen.id,
          by: 'resident',
          offerHours: options.offerHours,
          now,
        })
        if (result.outcome === 'notFound') return fail('registrationNotFound')
        if (result.outcome !== 'cancelled') return fail(result.outcome)
        if (result.offers.length) await sendOffers(payload, options, result.offers)
        await refundThroughProcessor({
          payload,
          providers: options.paymentProviders,
          cancelled: result,
        })
        await expireSoon(activityCacheTags.session(result.sessionId))
        await expireSoon(activityCacheTags.programme)
        return seeOther(withQuery(back, { status: 'registrationCancelled' }, 'paiement'))
      }

      if (action === 'accept') {
        const entryId = Number(form.get('entry'))
        const sessionId = Number(form.get('session'))
        const target = await readSession(payload, sessionId, locale)
        if (!target) return fail('notFound')
        back = sessionHref(locale, base, sessionId)
        if (!citizen) return fail('signInRequired')
        const result = await acceptOffer({ payload, options, target, citizen, entryId, now })
        if (result.offers.length) await sendOffers(payload, options, result.offers)
        if (result.outcome !== 'accepted') return fail(result.outcome)
        await expireSoon(activityCacheTags.session(sessionId))
        return seeOther(
          withQuery(holdHref(locale, base, result.reference), { status: 'accepted' }, 'paiement'),
        )
      }

      const sessionId = Number(form.get('session'))
      const target = await readSession(payload, sessionId, locale)
      if (!target) return fail('notFound')
      back = sessionHref(locale, base, sessionId)
      if (!citizen) return fail('signInRequired')
      if (target.session.openingMode === 'draw') return fail('drawOnly')
      const requestKey = (form.get('requestKey') ?? '').slice(0, 64) || randomUUID()
      // The same form again (a double click after the first answer): its hold, asked nothing more.
      const replayed =
        action === 'register'
          ? await findReplay({ payload, sessionId, citizenId: citizen.id, requestKey })
          : null
      if (replayed)
        return seeOther(withQuery(holdHref(locale, base, replayed), { status: 'held' }, 'paiement'))
      const declared: Record<string, string> = {}
      for (const [name, value] of form.entries())
        if (name.startsWith('birthDate:') && /^\d{4}-\d{2}-\d{2}$/.test(value))
          declared[name.slice('birthDate:'.length)] = value
      const prepared = await prepareRegistration({
        payload,
        options,
        target,
        citizen,
        memberKeys: form.getAll('member'),
        declaredBirthDates: declared,
        now,
      })
      if (!prepared.ok) {
        // A double submit racing its first post: that one may have committed since the replay
        // check above, and this one then reads its member as already registered. Its hold it is.
        const late =
          action === 'register'
            ? await findReplay({ payload, sessionId, citizenId: citizen.id, requestKey })
            : null
        if (late)
          return seeOther(withQuery(holdHref(locale, base, late), { status: 'held' }, 'paiement'))
        return fail(
          prepared.error,
          prepared.error === 'ineligible'
            ? { reasons: [...new Set(prepared.reasons.map((r) => r.code))].join(',') }
            : {},
        )
      }

      if (action === 'waitlist') {
        const result = await joinWaitlist({
          payload,
          options,
          sessionId,
          citizenId: citizen.id,
          members: prepared.members,
          now,
        })
        if (result.offers.length) await sendOffers(payload, options, result.offers)
        if (result.outcome !== 'joined') return fail(result.outcome)
        return seeOther(withQuery(back, { status: 'joined', position: String(result.position) }))
      }

      const result = await holdPlaces({
        payload,
        sessionId,
        citizenId: citizen.id,
        members: prepared.members,
        isResident: prepared.isResident,
        reference: newReference(),
        requestKey,
        holdMinutes: options.holdMinutes,
        offerHours: options.offerHours,
        now,
      })
      if (result.offers.length) await sendOffers(payload, options, result.offers)
      if (result.outcome === 'held' || result.outcome === 'replay') {
        await expireSoon(activityCacheTags.session(sessionId))
        await expireSoon(activityCacheTags.programme)
        return seeOther(
          withQuery(holdHref(locale, base, result.reference), { status: 'held' }, 'paiement'),
        )
      }
      if (result.outcome === 'unknownSession') return fail('notFound')
      return fail(result.outcome)
    },
  })
}
