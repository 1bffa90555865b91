import type { Endpoint } from 'payload'

import { field, formEndpoint } from '../lib/endpointKit'
import { consumeAttempt } from '../lib/rateLimit'
import type { ResolvedOptions } from '../types'
import { minPasswordLength } from './register'

/** A new password from an emailed token. Every open session of the account is closed. */
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
      try {
        await payload.resetPassword({ collection: options.slug as 'citizens', data: { token, password }, overrideAccess: true })
      } catch {
        return { page: 'forgot', error: 'invalidToken' }
      }
      return { page: 'login', status: 'passwordReset' }
    },
  })
