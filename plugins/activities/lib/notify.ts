import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { relationId } from '../../kit/ids'
import { sessionsSlug, waitlistSlug, waitlistTable } from '../defaults'
import { activitiesTranslator } from '../i18n/translate'
import type { ResolvedActivitiesOptions } from '../types'
import { dbOf } from './db'
import { formatDateTime } from './dates'
import type { Offer } from './release'
import { sessionHref } from './routes'

/**
 * Mails each waitlist offer once (after its transaction committed): the entry is marked notified
 * in the statement that claims it (`offer_notified_at IS NULL`), so two workers never mail the
 * same offer twice; a failed send clears the mark for the next run. In the resident's language.
 */
export const sendOffers = async (
  payload: Payload,
  options: ResolvedActivitiesOptions,
  offers: Offer[],
): Promise<number> => {
  let sent = 0
  for (const offer of offers) {
    const claimed = await dbOf(payload).drizzle.execute(sql`
      UPDATE ${sql.identifier(waitlistTable)} SET offer_notified_at = now()
      WHERE id = ${offer.entryId} AND status = 'offered' AND offer_notified_at IS NULL
      RETURNING id`)
    if (claimed.rows.length === 0) continue
    try {
      const entry = (await payload.findByID({
        collection: waitlistSlug as 'users',
        id: offer.entryId,
        depth: 0,
        overrideAccess: true,
      })) as unknown as Record<string, unknown>
      const citizen = (await payload.findByID({
        collection: options.citizensCollection as 'users',
        id: relationId(entry.citizen)!,
        depth: 0,
        overrideAccess: true,
      })) as unknown as { email?: string; preferredLanguage?: string }
      const locale = citizen.preferredLanguage === 'en' ? 'en' : 'fr'
      const session = (await payload.findByID({
        collection: sessionsSlug as 'users',
        id: relationId(entry.session)!,
        depth: 1,
        locale,
        overrideAccess: true,
      })) as unknown as { id: number; name: string; activity?: { title?: string } }
      const t = activitiesTranslator(locale)
      const origin = options.publicURL ?? payload.config.serverURL ?? ''
      const url = `${origin}${sessionHref(locale, options.basePath, session.id)}#liste-attente`
      const values = {
        name: String(entry.memberName),
        activity: session.activity?.title ?? '',
        session: session.name,
        date: formatDateTime(new Date(offer.expiresAt), locale),
        url,
      }
      if (!citizen.email) continue
      await payload.sendEmail({
        to: citizen.email,
        subject: t('emails.offer.subject', values),
        text: t('emails.offer.text', values),
      })
      sent += 1
    } catch (err) {
      payload.logger.error({ err, msg: 'activities: waitlist offer email failed' })
      await dbOf(payload).drizzle.execute(
        sql`UPDATE ${sql.identifier(waitlistTable)} SET offer_notified_at = NULL WHERE id = ${offer.entryId}`,
      )
    }
  }
  return sent
}
