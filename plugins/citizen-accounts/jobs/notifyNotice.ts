import type { Payload, TaskConfig, Where } from 'payload'

import { recordingSmsAdapter } from '../email/recordingSms'
import { smsAdapterFromEnv } from '../email/twilioSms'
import { asLocale } from '../i18n/translate'
import { renderAlertEmail } from '../lib/emails'
import { unsubscribeUrl } from '../lib/unsubscribe'
import type { AccountLocale, ResolvedOptions } from '../types'

export const notifyTaskSlug = 'citizensNotifyNotice'

type NoticeDoc = { id: number; kind: string; slug?: string | null; title: string; summary?: string | null; isSafety?: boolean | null; sectors?: (number | { id: number })[] | null; _status?: string | null }
type CitizenRow = { id: number; email: string; phone?: string | null; preferredLanguage?: string | null; alertChannels?: string[] | null }
type Pool = { query: (sql: string, values: unknown[]) => Promise<{ rows: { id: number; status: string }[] }> }

/**
 * Sends a published notice to every confirmed citizen subscribed to its kind whose sector it
 * concerns (all citizens when it names no sector), in their language, by their channels. Citizens
 * are read in id order, one batch at a time. Each citizen × notice × channel is first inserted in the
 * delivery log (unique key, ON CONFLICT DO NOTHING) and marked sent after sending: a second run, or
 * a run after a crash, skips what was sent. A crash between sending and marking can repeat that one
 * message (at-least-once for it); never more.
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
  send?: (args: { channel: 'email' | 'sms'; to: string; locale: AccountLocale; message: ReturnType<typeof renderAlertEmail> }) => Promise<void>
}): Promise<{ sent: number; skipped: number }> => {
  const { notifications } = options
  const load = (locale: AccountLocale) =>
    payload.findByID({ collection: notifications.noticesCollection as 'notices', id: noticeId, locale, depth: 0, overrideAccess: true, disableErrors: true }) as Promise<NoticeDoc | null>
  const [fr, en] = await Promise.all([load('fr'), load('en')])
  if (!fr || fr._status !== 'published') return { sent: 0, skipped: 0 }
  const sectorIds = (fr.sectors ?? []).map((s) => (typeof s === 'object' ? s.id : s))
  const sms = notifications.sms ?? smsAdapterFromEnv() ?? recordingSmsAdapter({ payload, outboxSlug: options.outboxCollection })
  const deliver =
    send ??
    (async ({ channel, to, message }) => {
      if (channel === 'email') await payload.sendEmail({ to, subject: message.subject, html: message.html, text: message.text })
      else await sms.send({ to, text: message.sms })
    })
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const table = options.deliveriesCollection.replace(/-/g, '_')
  // Asked once per language for the whole fan-out (the app's resolver reads the site settings).
  const locales = new Map<AccountLocale, Promise<AccountLocale>>()
  const localeFor = (preferred: AccountLocale) => {
    if (!locales.has(preferred)) {
      locales.set(
        preferred,
        Promise.resolve(notifications.resolveLocale ? notifications.resolveLocale({ preferredLanguage: preferred, isSafety: Boolean(fr.isSafety), payload }) : preferred),
      )
    }
    return locales.get(preferred)!
  }
  let cursor = 0
  let sent = 0
  let skipped = 0
  for (;;) {
    const and: Where[] = [
      { id: { greater_than: cursor } },
      { _verified: { equals: true } },
      { alertTopics: { in: [fr.kind, 'all'] } },
      { alertChannels: { exists: true } },
    ]
    if (sectorIds.length) and.push({ sector: { in: sectorIds } })
    const { docs } = (await payload.find({
      collection: options.slug as 'citizens',
      where: { and },
      sort: 'id',
      limit: notifications.batchSize,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      select: { email: true, phone: true, preferredLanguage: true, alertChannels: true },
    })) as unknown as { docs: CitizenRow[] }
    if (docs.length === 0) break
    const handleCitizen = async (citizen: CitizenRow) => {
      const locale = await localeFor(asLocale(citizen.preferredLanguage))
      const notice = locale === 'en' && en ? en : fr
      const path = `/${locale}/${locale === 'fr' ? 'avis' : 'notices'}/${notice.slug ?? ''}`
      const message = renderAlertEmail({
        locale,
        title: notice.title,
        summary: notice.summary ?? '',
        url: `${payload.config.serverURL}${path}`,
        unsubscribeUrl: unsubscribeUrl({ serverURL: payload.config.serverURL, secret: payload.secret, citizenId: citizen.id, locale, endpointPath: options.endpointPath }),
        cityName: options.cityName,
      })
      for (const channel of citizen.alertChannels ?? []) {
        const to = channel === 'email' ? citizen.email : citizen.phone
        if ((channel !== 'email' && channel !== 'sms') || !to) continue
        const key = `${citizen.id}:${noticeId}:${channel}`
        // One round trip: the new row, or the one a previous run left (a no-op update returns it).
        const { rows } = await pool.query(
          `insert into "${table}" (key, citizen_id, notice_id, channel, status, updated_at, created_at)
           values ($1, $2, $3, $4, 'pending', now(), now())
           on conflict (key) do update set key = excluded.key returning id, status`,
          [key, citizen.id, noticeId, channel],
        )
        if (rows[0]?.status === 'sent') {
          skipped++
          continue
        }
        try {
          await deliver({ channel, to, locale, message })
          await pool.query(`update "${table}" set status = 'sent', sent_at = now(), error = null, updated_at = now() where key = $1`, [key])
          sent++
        } catch (err) {
          await pool.query(`update "${table}" set status = 'failed', error = $2, updated_at = now() where key = $1`, [key, String(err).slice(0, 500)])
          throw err
        }
      }
    }
    // A few citizens at a time: sending waits on the mail server, not on this process.
    const waiting = [...docs]
    let failure: unknown = null
    await Promise.all(
      Array.from({ length: Math.min(notifications.concurrency, docs.length) }, async () => {
        for (let citizen = waiting.shift(); citizen && !failure; citizen = waiting.shift()) {
          try {
            await handleCitizen(citizen)
          } catch (err) {
            failure ??= err
          }
        }
      }),
    )
    if (failure) throw failure
    cursor = docs[docs.length - 1].id
  }
  // Residents without an account who confirmed a sector's alerts (double opt-in): by email.
  const signupsTable = options.alertSignupsCollection.replace(/-/g, '_')
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
    if (docs.length === 0 || !signupsTable) break
    for (const signup of docs) {
      const locale = await localeFor(asLocale(signup.preferredLanguage))
      const notice = locale === 'en' && en ? en : fr
      const message = renderAlertEmail({
        locale,
        title: notice.title,
        summary: notice.summary ?? '',
        url: `${payload.config.serverURL}/${locale}/${locale === 'fr' ? 'avis' : 'notices'}/${notice.slug ?? ''}`,
        unsubscribeUrl: unsubscribeUrl({ serverURL: payload.config.serverURL, secret: payload.secret, signupId: signup.id, locale, endpointPath: options.endpointPath }),
        cityName: options.cityName,
      })
      const key = `signup:${signup.id}:${noticeId}:email`
      const { rows } = await pool.query(
        `insert into "${table}" (key, notice_id, channel, status, updated_at, created_at)
         values ($1, $2, 'email', 'pending', now(), now())
         on conflict (key) do update set key = excluded.key returning id, status`,
        [key, noticeId],
      )
      if (rows[0]?.status === 'sent') {
        skipped++
        continue
      }
      try {
        await deliver({ channel: 'email', to: signup.email, locale, message })
        await pool.query(`update "${table}" set status = 'sent', sent_at = now(), error = null, updated_at = now() where key = $1`, [key])
        sent++
      } catch (err) {
        await pool.query(`update "${table}" set status = 'failed', error = $2, updated_at = now() where key = $1`, [key, String(err).slice(0, 500)])
        throw err
      }
    }
    signupCursor = docs[docs.length - 1].id
  }
  return { sent, skipped }
}

export const notifyNoticeTask = (options: ResolvedOptions): TaskConfig<{ input: { noticeId: number }; output: { sent: number; skipped: number } }> => ({
  slug: notifyTaskSlug,
  label: 'Send a notice to subscribed citizens',
  inputSchema: [{ name: 'noticeId', type: 'number', required: true }],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'skipped', type: 'number' },
  ],
  // A failed run (mail server down) is retried; the delivery log keeps it from sending twice.
  retries: 5,
  handler: async ({ input, req }) => ({ output: await fanOutNotice({ payload: req.payload, options, noticeId: input.noticeId }) }),
})
