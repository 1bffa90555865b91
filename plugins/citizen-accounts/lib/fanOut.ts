import type { Payload, Where } from 'payload'

import { recordingSmsAdapter } from '../messaging/recordingSms'
import { smsAdapterFromEnv } from '../messaging/twilioSms'
import type { renderAlertEmail } from './emails'
import type { AccountLocale, ResolvedOptions } from '../types'

export type AlertChannel = 'email' | 'sms'
export type AlertMessage = ReturnType<typeof renderAlertEmail>
/** Sends one message by one channel. Tests replace it to simulate a crash. */
export type Deliver = (args: {
  channel: AlertChannel
  to: string
  locale: AccountLocale
  message: AlertMessage
}) => Promise<void>
export type SubscribedCitizen = {
  id: number
  email: string
  phone?: string | null
  preferredLanguage?: string | null
  alertChannels?: string[] | null
}

type Pool = { query: (sql: string, values: unknown[]) => Promise<{ rows: { status: string }[] }> }

/**
 * A published item (notice, news) in both languages, as the fan-out sends it; null when it is not
 * (or no longer) published, so a job run after an unpublication sends nothing.
 */
export const loadPublished = async <Doc extends { _status?: string | null }>(
  payload: Payload,
  collection: string,
  id: number,
): Promise<{ fr: Doc; en: Doc | null } | null> => {
  const load = (locale: AccountLocale) =>
    payload.findByID({
      collection: collection as 'notices',
      id,
      locale,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    }) as Promise<Doc | null>
  const [fr, en] = await Promise.all([load('fr'), load('en')])
  return fr && fr._status === 'published' ? { fr, en } : null
}

/** Email through Payload's adapter, SMS through the configured adapter (the outbox when none). */
export const realDeliver = (payload: Payload, options: ResolvedOptions): Deliver => {
  const sms =
    options.notifications.sms ??
    smsAdapterFromEnv() ??
    recordingSmsAdapter({ payload, outboxSlug: options.outboxCollection })
  return async ({ channel, to, message }) => {
    if (channel === 'email')
      await payload.sendEmail({
        to,
        subject: message.subject,
        html: message.html,
        text: message.text,
      })
    else await sms.send({ to, text: message.sms })
  }
}

/**
 * How long a claimed message may stay unsent before another run takes it over: longer than any
 * send takes (the SMTP and SMS clients give up well before), so only a crashed sender's claim lapses.
 */
const claimLeaseSeconds = 600

/**
 * Sends one message once, by its key in the delivery log (unique). Before sending, the run claims
 * the row in one statement: a new row, a failed one, or one whose claim lapsed (its sender crashed)
 * is taken; one already sent, or claimed a moment ago by another run, is skipped. So two workers
 * running the same fan-out at the same time send each message once, not twice: the second one's
 * claim finds the row taken and moves on. A crash between sending and marking can repeat that one
 * message once its claim lapses (at-least-once for it); never more.
 * `refs` are the log's foreign keys (column names written here, never taken from input).
 */
export const deliverOnce = async ({
  payload,
  options,
  key,
  channel,
  refs,
  send,
}: {
  payload: Payload
  options: ResolvedOptions
  key: string
  channel: AlertChannel
  refs: { citizen_id?: number; notice_id?: number; news_id?: number }
  send: () => Promise<void>
}): Promise<'sent' | 'skipped'> => {
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const table = options.deliveriesCollection.replace(/-/g, '_')
  const columns = Object.keys(refs) as (keyof typeof refs)[]
  const values = columns.map((c) => refs[c])
  // One round trip, atomic under concurrent runs: a row comes back only to the run that claimed it.
  const { rows } = await pool.query(
    `insert into "${table}" (key, channel, status, updated_at, created_at${columns.map((c) => `, ${c}`).join('')})
     values ($1, $2, 'pending', now(), now()${columns.map((_, i) => `, $${i + 3}`).join('')})
     on conflict (key) do update set status = 'pending', error = null, updated_at = now()
       where "${table}".status = 'failed'
          or ("${table}".status = 'pending' and "${table}".updated_at < now() - interval '${claimLeaseSeconds} seconds')
     returning status`,
    [key, channel, ...values],
  )
  if (rows.length === 0) return 'skipped'
  try {
    await send()
    await pool.query(
      `update "${table}" set status = 'sent', sent_at = now(), error = null, updated_at = now() where key = $1`,
      [key],
    )
    return 'sent'
  } catch (err) {
    await pool.query(
      `update "${table}" set status = 'failed', error = $2, updated_at = now() where key = $1`,
      [key, String(err).slice(0, 500)],
    )
    throw err
  }
}

/**
 * The language of an alert for each preferred language, asked once per fan-out (the app's
 * resolver reads the site settings).
 */
export const localeResolver = (payload: Payload, options: ResolvedOptions, isSafety: boolean) => {
  const { resolveLocale } = options.notifications
  const cache = new Map<AccountLocale, Promise<AccountLocale>>()
  return (preferred: AccountLocale) => {
    if (!cache.has(preferred)) {
      cache.set(
        preferred,
        Promise.resolve(
          resolveLocale
            ? resolveLocale({ preferredLanguage: preferred, isSafety, payload })
            : preferred,
        ),
      )
    }
    return cache.get(preferred)!
  }
}

/**
 * Every confirmed citizen matching `where` who chose a channel, read in id order one batch at a
 * time, a few handled at the same time (sending waits on the mail server, not on this process).
 * The first failure stops the fan-out once the citizens in flight are done, and is thrown.
 */
export const forEachSubscribedCitizen = async ({
  payload,
  options,
  where,
  handle,
}: {
  payload: Payload
  options: ResolvedOptions
  where: Where[]
  handle: (citizen: SubscribedCitizen) => Promise<void>
}) => {
  const { batchSize, concurrency } = options.notifications
  let cursor = 0
  for (;;) {
    const { docs } = (await payload.find({
      collection: options.slug as 'citizens',
      where: {
        and: [
          { id: { greater_than: cursor } },
          { _verified: { equals: true } },
          { alertChannels: { exists: true } },
          ...where,
        ],
      },
      sort: 'id',
      limit: batchSize,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { email: true, phone: true, preferredLanguage: true, alertChannels: true },
    })) as unknown as { docs: SubscribedCitizen[] }
    if (docs.length === 0) return
    const waiting = [...docs]
    let failure: unknown = null
    await Promise.all(
      Array.from({ length: Math.min(concurrency, docs.length) }, async () => {
        for (let citizen = waiting.shift(); citizen && !failure; citizen = waiting.shift()) {
          try {
            await handle(citizen)
          } catch (err) {
            failure ??= err
          }
        }
      }),
    )
    if (failure) throw failure
    cursor = docs[docs.length - 1].id
  }
}

/** The channels a citizen chose that have somewhere to go (no phone: no SMS). */
export const addressesOf = (citizen: SubscribedCitizen) =>
  (citizen.alertChannels ?? []).flatMap((channel) => {
    const to = channel === 'email' ? citizen.email : channel === 'sms' ? citizen.phone : null
    return to ? [{ channel: channel as AlertChannel, to }] : []
  })
