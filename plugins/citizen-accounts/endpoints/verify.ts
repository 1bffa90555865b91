import type { Endpoint } from 'payload'

import { field, formEndpoint } from '../lib/endpointKit'
import { loginEmailCookie } from '../lib/returnTo'
import { accountHref } from '../lib/routes'
import type { ResolvedOptions } from '../types'

/** How long the sign-in page remembers the email just confirmed. */
const rememberSeconds = 600

/**
 * Email confirmation. The emailed link opens a page with a button that posts here: a mail scanner
 * following links does not confirm an account on its own. Then straight to the sign-in page with
 * the address filled in: carried by a short-lived HttpOnly cookie scoped to that page, never in
 * the URL (addresses end up in logs and browser history). No session is opened by the link
 * alone: whoever holds a forwarded email still needs the password.
 */
export const verifyEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'verify',
    fallbackPage: 'verify',
    requiresCitizen: false,
    handler: async ({ payload, form, locale, req }) => {
      const token = field(form, 'token', 200)
      if (!/^[A-Za-z0-9_-]{10,200}$/.test(token)) return { page: 'verify', error: 'invalidToken' }
      // The account the token belongs to, read as Payload's own verification reads it (the token is a hidden field).
      const pending = (await payload.db.findOne({
        collection: options.slug as 'citizens',
        where: { _verificationToken: { equals: token } },
        req,
      })) as { email?: string } | null
      try {
        await payload.verifyEmail({ collection: options.slug as 'citizens', token })
      } catch {
        return { page: 'verify', error: 'invalidToken' }
      }
      const headers = new Headers()
      if (pending?.email) {
        const secure = (req.url ?? payload.config.serverURL).startsWith('https:') ? '; Secure' : ''
        headers.append(
          'Set-Cookie',
          `${loginEmailCookie}=${encodeURIComponent(pending.email)}; Path=${accountHref(locale, 'login')}; Max-Age=${rememberSeconds}; HttpOnly; SameSite=Lax${secure}`,
        )
      }
      return { page: 'login', status: 'verified', headers }
    },
  })
