import type { CollectionAfterChangeHook } from 'payload'

import { asLocale, requestTranslator } from '../../../i18n/translate'
import { followTokenFor } from '../../../follow/followToken'
import { relationId } from '../../../../kit/ids'
import { requestHref } from '../../../requests/routes'
import type { RequestStatus } from '../../../requests/status'
import {
  isStatusChange,
  requestTypeName,
  sendStatusEmail,
  siteBase,
  submitterAccount,
} from '../../../follow/statusEmail'
import type { ResolvedOptions } from '../../../types'

/**
 * Emails the submitter when the status changes (every status change is public): the signed-in
 * citizen's address, or the contact email an anonymous submitter left, in the request's language,
 * with the follow-up link written out and every public note said in the same save (an agent may
 * assign, resolve and explain at once). A failure to send is logged, never blocks the change.
 */
export const notifySubmitter =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async (args) => {
    const { doc, previousDoc, req } = args
    if (!isStatusChange(args)) return doc
    try {
      const payload = req.payload
      const full = (await payload.findByID({
        collection: options.requestsCollection as 'service-requests',
        id: doc.id,
        depth: 0,
        overrideAccess: true,
        showHiddenFields: true,
        req,
      })) as unknown as {
        trackingNumber: string
        language?: string
        submitter?: unknown
        contact?: { email?: string | null } | null
        idempotencyKey?: string | null
        type?: unknown
        history?: { note?: string | null; isPublic?: boolean | null; kind: string }[]
      }
      const locale = asLocale(full.language)
      let to = full.contact?.email ?? null
      const citizenId = relationId(full.submitter)
      if (citizenId !== null) {
        const citizen = await submitterAccount({
          payload,
          options,
          submitter: full.submitter,
          req,
        })
        to = citizen?.email ?? null
      }
      if (!to) return doc
      const typeName = await requestTypeName({ payload, options, type: full.type, locale, req })
      const t = requestTranslator(locale)
      const status = t(`statuses.${doc.status as RequestStatus}`)
      // The entries this save wrote (a status change, and perhaps an assignment after it): their
      // public notes, not only the last entry's, which may be the internal assignment.
      const before = Array.isArray(previousDoc.history) ? previousDoc.history.length : 0
      const notes = (full.history ?? [])
        .slice(before)
        .filter((h) => h.isPublic && h.note && (h.kind === 'status' || h.kind === 'note'))
        .map((h) => h.note as string)
      const token =
        citizenId === null && full.idempotencyKey
          ? followTokenFor(payload.secret, full.idempotencyKey)
          : undefined
      const url = `${siteBase(payload)}${requestHref(locale, full.trackingNumber, { token })}`
      const lines = [
        t('email.greeting'),
        t('email.body', { number: full.trackingNumber, type: typeName, status }),
        ...notes.map((note) => t('email.note', { note })),
        t('email.link', { url }),
        t('email.signature', { city: options.cityName }),
      ]
      await sendStatusEmail({
        payload,
        to,
        subject: t('email.subject', { number: full.trackingNumber, status }),
        lines,
        url,
      })
    } catch (err) {
      req.payload.logger.error({ err, msg: 'service-requests: status email failed' })
    }
    return doc
  }
