import { createHash, randomBytes } from 'node:crypto'

import type { Endpoint } from 'payload'

import { asLocale } from '../i18n/translate'
import { field, formEndpoint, isEmail, padTo } from '../lib/endpointKit'
import { consumeAttempt } from '../lib/rateLimit'
import { sendAccountEmail } from '../lib/sendAccountEmail'
import type { ResolvedOptions } from '../types'

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * Sector alerts without an account, step 1: record the request and email a confirmation link.
 * Same answer whether the address was already subscribed or not.
 */
export const alertSignupEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'alert-signup',
    fallbackPage: 'sectorAlerts',
    requiresCitizen: false,
    handler: async ({ payload, form, locale, ip }) => {
      const startedAt = Date.now()
      const email = field(form, 'email', 254).toLowerCase()
      const sectorId = Number(form.get('sectorId'))
      if (!isEmail(email)) return { page: 'sectorAlerts', error: 'invalidEmail' }
      const sector =
        Number.isSafeInteger(sectorId) && sectorId > 0
          ? await payload.findByID({
              collection: options.sectorsCollection as 'sectors',
              id: sectorId,
              depth: 0,
              overrideAccess: false,
              disableErrors: true,
            })
          : null
      if (!sector) return { page: 'sectorAlerts', error: 'sectorRequired' }
      if (
        !(await consumeAttempt({
          payload,
          rules: options.rateLimits,
          action: 'alert-signup',
          ip,
          email,
        }))
      ) {
        return { page: 'sectorAlerts', error: 'tooManyRequests' }
      }
      const key = `${email}:${sectorId}`
      const slug = options.alertSignupsCollection as 'alert-signups'
      const { docs } = await payload.find({
        collection: slug,
        where: { key: { equals: key } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      if (!docs[0]?.confirmedAt) {
        const token = randomBytes(24).toString('base64url')
        const data = {
          key,
          email,
          sector: sectorId,
          preferredLanguage: asLocale(locale),
          tokenHash: hashToken(token),
        }
        if (docs[0])
          await payload.update({ collection: slug, id: docs[0].id, data, overrideAccess: true })
        else await payload.create({ collection: slug, data, overrideAccess: true })
        await sendAccountEmail({ payload, options, to: email, kind: 'alertConfirm', locale, token })
      }
      await padTo(startedAt, 600)
      return { page: 'sectorAlerts', status: 'alertSignupSent' }
    },
  })

/** Step 2: the emailed link's page posts here; from now on the sector's notices are sent. */
export const alertConfirmEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'alert-confirm',
    fallbackPage: 'alertConfirm',
    requiresCitizen: false,
    handler: async ({ payload, form }) => {
      const token = field(form, 'token', 200)
      if (!/^[A-Za-z0-9_-]{20,200}$/.test(token))
        return { page: 'sectorAlerts', error: 'invalidToken' }
      const slug = options.alertSignupsCollection as 'alert-signups'
      const { docs } = await payload.find({
        collection: slug,
        where: { tokenHash: { equals: hashToken(token) } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      if (!docs[0]) return { page: 'sectorAlerts', error: 'invalidToken' }
      await payload.update({
        collection: slug,
        id: docs[0].id,
        data: { confirmedAt: new Date().toISOString(), tokenHash: null },
        overrideAccess: true,
      })
      return { page: 'sectorAlerts', status: 'alertConfirmed' }
    },
  })
