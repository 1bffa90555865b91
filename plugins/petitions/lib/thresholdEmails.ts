import { createHash } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { relationId } from '../../kit/ids'
import { eventsTable, petitionsSlug } from '../defaults'
import { asLocale, petitionTranslator } from '../i18n/translate'
import type { PetitionLocale, ResolvedPetitionsOptions } from '../types'
import { dbOf } from './db'
import { deliverOnce } from './deliveries'
import { renderEmail } from './emails'
import type { ThresholdTrigger } from './model'
import { petitionHref } from './routes'

type EventRow = {
  id: number
  petition_id: number
  signatures: number
  triggers: ThresholdTrigger
}

type Recipient = { key: string; email: string; locale: PetitionLocale; role: 'promoter' | 'greffe' }

/** The greffe's addresses: the option, else the staff holding one of its roles. */
const greffeAddresses = async (payload: Payload, options: ResolvedPetitionsOptions) => {
  if (options.greffeEmails.length) return options.greffeEmails
  const { docs } = await payload.find({
    collection: options.staffCollection as 'users',
    where: { roles: { in: options.greffeRoles } },
    depth: 0,
    limit: 100,
    pagination: false,
    select: { email: true } as never,
    overrideAccess: true,
  })
  return (docs as unknown as { email?: string | null }[])
    .map((d) => (d.email ?? '').trim())
    .filter(Boolean)
}

/** An address in a delivery key without writing it out (the log keeps no email). */
const keyOf = (email: string) =>
  createHash('sha256').update(email.toLowerCase()).digest('base64url').slice(0, 22)

export type ThresholdNotifyResult = { events: number; sent: number; failed: number }

/**
 * Tells the promoters (the filer's account email, in the petition's language) and the greffe (in
 * French, the city's language) of each threshold crossed, once: the events not yet `notifiedAt`,
 * each message claimed in the delivery log before it is sent (lib/deliveries.ts), then the event
 * marked. Running twice, or on two workers at once, sends nothing more; an event whose emails
 * failed stays unmarked and is tried again on the next run, the messages already sent skipped.
 */
export const notifyThresholds = async ({
  payload,
  options,
}: {
  payload: Payload
  options: ResolvedPetitionsOptions
}): Promise<ThresholdNotifyResult> => {
  const result: ThresholdNotifyResult = { events: 0, sent: 0, failed: 0 }
  const db = dbOf(payload).drizzle
  const { rows } = await db.execute(sql`
    SELECT id, petition_id, signatures, triggers FROM ${sql.identifier(eventsTable)}
    WHERE notified_at IS NULL ORDER BY id LIMIT 100`)
  if (rows.length === 0) return result
  const greffe = await greffeAddresses(payload, options)
  const hasCitizens = Boolean(payload.collections[options.citizensCollection as 'users'])
  const serverURL = payload.config.serverURL ?? ''
  const adminRoute = payload.config.routes?.admin ?? '/admin'
  for (const event of rows as unknown as EventRow[]) {
    const petition = (await payload.findByID({
      collection: petitionsSlug as 'users',
      id: event.petition_id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { title: true, slug: true, language: true, filedBy: true } as never,
    })) as unknown as {
      id: number
      title?: string
      slug?: string
      language?: string
      filedBy?: unknown
    } | null
    if (!petition) continue
    const filerId = hasCitizens ? relationId(petition.filedBy) : null
    const filer = filerId
      ? ((await payload.db.findOne({
          collection: options.citizensCollection as 'users',
          where: { id: { equals: filerId } },
          select: { email: true },
        })) as { email?: string | null } | null)
      : null
    const recipients: Recipient[] = [
      ...(filer?.email
        ? [
            {
              key: 'filer',
              email: filer.email,
              locale: asLocale(petition.language),
              role: 'promoter' as const,
            },
          ]
        : []),
      ...greffe.map((email) => ({
        key: `greffe:${keyOf(email)}`,
        email,
        locale: 'fr' as const,
        role: 'greffe' as const,
      })),
    ]
    let failed = 0
    for (const recipient of recipients) {
      const t = petitionTranslator(recipient.locale)
      const values = {
        title: petition.title ?? '',
        count: Number(event.signatures),
        trigger: t(`trigger.${event.triggers}`),
      }
      const url =
        recipient.role === 'greffe'
          ? `${serverURL}${adminRoute}/collections/${petitionsSlug}/${petition.id}`
          : serverURL + petitionHref(recipient.locale, petition.slug, { base: options.basePath })
      const message = renderEmail({
        locale: recipient.locale,
        subject: t('emails.threshold.subject', values),
        paragraphs: [t(`emails.threshold.${recipient.role}`, values)],
        links: [{ label: t(`emails.threshold.${recipient.role}Link`), url }],
      })
      try {
        const outcome = await deliverOnce({
          payload,
          key: `threshold:${event.id}:${recipient.key}`,
          kind: 'threshold',
          eventId: event.id,
          send: async () => {
            await payload.sendEmail({ to: recipient.email, ...message })
          },
        })
        if (outcome === 'sent') result.sent += 1
      } catch (err) {
        failed += 1
        payload.logger.error({ err, msg: `petitions: threshold email, event ${event.id}` })
      }
    }
    result.failed += failed
    if (failed === 0) {
      const marked = await db.execute(sql`
        UPDATE ${sql.identifier(eventsTable)} SET notified_at = now(), updated_at = now()
        WHERE id = ${event.id} AND notified_at IS NULL RETURNING id`)
      result.events += marked.rows.length
    }
  }
  return result
}
