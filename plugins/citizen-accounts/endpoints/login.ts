import { generatePayloadCookie } from 'payload/shared'
import type { Endpoint } from 'payload'

import { AccountDisabledError } from '../hooks/refuseDisabledAccount'
import { field, formEndpoint, padTo } from '../lib/endpointKit'
import { chargeSignIn, signInSucceeded } from '../lib/rateLimit'
import type { ResolvedOptions } from '../types'

/**
 * Sign-in. Wrong password, unknown email or unconfirmed account: one answer for all. Failures
 * count per address and per account from that address (lib/rateLimit: chargeSignIn), never per
 * account alone: Payload's account lock is off, since anyone who knows a resident's email could
 * set it from anywhere.
 */
export const loginEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'login',
    fallbackPage: 'login',
    requiresCitizen: false,
    handler: async ({ payload, form, ip }) => {
      const startedAt = Date.now()
      const email = field(form, 'email', 254).toLowerCase()
      const password = (form.get('password') ?? '').slice(0, 200)
      if (!(await chargeSignIn({ payload, options, action: 'login', ip, email }))) {
        return { page: 'login', error: 'tooManyRequests' }
      }
      if (!email || !password) {
        await padTo(startedAt, 400)
        return { page: 'login', error: 'invalidCredentials' }
      }
      try {
        const result = await payload.login({ collection: options.slug as 'citizens', data: { email, password }, overrideAccess: true })
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
        return { page: 'dashboard', headers }
      } catch (err) {
        await padTo(startedAt, 400)
        // Only said once the password was right (the hook runs after Payload checked it): the
        // resident learns to call the city, a guesser learns nothing.
        if (err instanceof AccountDisabledError) return { page: 'login', error: 'accountDisabled' }
        return { page: 'login', error: 'invalidCredentials' }
      }
    },
  })
