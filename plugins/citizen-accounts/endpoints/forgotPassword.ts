import type { Endpoint } from 'payload'

import { asLocale } from '../i18n/translate'
import { field, formEndpoint, isEmail, padTo } from '../lib/endpointKit'
import { consumeAttempt } from '../lib/rateLimit'
import { sendAccountEmail } from '../lib/sendAccountEmail'
import type { ResolvedOptions } from '../types'

/** Password reset request: the same answer whether or not an account uses the address. */
export const forgotPasswordEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'forgot-password',
    fallbackPage: 'forgot',
    requiresCitizen: false,
    handler: async ({ payload, form, ip }) => {
      const startedAt = Date.now()
      const email = field(form, 'email', 254).toLowerCase()
      if (!isEmail(email)) return { page: 'forgot', error: 'invalidEmail' }
      if (
        !(await consumeAttempt({ payload, rules: options.rateLimits, action: 'forgot', ip, email }))
      ) {
        return { page: 'forgot', error: 'tooManyRequests' }
      }
      const token = await payload.forgotPassword({
        collection: options.slug as 'citizens',
        data: { email },
        disableEmail: true,
      })
      if (token) {
        const { docs } = await payload.find({
          collection: options.slug as 'citizens',
          where: { email: { equals: email } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
        const locale = asLocale(
          (docs[0] as { preferredLanguage?: string } | undefined)?.preferredLanguage,
        )
        await sendAccountEmail({ payload, options, to: email, kind: 'reset', locale, token })
      }
      await padTo(startedAt, 800)
      return { page: 'forgot', status: 'forgotSent' }
    },
  })
