import type { Endpoint } from 'payload'

import { field, formEndpoint } from '../lib/endpointKit'
import type { ResolvedOptions } from '../types'

/**
 * Email confirmation. The emailed link opens a page with a button that posts here: a mail scanner
 * following links does not confirm an account on its own.
 */
export const verifyEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'verify',
    fallbackPage: 'verify',
    requiresCitizen: false,
    handler: async ({ payload, form }) => {
      const token = field(form, 'token', 200)
      if (!/^[A-Za-z0-9_-]{10,200}$/.test(token)) return { page: 'verify', error: 'invalidToken' }
      try {
        await payload.verifyEmail({ collection: options.slug as 'citizens', token })
      } catch {
        return { page: 'verify', error: 'invalidToken' }
      }
      return { page: 'login', status: 'verified' }
    },
  })
