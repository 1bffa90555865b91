import Stripe from 'stripe'

import { bodyErrorResponse, isBodyError, readBodyBytes, refusalResponse } from '../../kit/body'
import { activityCacheTags, expireSoon } from '../lib/cacheTags'
import { applyCardPayment } from '../lib/cardPayments'
import { formatMoney } from '../lib/money'
import { sendOffers } from '../lib/notify'
import { isReference } from '../lib/reference'
import type { ActivitiesLocale, PaymentProvider } from '../types'

export type StripeProviderOptions = {
  /** The account's secret key (`sk_test_…` in test mode). @default process.env.STRIPE_SECRET_KEY */
  secretKey?: string
  /** The webhook endpoint's signing secret (`whsec_…`). @default process.env.STRIPE_WEBHOOK_SECRET */
  webhookSecret?: string
  /**
   * How long the Checkout page takes a payment. Stripe accepts 30 minutes to 24 hours.
   * @default 30
   */
  checkoutMinutes?: number
  /**
   * The places stay held this long after the Checkout page closes, for the webhook of a payment
   * made at its last second to arrive (a later one takes the late path, lib/cardPayments.ts).
   * @default 10
   */
  graceMinutes?: number
  /** Oldest signature timestamp accepted, in seconds (replays). @default 300 (the SDK's) */
  toleranceSeconds?: number
  /** A webhook's body at most, in bytes. @default 256 KiB */
  maxBodyBytes?: number
  /** Passed to the SDK's client (tests point `host`, `port`, `protocol` to a local server). */
  config?: Stripe.StripeConfig
}

/** Stripe's smallest charge in CAD. */
export const stripeMinimumCents = 50

export const webhookPath = '/stripe/webhook'

/**
 * The Checkout Session for a hold: one line of the hold's total in CAD cents, the reference as
 * `client_reference_id` and in the metadata (of the session and of its payment), back to the
 * hold's page either way, closing at `expiresAt` (the hold outlasts it by the grace).
 */
export const checkoutSessionParams = ({
  reference,
  totalCents,
  locale,
  returnURL,
  expiresAt,
}: {
  reference: string
  totalCents: number
  locale: ActivitiesLocale
  returnURL: string
  expiresAt: Date
}): Stripe.Checkout.SessionCreateParams => {
  const back = (status: string) => {
    const url = new URL(returnURL)
    url.searchParams.set('status', status)
    url.hash = 'paiement'
    return url.toString()
  }
  return {
    mode: 'payment',
    allowed_payment_method_types: ['card'],
    client_reference_id: reference,
    metadata: { reference },
    payment_intent_data: {
      metadata: { reference },
      description:
        locale === 'en' ? `Activities, reference ${reference}` : `Loisirs, référence ${reference}`,
    },
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: 'cad',
          unit_amount: totalCents,
          product_data: {
            name:
              locale === 'en'
                ? `Activity registration ${reference}`
                : `Inscription aux loisirs ${reference}`,
          },
        },
      },
    ],
    locale: locale === 'en' ? 'en' : 'fr-CA',
    success_url: back('cardReturned'),
    cancel_url: back('cardCancelled'),
    expires_at: Math.floor(expiresAt.getTime() / 1000),
  }
}

const received = (outcome: string) =>
  Response.json({ received: true, outcome }, { headers: { 'Cache-Control': 'no-store' } })

/**
 * Card payments through Stripe Checkout (its official SDK): the resident is sent to Stripe's
 * hosted page (card numbers never reach the city's servers), and the registration is confirmed
 * only by Stripe's signed webhook, `POST /api/activities/stripe/webhook`: the raw body read with a
 * ceiling, the signature verified by `stripe.webhooks.constructEvent` (400 otherwise), each event
 * applied once (lib/cardPayments.ts). Coming back to the success page confirms nothing.
 * Throws at start-up when a key is given without the webhook's secret (nothing could confirm).
 */
export const stripePaymentProvider = ({
  secretKey = process.env.STRIPE_SECRET_KEY,
  webhookSecret = process.env.STRIPE_WEBHOOK_SECRET,
  checkoutMinutes = 30,
  graceMinutes = 10,
  toleranceSeconds = 300,
  maxBodyBytes = 256 * 1024,
  config = {},
}: StripeProviderOptions = {}): PaymentProvider => {
  if (!secretKey) throw new Error('activities: stripePaymentProvider needs STRIPE_SECRET_KEY')
  if (!webhookSecret)
    throw new Error('activities: STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY')
  if (checkoutMinutes < 30 || checkoutMinutes > 24 * 60)
    throw new Error('activities: checkoutMinutes must be between 30 and 1440 (Stripe’s limits)')
  const stripe = new Stripe(secretKey, { maxNetworkRetries: 2, timeout: 15_000, ...config })
  return {
    id: 'stripe',
    label: { fr: 'Par carte de crédit (en ligne)', en: 'By credit card (online)' },
    minimumCents: stripeMinimumCents,
    start: async ({ reference, totalCents, now, locale = 'fr', returnURL }) => {
      if (!returnURL) throw new Error('activities: the card payment needs the hold page’s URL')
      const expiresAt = new Date(now.getTime() + checkoutMinutes * 60_000)
      const session = await stripe.checkout.sessions.create(
        checkoutSessionParams({ reference, totalCents, locale, returnURL, expiresAt }),
      )
      if (!session.url) throw new Error('activities: Stripe gave no Checkout URL')
      return {
        holdUntil: new Date(expiresAt.getTime() + graceMinutes * 60_000),
        redirectURL: session.url,
        instructions: {
          fr: `Payez ${formatMoney(totalCents, 'fr')} par carte sur la page sécurisée de Stripe.`,
          en: `Pay ${formatMoney(totalCents, 'en')} by card on Stripe’s secure page.`,
        },
      }
    },
    refund: async ({ processorPaymentId, amountCents, idempotencyKey }) => {
      const refund = await stripe.refunds.create(
        {
          payment_intent: processorPaymentId,
          amount: amountCents,
          reason: 'requested_by_customer',
        },
        { idempotencyKey },
      )
      return { refundId: refund.id }
    },
    // Left half-way (or paid, the webhook on its way): the page offers the methods again.
    describe: () => null,
    webhook: {
      path: webhookPath,
      handler: async ({ req, options }) => {
        const { payload } = req
        let raw: Uint8Array
        try {
          raw = await readBodyBytes(req, { limit: maxBodyBytes })
        } catch (err) {
          if (isBodyError(err)) return bodyErrorResponse(err, req.headers)
          throw err
        }
        let event: Stripe.Event
        try {
          event = stripe.webhooks.constructEvent(
            Buffer.from(raw),
            req.headers.get('stripe-signature') ?? '',
            webhookSecret,
            toleranceSeconds,
          )
        } catch (err) {
          payload.logger.warn({ err, msg: 'activities: Stripe webhook refused (signature)' })
          return refusalResponse(
            400,
            'badSignature',
            { fr: 'Signature invalide ou périmée.', en: 'Invalid or stale signature.' },
            req.headers,
          )
        }
        if (
          event.type !== 'checkout.session.completed' &&
          event.type !== 'checkout.session.async_payment_succeeded'
        )
          return received('ignored')
        const session = event.data.object
        if (session.payment_status !== 'paid') return received('notPaid')
        const reference = session.client_reference_id ?? session.metadata?.reference ?? null
        const paymentId =
          typeof session.payment_intent === 'string'
            ? session.payment_intent
            : (session.payment_intent?.id ?? session.id)
        const context = { eventId: event.id, reference, paymentId, amount: session.amount_total }
        if (
          !isReference(reference) ||
          (session.metadata?.reference && session.metadata.reference !== reference)
        ) {
          payload.logger.error({ ...context, msg: 'activities: Stripe payment for no reference' })
          return received('unknownReference')
        }
        try {
          const result = await applyCardPayment({
            payload,
            provider: 'stripe',
            eventId: event.id,
            eventType: event.type,
            reference,
            amountCents: Number(session.amount_total ?? -1),
            currency: String(session.currency ?? ''),
            processorPaymentId: paymentId,
            offerHours: options.offerHours,
          })
          if (result.outcome === 'unknownReference')
            payload.logger.error({
              ...context,
              msg: 'activities: Stripe payment, unknown reference',
            })
          if (result.outcome === 'toRefund')
            payload.logger.warn({
              ...context,
              flag: result.flag,
              msg: 'activities: Stripe payment kept to refund',
            })
          if (result.outcome === 'confirmed' || result.outcome === 'toRefund') {
            if (result.offers.length) await sendOffers(payload, options, result.offers)
            for (const id of result.sessionIds) await expireSoon(activityCacheTags.session(id))
            await expireSoon(activityCacheTags.programme)
          }
          return received(result.outcome === 'toRefund' ? result.flag : result.outcome)
        } catch (err) {
          // Not applied (rolled back): a non-2xx answer makes Stripe deliver it again later.
          payload.logger.error({ err, ...context, msg: 'activities: Stripe webhook failed' })
          return Response.json({ received: false }, { status: 500 })
        }
      },
    },
  }
}

/** The Stripe provider when `STRIPE_SECRET_KEY` (or `secretKey`) is set, else none. */
export const stripeWhenConfigured = (options: StripeProviderOptions = {}): PaymentProvider[] =>
  (options.secretKey ?? process.env.STRIPE_SECRET_KEY) ? [stripePaymentProvider(options)] : []
