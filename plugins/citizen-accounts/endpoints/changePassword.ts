import type { Endpoint } from 'payload'

import { formEndpoint } from '../lib/endpointKit'
import type { ResolvedOptions } from '../types'
import { minPasswordLength } from './register'

/**
 * Password change: the current password is checked through Payload's login (so failures count
 * toward the lockout); saving as the citizen keeps this session and closes every other one.
 */
export const changePasswordEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'change-password',
    fallbackPage: 'security',
    requiresCitizen: true,
    handler: async ({ payload, form, citizen }) => {
      const current = (form.get('currentPassword') ?? '').slice(0, 200)
      const next = form.get('newPassword') ?? ''
      if (next.length < minPasswordLength || next.length > 200) return { page: 'security', error: 'weakPassword' }
      try {
        await payload.login({ collection: options.slug as 'citizens', data: { email: citizen!.email, password: current }, overrideAccess: true })
      } catch {
        return { page: 'security', error: 'wrongPassword' }
      }
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
