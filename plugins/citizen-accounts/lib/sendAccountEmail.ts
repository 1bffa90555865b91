import type { Payload } from 'payload'

import type { AccountLocale, ResolvedOptions } from '../types'
import { type EmailKind, renderEmail } from './emails'
import { accountHref } from './routes'

/**
 * Sends one of the account emails in the citizen's language. A failing mail server is logged, not
 * shown: the visitor gets the same answer either way (and learns nothing about the account).
 */
export const sendAccountEmail = async ({
  payload,
  options,
  to,
  kind,
  locale,
  token,
}: {
  payload: Payload
  options: ResolvedOptions
  to: string
  kind: EmailKind
  locale: AccountLocale
  token?: string
}) => {
  const page =
    kind === 'verify'
      ? 'verify'
      : kind === 'reset'
        ? 'reset'
        : kind === 'alertConfirm'
          ? 'alertConfirm'
          : 'forgot'
  const url = `${payload.config.serverURL}${accountHref(locale, page, token ? { token } : undefined)}`
  const message = renderEmail({ kind, locale, url, cityName: options.cityName })
  try {
    await payload.sendEmail({
      to,
      subject: message.subject,
      html: message.html,
      text: message.text,
    })
  } catch (err) {
    payload.logger.error({ err, msg: `citizen-accounts: could not send the ${kind} email` })
  }
}
