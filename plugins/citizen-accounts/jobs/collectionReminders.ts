import type { Payload, TaskConfig } from 'payload'

import { recordingSmsAdapter } from '../messaging/recordingSms'
import { smsAdapterFromEnv } from '../messaging/twilioSms'
import { accountTranslator, asLocale } from '../i18n/translate'
import { renderAlertEmail } from '../lib/emails'
import { deliverOnce } from '../lib/fanOut'
import { unsubscribeUrl } from '../lib/unsubscribe'
import type { AccountLocale, ResolvedOptions } from '../types'
import { city } from '@engines/city'

export const remindersTaskSlug = 'citizensCollectionReminders'

/** The local date and hour now, in the city's time zone. */
export const localNow = (timeZone: string, now = new Date()) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  )
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) }
}

export const nextDay = (date: string) => {
  const d = new Date(`${date}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/**
 * The evening before a collection, a reminder to every confirmed citizen subscribed to collection
 * reminders in a sector collected tomorrow. Keyed in the delivery log by citizen × date × channel:
 * running twice (or every hour) sends one reminder per collection day.
 */
export const sendCollectionReminders = async ({
  payload,
  options,
  date,
}: {
  payload: Payload
  options: ResolvedOptions
  date: string
}) => {
  const { notifications } = options
  if (!notifications.collectionsOn) return { sent: 0, skipped: 0 }
  const sms =
    notifications.sms ??
    smsAdapterFromEnv() ??
    recordingSmsAdapter({ payload, outboxSlug: options.outboxCollection })
  const { docs: sectors } = await payload.find({
    collection: options.sectorsCollection as 'sectors',
    limit: 1000,
    depth: 0,
    overrideAccess: true,
    select: { code: true },
  })
  let sent = 0
  let skipped = 0
  for (const sector of sectors) {
    const streams = await notifications.collectionsOn({ payload, sectorId: sector.id, date })
    if (streams.length === 0) continue
    const { docs } = (await payload.find({
      collection: options.slug as 'citizens',
      where: {
        and: [
          { sector: { equals: sector.id } },
          { _verified: { equals: true } },
          { alertTopics: { in: ['collection-reminders'] } },
          { alertChannels: { exists: true } },
        ],
      },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: {
        email: true,
        phone: true,
        preferredLanguage: true,
        alertChannels: true,
        address: true,
      },
    })) as unknown as {
      docs: {
        id: number
        email: string
        phone?: string | null
        preferredLanguage?: string | null
        alertChannels?: string[] | null
        address?: number | null
      }[]
    }
    for (const citizen of docs) {
      const locale: AccountLocale = notifications.resolveLocale
        ? await notifications.resolveLocale({
            preferredLanguage: asLocale(citizen.preferredLanguage),
            isSafety: false,
            payload,
          })
        : asLocale(citizen.preferredLanguage)
      const t = accountTranslator(locale)
      const labels = streams.map((s) => s[locale]).join(', ')
      const when = new Intl.DateTimeFormat(city.languageTags[locale], {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${date}T12:00:00Z`))
      const message = renderAlertEmail({
        locale,
        kind: 'reminder',
        title: t('alerts.reminderSubject', { streams: labels }),
        summary: t('alerts.reminderBody', { date: when, streams: labels }),
        url: `${payload.config.serverURL}${notifications.collectionsPath({ locale, addressId: citizen.address ?? null })}`,
        unsubscribeUrl: unsubscribeUrl({
          serverURL: payload.config.serverURL,
          secret: payload.secret,
          citizenId: citizen.id,
          locale,
          endpointPath: options.endpointPath,
        }),
        cityName: options.cityName,
      })
      for (const channel of citizen.alertChannels ?? []) {
        const to = channel === 'email' ? citizen.email : citizen.phone
        if ((channel !== 'email' && channel !== 'sms') || !to) continue
        const outcome = await deliverOnce({
          payload,
          options,
          key: `reminder:${citizen.id}:${date}:${channel}`,
          channel,
          refs: { citizen_id: citizen.id },
          send: async () => {
            if (channel === 'email')
              await payload.sendEmail({
                to,
                subject: message.subject,
                html: message.html,
                text: message.text,
              })
            else await sms.send({ to, text: message.subject })
          },
        })
        if (outcome === 'sent') sent++
        else skipped++
      }
    }
  }
  return { sent, skipped }
}

/** Runs every hour; acts at the reminder hour, local time, for tomorrow's collections. */
export const collectionRemindersTask = (
  options: ResolvedOptions,
): TaskConfig<{ input: object; output: { sent: number; skipped: number } }> => ({
  slug: remindersTaskSlug,
  label: 'Collection reminders for tomorrow',
  schedule: options.enabled ? [{ cron: '0 0 * * * *', queue: 'default' }] : undefined,
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'skipped', type: 'number' },
  ],
  retries: 3,
  handler: async ({ req }) => {
    const now = localNow(options.notifications.timeZone)
    if (now.hour !== options.notifications.reminderHour) return { output: { sent: 0, skipped: 0 } }
    return {
      output: await sendCollectionReminders({
        payload: req.payload,
        options,
        date: nextDay(now.date),
      }),
    }
  },
})
