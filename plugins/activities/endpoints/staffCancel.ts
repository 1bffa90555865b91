import type { Endpoint, PayloadRequest } from 'payload'

import { isBodyError, readBodyText } from '../../kit/body'
import { isLeisureStaff } from '../access/roles'
import { cancelRegistration, refundThroughProcessor } from '../lib/cancel'
import { activityCacheTags, expireSoon } from '../lib/cacheTags'
import { sendOffers } from '../lib/notify'
import type { ResolvedActivitiesOptions } from '../types'

const messages = {
  forbidden: {
    fr: 'Réservé au personnel des loisirs.',
    en: 'Only the leisure staff may do this.',
  },
  json: { fr: 'Envoyez du JSON.', en: 'Send JSON.' },
  note: {
    fr: 'Indiquez le motif de l’annulation (200 caractères au plus).',
    en: 'Give the cancellation’s reason (200 characters at most).',
  },
  notFound: { fr: 'Inscription introuvable.', en: 'Registration not found.' },
  notCancellable: {
    fr: 'Cette inscription ne peut plus être annulée.',
    en: 'This registration can no longer be cancelled.',
  },
}

/**
 * POST /api/activity-registrations/:id/cancel `{ "note": "…" }` — the leisure staff cancel a
 * registration on a resident's behalf (phone, counter): the same rules and transaction as the
 * resident's own (lib/cancel.ts: refund or credit, the place to the waitlist), recorded with who
 * on staff and their reason (`activity-cancellations`: the audit). JSON only, so a form posted
 * from another site (which cannot send `application/json` without CORS) cannot use a staff cookie.
 */
export const staffCancelEndpoint = (options: ResolvedActivitiesOptions): Endpoint => ({
  path: '/:id/cancel',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const headers = { 'Cache-Control': 'no-store' }
    const fail = (status: number, message: { fr: string; en: string }) =>
      Response.json(
        { errors: [{ message: `${message.fr} / ${message.en}` }], message },
        { status, headers },
      )
    if (!isLeisureStaff(req.user, options)) return fail(403, messages.forbidden)
    if (!/^application\/json\b/.test(req.headers.get('content-type') ?? ''))
      return fail(415, messages.json)
    let note = ''
    try {
      const body = JSON.parse(await readBodyText(req, { limit: 4096 })) as { note?: unknown }
      note = typeof body?.note === 'string' ? body.note.trim() : ''
    } catch (err) {
      if (isBodyError(err)) return fail(err.status, messages.note)
      return fail(400, messages.json)
    }
    if (!note || note.length > 200 || note.includes('\u0000')) return fail(400, messages.note)
    const result = await cancelRegistration({
      payload: req.payload,
      registrationId: Number(req.routeParams?.id),
      citizenId: null,
      by: 'staff',
      staffId: Number(req.user!.id),
      staffNote: note,
      offerHours: options.offerHours,
    })
    if (result.outcome === 'notFound') return fail(404, messages.notFound)
    if (result.outcome === 'notCancellable') return fail(409, messages.notCancellable)
    if (result.offers.length) await sendOffers(req.payload, options, result.offers)
    const refund = await refundThroughProcessor({
      payload: req.payload,
      providers: options.paymentProviders,
      cancelled: result,
    })
    await expireSoon(activityCacheTags.session(result.sessionId))
    await expireSoon(activityCacheTags.programme)
    return Response.json(
      {
        outcome: 'cancelled',
        kind: result.result.kind,
        amountCents: result.result.cents,
        feeCents: result.result.feeCents,
        reason: result.result.reason,
        refund,
        cancellation: result.cancellationId,
      },
      { headers },
    )
  },
})
