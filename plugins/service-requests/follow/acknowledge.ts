import type { Payload } from 'payload'

import { formatDay } from '../frontend/options'
import { requestTranslator } from '../i18n/translate'
import type { RequestLocale, ResolvedOptions } from '../types'
import { requestHref } from '../requests/routes'
import { requestTypeName, sendStatusEmail, siteBase, submitterAccount } from './statusEmail'

/**
 * "We received your request": sent once, right after the form's own send (never on a repeat), to
 * the signed-in citizen's address or the contact email an anonymous resident left, in the page's
 * language, with the tracking number, the type, the expected date and the follow-up link (with its
 * secret for an anonymous resident: the one place they can find it again). No email, no message.
 * A failure to send is logged: the request is already saved and its page says all of this.
 */
export const sendAcknowledgement = async ({
  payload,
  options,
  requestId,
  followToken,
  locale,
}: {
  payload: Payload
  options: ResolvedOptions
  requestId: number
  /** The follow-up secret, for an anonymous resident; undefined for a citizen. */
  followToken?: string
  locale: RequestLocale
}) => {
  try {
    const request = (await payload.findByID({
      collection: options.requestsCollection as 'service-requests',
      id: requestId,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
    })) as unknown as {
      trackingNumber: string
      type?: unknown
      submitter?: unknown
      contact?: { email?: string | null } | null
      dueAt?: string | null
    }
    const citizen = await submitterAccount({ payload, options, submitter: request.submitter })
    const to = citizen ? (citizen.email ?? null) : (request.contact?.email ?? null)
    if (!to) return
    const typeName = await requestTypeName({ payload, options, type: request.type, locale })
    const t = requestTranslator(locale)
    const url = `${siteBase(payload)}${requestHref(locale, request.trackingNumber, { token: citizen ? undefined : followToken })}`
    const lines = [
      t('email.greeting'),
      t('email.receivedBody', { number: request.trackingNumber, type: typeName }),
      ...(request.dueAt
        ? [t('email.receivedDue', { date: formatDay(locale, request.dueAt) })]
        : []),
      t('email.link', { url }),
      citizen ? t('email.receivedAccount') : t('email.receivedKeepLink'),
      t('email.signature', { city: options.cityName }),
    ]
    await sendStatusEmail({
      payload,
      to,
      subject: t('email.receivedSubject', { number: request.trackingNumber }),
      lines,
      url,
    })
  } catch (err) {
    payload.logger.error({ err, msg: 'service-requests: acknowledgement email failed' })
  }
}
