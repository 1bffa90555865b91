import type { Endpoint } from 'payload'

import { asLocale } from '../i18n/translate'
import { field, formEndpoint, isEmail, padTo } from '../lib/endpointKit'
import { consumeAttempt } from '../lib/rateLimit'
import { sendAccountEmail } from '../lib/sendAccountEmail'
import type { ResolvedOptions } from '../types'

export const minPasswordLength = 10

/**
 * Registration. A known email gets a "you already have an account" email instead of a second
 * account; the visitor sees the same answer, after the same delay, in both cases.
 */
export const registerEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'register',
    fallbackPage: 'register',
    requiresCitizen: false,
    handler: async ({ payload, form, locale, ip }) => {
      const startedAt = Date.now()
      const email = field(form, 'email', 254).toLowerCase()
      const password = form.get('password') ?? ''
      const name = field(form, 'name', 120)
      const preferredLanguage = asLocale(form.get('preferredLanguage') ?? locale)
      if (!isEmail(email)) return { page: 'register', error: 'invalidEmail' }
      if (!name) return { page: 'register', error: 'nameRequired' }
      if (password.length < minPasswordLength || password.length > 200)
        return { page: 'register', error: 'weakPassword' }
      if (form.get('consent') !== 'on') return { page: 'register', error: 'consentRequired' }
      if (
        !(await consumeAttempt({
          payload,
          rules: options.rateLimits,
          action: 'register',
          ip,
          email,
        }))
      ) {
        return { page: 'register', error: 'tooManyRequests' }
      }
      const existing = await payload.find({
        collection: options.slug as 'citizens',
        where: { email: { equals: email } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      if (existing.docs[0]) {
        const known = existing.docs[0] as { preferredLanguage?: string | null }
        await sendAccountEmail({
          payload,
          options,
          to: email,
          kind: 'exists',
          locale: asLocale(known.preferredLanguage),
        })
      } else {
        const created = await payload.create({
          collection: options.slug as 'citizens',
          overrideAccess: true,
          disableVerificationEmail: true,
          showHiddenFields: true,
          context: { isCitizenSystem: true },
          data: {
            email,
            password,
            name,
            preferredLanguage,
            _verified: false,
            consents: [
              {
                purpose: 'terms',
                textVersion: options.termsVersion,
                acceptedAt: new Date().toISOString(),
              },
            ],
          } as never,
        })
        const token = (created as { _verificationToken?: string })._verificationToken
        if (token)
          await sendAccountEmail({
            payload,
            options,
            to: email,
            kind: 'verify',
            locale: preferredLanguage,
            token,
          })
      }
      await padTo(startedAt, 800)
      return { page: 'register', status: 'registered' }
    },
  })
