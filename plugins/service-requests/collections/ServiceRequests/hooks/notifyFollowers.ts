import type { CollectionAfterChangeHook } from 'payload'

import { asLocale, requestTranslator } from '../../../i18n/translate'
import { citizenFollowers } from '../../../follow/followers'
import { relationId } from '../../../../kit/ids'
import { publicListHref } from '../../../requests/routes'
import type { RequestStatus } from '../../../requests/status'
import {
  isStatusChange,
  requestTypeName,
  sendStatusEmail,
  siteBase,
} from '../../../follow/statusEmail'
import type { ResolvedOptions } from '../../../types'

/**
 * Emails the citizens who said "me too" when the status changes, each in their own language, with
 * the request's public entry (never the submitter's follow-up link, never the note written for the
 * submitter). Anonymous followers left no address, so they get nothing. A failure is only logged.
 */
export const notifyFollowers =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async (args) => {
    const { doc, req } = args
    if (!isStatusChange(args)) return doc
    try {
      const payload = req.payload
      const ids = await citizenFollowers(payload, doc.id as number)
      const submitter = relationId(doc.submitter)
      const followers = ids.filter((id) => id !== submitter)
      if (!followers.length) return doc
      const { docs: citizens } = await payload.find({
        collection: options.citizensCollection as 'citizens',
        where: { id: { in: followers } },
        limit: followers.length,
        depth: 0,
        overrideAccess: true,
        select: { email: true, preferredLanguage: true } as never,
        req,
      })
      const base = siteBase(payload)
      // The type's name once per language, not once per follower.
      const typeNames: Partial<Record<'fr' | 'en', string>> = {}
      const typeName = async (locale: 'fr' | 'en') =>
        (typeNames[locale] ??= await requestTypeName({
          payload,
          options,
          type: doc.type,
          locale,
          req,
        }))
      for (const citizen of citizens as unknown as {
        email?: string
        preferredLanguage?: string | null
      }[]) {
        if (!citizen.email) continue
        const locale = asLocale(citizen.preferredLanguage)
        const t = requestTranslator(locale)
        const status = t(`statuses.${doc.status as RequestStatus}`)
        const url = `${base}${publicListHref(locale, { number: doc.trackingNumber })}`
        const lines = [
          t('email.greeting'),
          t('email.followerBody', {
            number: doc.trackingNumber,
            type: await typeName(locale),
            status,
          }),
          t('email.followerLink', { url }),
          t('email.followerWhy'),
          t('email.signature', { city: options.cityName }),
        ]
        await sendStatusEmail({
          payload,
          to: citizen.email,
          subject: t('email.subject', { number: doc.trackingNumber, status }),
          lines,
          url,
        })
      }
    } catch (err) {
      req.payload.logger.error({ err, msg: 'service-requests: follower email failed' })
    }
    return doc
  }
