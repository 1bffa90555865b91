import type { Endpoint } from 'payload'

import { field, formEndpoint } from '../lib/endpointKit'
import { consumeAttempt, signInSucceeded } from '../lib/rateLimit'
import type { ResolvedOptions } from '../types'
import { minPasswordLength } from './register'

/**
 * A new password from an emailed token. Every open session of the account is closed, and the
 * failed sign-ins counted for it from this address are forgotten: a resident can always get back in.
 */
export const resetPasswordEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'reset-password',
    fallbackPage: 'reset',
    requiresCitizen: false,
    handler: async ({ payload, form, ip }) => {
      const token = field(form, 'token', 200)
      const password = form.get('password') ?? ''
      if (!/^[A-Za-z0-9_-]{10,200}$/.test(token)) return { page: 'reset', error: 'invalidToken' }
      if (password.length < minPasswordLength || password.length > 200) {
        return { page: 'reset', error: 'weakPassword', query: { token } }
      }
      if (!(await consumeAttempt({ payload, rules: options.rateLimits, action: 'reset', ip }))) {
        return { page: 'reset', error: 'tooManyRequests', query: { token } }
      }
      let email: string
      try {
        const { user } = await payload.resetPassword({
          collection: options.slug as 'citizens',
          data: { token, password },
          overrideAccess: true,
        })
        email = String((user as { email?: string }).email ?? '').toLowerCase()
      } catch {
        return { page: 'forgot', error: 'invalidToken' }
      }
      if (email) await signInSucceeded({ payload, action: 'login', ip, email })
      return { page: 'login', status: 'passwordReset' }
    },
  })
