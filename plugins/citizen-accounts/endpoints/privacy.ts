import type { Endpoint } from 'payload'
import { generateExpiredPayloadCookie } from 'payload/shared'

import { formEndpoint } from '../lib/endpointKit'
import { collectPersonalData, erasePersonalData, toCsv } from '../lib/personalData'
import type { ResolvedOptions } from '../types'

/** Law 25 — "Download my data", as JSON or CSV, straight from the form (no JavaScript needed). */
export const exportDataEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'export',
    fallbackPage: 'privacy',
    requiresCitizen: true,
    handler: async ({ payload, form, citizen }) => {
      const data = await collectPersonalData({ payload, options, citizenId: citizen!.id })
      const isCsv = form.get('format') === 'csv'
      const date = new Date().toISOString().slice(0, 10)
      const body = isCsv ? `\uFEFF${toCsv(data)}` : JSON.stringify(data, null, 2)
      return {
        page: 'privacy',
        response: new Response(body, {
          status: 200,
          headers: {
            'Content-Type': isCsv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
            'Content-Disposition': `attachment; filename="mon-dossier-${date}.${isCsv ? 'csv' : 'json'}"`,
            'Cache-Control': 'private, no-store',
          },
        }),
      }
    },
  })

/** Law 25 — "Delete my account": confirmed with the password; removes the personal data for good. */
export const deleteAccountEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'delete-account',
    fallbackPage: 'privacy',
    requiresCitizen: true,
    handler: async ({ payload, form, citizen }) => {
      const password = (form.get('password') ?? '').slice(0, 200)
      try {
        await payload.login({
          collection: options.slug as 'citizens',
          data: { email: citizen!.email, password },
          overrideAccess: true,
        })
      } catch {
        return { page: 'privacy', error: 'wrongPassword' }
      }
      await erasePersonalData({ payload, options, citizenId: citizen!.id, email: citizen!.email })
      const headers = new Headers()
      headers.append(
        'Set-Cookie',
        generateExpiredPayloadCookie({
          collectionAuthConfig: payload.collections[options.slug as 'citizens'].config.auth,
          cookiePrefix: payload.config.cookiePrefix,
        }),
      )
      return { page: 'register', status: 'accountDeleted', headers }
    },
  })
