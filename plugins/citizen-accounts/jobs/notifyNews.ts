import type { Payload, TaskConfig } from 'payload'

import { asLocale } from '../i18n/translate'
import { renderAlertEmail } from '../lib/emails'
import {
  addressesOf,
  type Deliver,
  deliverOnce,
  forEachSubscribedCitizen,
  loadPublished,
  localeResolver,
  realDeliver,
} from '../lib/fanOut'
import { unsubscribeUrl } from '../lib/unsubscribe'
import type { AccountLocale, ResolvedOptions } from '../types'

export const notifyNewsTaskSlug = 'citizensNotifyNews'

type NewsDoc = {
  id: number
  slug?: string | null
  title: string
  summary?: string | null
  categories?: string[] | null
  _status?: string | null
}

/**
 * Sends a published news item to every confirmed citizen subscribed to one of its categories (news
 * are city-wide: no sector), in their language, by their channels, once: the delivery log's key
 * `news:citizen:item:channel` keeps a re-publication, an update or a re-run from sending again.
 */
export const fanOutNews = async ({
  payload,
  options,
  newsId,
  send,
}: {
  payload: Payload
  options: ResolvedOptions
  newsId: number
  /** Replaces the real senders (tests simulate a crash with it). */
  send?: Deliver
}): Promise<{ sent: number; skipped: number }> => {
  const { notifications } = options
  const item = await loadPublished<NewsDoc>(payload, notifications.newsCollection, newsId)
  if (!item) return { sent: 0, skipped: 0 }
  const { fr, en } = item
  // Only the categories offered as topics: a category nobody can subscribe to reaches nobody.
  const offered = new Set(notifications.newsTopics.map((t) => t.value))
  const categories = (fr.categories ?? []).filter((c) => offered.has(c))
  if (categories.length === 0) return { sent: 0, skipped: 0 }
  const deliver = send ?? realDeliver(payload, options)
  const localeFor = localeResolver(payload, options, false)
  const counts = { sent: 0, skipped: 0 }
  await forEachSubscribedCitizen({
    payload,
    options,
    where: [{ newsTopics: { in: categories } }],
    handle: async (citizen) => {
      const locale = await localeFor(asLocale(citizen.preferredLanguage))
      const item = locale === 'en' && en ? en : fr
      const message = renderAlertEmail({
        locale,
        kind: 'news',
        title: item.title,
        summary: item.summary ?? '',
        url: `${payload.config.serverURL}${notifications.newsPath({ locale, slug: item.slug ?? '' })}`,
        unsubscribeUrl: unsubscribeUrl({
          serverURL: payload.config.serverURL,
          secret: payload.secret,
          citizenId: citizen.id,
          locale,
          endpointPath: options.endpointPath,
        }),
        cityName: options.cityName,
      })
      for (const { channel, to } of addressesOf(citizen)) {
        const outcome = await deliverOnce({
          payload,
          options,
          key: `news:${citizen.id}:${newsId}:${channel}`,
          channel,
          refs: { citizen_id: citizen.id, news_id: newsId },
          send: () => deliver({ channel, to, locale, message }),
        })
        counts[outcome]++
      }
    },
  })
  return counts
}

export const notifyNewsTask = (
  options: ResolvedOptions,
): TaskConfig<{ input: { newsId: number }; output: { sent: number; skipped: number } }> => ({
  slug: notifyNewsTaskSlug,
  label: 'Send a news item to subscribed citizens',
  inputSchema: [{ name: 'newsId', type: 'number', required: true }],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'skipped', type: 'number' },
  ],
  // A failed run (mail server down) is retried; the delivery log keeps it from sending twice.
  retries: 5,
  handler: async ({ input, req }) => ({
    output: await fanOutNews({ payload: req.payload, options, newsId: input.newsId }),
  }),
})
