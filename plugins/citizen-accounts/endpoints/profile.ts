import type { Endpoint } from 'payload'

import { asLocale } from '../i18n/translate'
import { field, formEndpoint } from '../lib/endpointKit'
import type { ResolvedOptions } from '../types'

/** Phone numbers as people type them: digits, spaces, +, -, (), dots; 7 to 15 digits. */
export const isPhone = (value: string) =>
  /^[0-9 +().-]{7,30}$/.test(value) &&
  (value.match(/\d/g)?.length ?? 0) >= 7 &&
  (value.match(/\d/g)?.length ?? 0) <= 15

/** Name, phone and language. Written as the citizen (overrideAccess: false): system fields stay out of reach. */
export const profileEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'profile',
    fallbackPage: 'profile',
    requiresCitizen: true,
    handler: async ({ payload, form, citizen }) => {
      const name = field(form, 'name', 120)
      const phone = field(form, 'phone', 30)
      if (!name) return { page: 'profile', error: 'nameRequired' }
      if (phone && !isPhone(phone)) return { page: 'profile', error: 'invalidPhone' }
      await payload.update({
        collection: options.slug as 'citizens',
        id: citizen!.id,
        data: {
          name,
          phone: phone || null,
          preferredLanguage: asLocale(form.get('preferredLanguage')),
        },
        user: citizen,
        overrideAccess: false,
      })
      return { page: 'profile', status: 'saved' }
    },
  })

/** The civic address, picked from the registry; the sector follows (hooks/assignSectorFromAddress). */
export const addressEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'address',
    fallbackPage: 'profile',
    requiresCitizen: true,
    handler: async ({ payload, form, citizen }) => {
      const id = Number(form.get('addressId'))
      if (!Number.isSafeInteger(id) || id <= 0) return { page: 'profile', error: 'addressNotFound' }
      const address = await payload.findByID({
        collection: options.addressesCollection as 'addresses',
        id,
        depth: 0,
        overrideAccess: false,
        disableErrors: true,
      })
      if (!address) return { page: 'profile', error: 'addressNotFound' }
      await payload.update({
        collection: options.slug as 'citizens',
        id: citizen!.id,
        data: { address: id },
        user: citizen,
        overrideAccess: false,
      })
      return { page: 'profile', status: 'saved' }
    },
  })
