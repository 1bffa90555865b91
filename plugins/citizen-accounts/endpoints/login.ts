import { generatePayloadCookie } from 'payload/shared'
import type { Endpoint } from 'payload'

import { AccountDisabledError } from '../collections/Citizens/hooks/refuseDisabledAccount'
import { field, formEndpoint, padTo } from '../lib/endpointKit'
import { chargeSignIn, signInSucceeded } from '../lib/rateLimit'
import { readParam } from '../../kit/query'
import { queryKeys } from '../lib/queryKeys'
import { loginEmailCookie, safeReturnPath } from '../lib/returnTo'
import { accountHref } from '../lib/routes'
import type { ResolvedOptions } from '../types'

/**
 * Sign-in. Wrong password, unknown email or unconfirmed account: one answer for all. Failures
 * count per address and per account from that address (lib/rateLimit: chargeSignIn), never per
 * account alone: Payload's account lock is off, since anyone who knows a resident's email could
 * set it from anywhere. A checked `returnTo` (lib/returnTo.ts) is where a success leads (the request
 * form's draft, a page of Mon dossier), and is kept across a failed try.
 */
export const loginEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'login',
    fallbackPage: 'login',
    requiresCitizen: false,
    handler: async ({ payload, form, ip, locale }) => {
      const startedAt = Date.now()
      const email = field(form, 'email', 254).toLowerCase()
      const password = (form.get('password') ?? '').slice(0, 200)
      // The sign-in page sends `returnTo`; a page rendered before sent `retour`.
      const returnTo = safeReturnPath(readParam(form, queryKeys.returnTo))
      // Written back under `returnTo`; the page reads both (frontend/account/query.ts).
      const keep = returnTo ? { query: { returnTo } } : {}
      if (!(await chargeSignIn({ payload, options, action: 'login', ip, email }))) {
        return { page: 'login', error: 'tooManyRequests', ...keep }
      }
      if (!email || !password) {
        await padTo(startedAt, 400)
        return { page: 'login', error: 'invalidCredentials', ...keep }
      }
      try {
        const result = await payload.login({
          collection: options.slug as 'citizens',
          data: { email, password },
          overrideAccess: true,
        })
        if (!result.token) throw new Error('no token')
        await signInSucceeded({ payload, action: 'login', ip, email })
        const headers = new Headers()
        headers.append(
          'Set-Cookie',
          generatePayloadCookie({
            collectionAuthConfig: payload.collections[options.slug as 'citizens'].config.auth,
            cookiePrefix: payload.config.cookiePrefix,
            token: result.token,
          }),
        )
        // The confirmed email the sign-in page was filled with is no longer needed.
        headers.append(
          'Set-Cookie',
          `${loginEmailCookie}=; Path=${accountHref(locale, 'login')}; Max-Age=0; HttpOnly; SameSite=Lax`,
        )
        return { page: 'dashboard', headers, ...(returnTo ? { location: returnTo } : {}) }
      } catch (err) {
        await padTo(startedAt, 400)
        // Only said once the password was right (the hook runs after Payload checked it): the
        // resident learns to call the city, a guesser learns nothing.
        if (err instanceof AccountDisabledError)
          return { page: 'login', error: 'accountDisabled', ...keep }
        return { page: 'login', error: 'invalidCredentials', ...keep }
      }
    },
  })
