import type { Endpoint } from 'payload'

import { formEndpoint } from '../lib/endpointKit'
import { chargeSignIn, signInSucceeded } from '../lib/rateLimit'
import type { ResolvedOptions } from '../types'
import { minPasswordLength } from './register'

/**
 * Password change: the current password is checked through Payload's login, counted like a
 * sign-in (a stolen session cannot guess it more often than the sign-in form allows); saving as
 * the citizen keeps this session and closes every other one.
 */
export const changePasswordEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'change-password',
    fallbackPage: 'security',
    requiresCitizen: true,
    handler: async ({ payload, form, citizen, ip }) => {
      const current = (form.get('currentPassword') ?? '').slice(0, 200)
      const next = form.get('newPassword') ?? ''
      if (next.length < minPasswordLength || next.length > 200)
        return { page: 'security', error: 'weakPassword' }
      const email = citizen!.email.toLowerCase()
      if (!(await chargeSignIn({ payload, options, action: 'login', ip, email })))
        return { page: 'security', error: 'tooManyRequests' }
      try {
        await payload.login({
          collection: options.slug as 'citizens',
          data: { email, password: current },
          overrideAccess: true,
        })
      } catch {
        return { page: 'security', error: 'wrongPassword' }
      }
      await signInSucceeded({ payload, action: 'login', ip, email })
      await payload.update({
        collection: options.slug as 'citizens',
        id: citizen!.id,
        data: { password: next },
        user: citizen,
        overrideAccess: false,
        context: { isPasswordChecked: true },
      })
      return { page: 'security', status: 'passwordChanged' }
    },
  })
