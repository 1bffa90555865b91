import type { Endpoint } from 'payload'

import { formEndpoint } from '../lib/endpointKit'
import type { ResolvedOptions } from '../types'

/** Which notice kinds and news categories, by which channels. Unknown values are dropped, never stored. */
export const preferencesEndpoint = (options: ResolvedOptions): Endpoint =>
  formEndpoint({
    options,
    action: 'preferences',
    fallbackPage: 'preferences',
    requiresCitizen: true,
    handler: async ({ payload, form, citizen }) => {
      const allowed = new Set([
        'all',
        'collection-reminders',
        ...options.notifications.topics.map((t) => t.value),
      ])
      const topics = [...new Set(form.getAll('topics'))].filter((t) => allowed.has(t))
      const channels = [...new Set(form.getAll('channels'))].filter(
        (c) => c === 'email' || c === 'sms',
      )
      const { newsTopics: offered } = options.notifications
      const newsTopics = [...new Set(form.getAll('newsTopics'))].filter((t) =>
        offered.some((o) => o.value === t),
      )
      await payload.update({
        collection: options.slug as 'citizens',
        id: citizen!.id,
        data: {
          alertTopics: topics,
          alertChannels: channels,
          ...(offered.length ? { newsTopics } : {}),
        } as never,
        user: citizen,
        overrideAccess: false,
      })
      return { page: 'preferences', status: 'saved' }
    },
  })
