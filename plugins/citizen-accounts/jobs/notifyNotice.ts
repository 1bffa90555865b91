import type { Payload, TaskConfig, Where } from 'payload'

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
import { relationIds } from '../../kit/ids'

export const notifyTaskSlug = 'citizensNotifyNotice'

type NoticeDoc = {
  id: number
  kind: string
  slug?: string | null
  title: string
  summary?: string | null
  instruction?: string | null
  isSafety?: boolean | null
  sectors?: (number | { id: number })[] | null
  _status?: string | null
}

/**
 * Sends a published notice to every confirmed citizen subscribed to its kind whose sector it
 * concerns (all citizens when it names no sector), and to the confirmed sign-ups without account of
 * those sectors, in their language, by their channels. Each citizen × notice × channel goes through
 * the delivery log once (`deliverOnce`): a second run, or a run after a crash, skips what was sent.
 */
export const fanOutNotice = async ({
  payload,
  options,
  noticeId,
  send,
}: {
  payload: Payload
  options: ResolvedOptions
  noticeId: number
  /** Replaces the real senders (tests simulate a crash with it). */
  send?: Deliver
}): Promise<{ sent: number; skipped: number }> => {
  const { notifications } = options
  const published = await loadPublished<NoticeDoc>(
    payload,
    notifications.noticesCollection,
    noticeId,
  )
  if (!published) return { sent: 0, skipped: 0 }
  const { fr, en } = published
  const sectorIds = relationIds(fr.sectors)
  const deliver = send ?? realDeliver(payload, options)
  const localeFor = localeResolver(payload, options, Boolean(fr.isSafety))
  const counts = { sent: 0, skipped: 0 }
  const messageFor = (
    locale: AccountLocale,
    unsubscribe: { citizenId?: number; signupId?: number },
  ) => {
    const notice = locale === 'en' && en ? en : fr
    return renderAlertEmail({
      locale,
      title: notice.title,
      summary: notice.summary ?? '',
      instruction: notice.instruction ?? null,
      url: `${payload.config.serverURL}${notifications.noticePath({ locale, slug: notice.slug ?? '' })}`,
      unsubscribeUrl: unsubscribeUrl({
        serverURL: payload.config.serverURL,
        secret: payload.secret,
        ...unsubscribe,
        locale,
        endpointPath: options.endpointPath,
      }),
      cityName: options.cityName,
    })
  }
  await forEachSubscribedCitizen({
    payload,
    options,
    where: [
      // A kind that is not among the topics has no subscriber of its own (and is not a value the
      // column takes): those who chose every notice still receive it.
      {
        alertTopics: {
          in: notifications.topics.some((t) => t.value === fr.kind) ? [fr.kind, 'all'] : ['all'],
        },
      },
      ...(sectorIds.length ? [{ sector: { in: sectorIds } }] : []),
    ],
    handle: async (citizen) => {
      const locale = await localeFor(asLocale(citizen.preferredLanguage))
      const message = messageFor(locale, { citizenId: citizen.id })
      for (const { channel, to } of addressesOf(citizen)) {
        const outcome = await deliverOnce({
          payload,
          options,
          key: `${citizen.id}:${noticeId}:${channel}`,
          channel,
          refs: { citizen_id: citizen.id, notice_id: noticeId },
          send: () => deliver({ channel, to, locale, message }),
        })
        counts[outcome]++
      }
    },
  })
  // Residents without an account who confirmed a sector's alerts (double opt-in): by email.
  let signupCursor = 0
  for (;;) {
    const and: Where[] = [{ id: { greater_than: signupCursor } }, { confirmedAt: { exists: true } }]
    if (sectorIds.length) and.push({ sector: { in: sectorIds } })
    const { docs } = (await payload.find({
      collection: options.alertSignupsCollection as 'alert-signups',
      where: { and },
      sort: 'id',
      limit: notifications.batchSize,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { email: true, preferredLanguage: true },
    })) as unknown as { docs: { id: number; email: string; preferredLanguage?: string | null }[] }
    if (docs.length === 0) break
    // A few at a time, as for the citizens (sending waits on the mail server); the first failure
    // stops the fan-out once those in flight are done.
    const waiting = [...docs]
    let failure: unknown = null
    await Promise.all(
      Array.from({ length: Math.min(notifications.concurrency, docs.length) }, async () => {
        for (let signup = waiting.shift(); signup && !failure; signup = waiting.shift()) {
          try {
            const locale = await localeFor(asLocale(signup.preferredLanguage))
            const message = messageFor(locale, { signupId: signup.id })
            const to = signup.email
            const outcome = await deliverOnce({
              payload,
              options,
              key: `signup:${signup.id}:${noticeId}:email`,
              channel: 'email',
              refs: { notice_id: noticeId },
              send: () => deliver({ channel: 'email', to, locale, message }),
            })
            counts[outcome]++
          } catch (err) {
            failure ??= err
          }
        }
      }),
    )
    if (failure) throw failure
    signupCursor = docs[docs.length - 1].id
  }
  return counts
}

export const notifyNoticeTask = (
  options: ResolvedOptions,
): TaskConfig<{ input: { noticeId: number }; output: { sent: number; skipped: number } }> => ({
  slug: notifyTaskSlug,
  label: 'Send a notice to subscribed citizens',
  inputSchema: [{ name: 'noticeId', type: 'number', required: true }],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'skipped', type: 'number' },
  ],
  // A failed run (mail server down) is retried; the delivery log keeps it from sending twice.
  retries: 5,
  handler: async ({ input, req }) => ({
    output: await fanOutNotice({ payload: req.payload, options, noticeId: input.noticeId }),
  }),
})
