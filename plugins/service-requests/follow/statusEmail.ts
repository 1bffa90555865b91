import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { relationId } from '../../kit/ids'
import type { RequestLocale, ResolvedOptions } from '../types'

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The site's public address, for links written into emails. */
export const siteBase = (payload: Payload) =>
  (payload.config.serverURL || 'http://localhost:3000').replace(/\/$/, '')

/**
 * Sends a status email as text and as simple HTML built from the same lines (one paragraph each),
 * the link made clickable in the HTML. Shared by the submitter's and the followers' emails.
 */
export const sendStatusEmail = async ({
  payload,
  to,
  subject,
  lines,
  url,
}: {
  payload: Payload
  to: string
  subject: string
  lines: string[]
  url: string
}) => {
  const link = escapeHtml(url)
  await payload.sendEmail({
    to,
    subject,
    text: lines.join('\n\n'),
    html: lines
      .map((line) => `<p>${escapeHtml(line).replace(link, `<a href="${link}">${link}</a>`)}</p>`)
      .join('\n'),
  })
}

/** A save that changed a request's status (every status change is public and said by email). */
export const isStatusChange = ({
  doc,
  previousDoc,
  operation,
  req,
}: Parameters<CollectionAfterChangeHook>[0]) =>
  operation === 'update' &&
  Boolean(previousDoc) &&
  doc.status !== previousDoc.status &&
  !req.context?.skipRequestEmail

/** A request type's name in one language, for an email ('' when the request has none). */
export const requestTypeName = async ({
  payload,
  options,
  type,
  locale,
  req,
}: {
  payload: Payload
  options: ResolvedOptions
  /** The request's `type` relationship, as stored. */
  type: unknown
  locale: RequestLocale
  req?: PayloadRequest
}) => {
  const typeId = relationId(type)
  if (typeId === null) return ''
  const found = (await payload.findByID({
    collection: options.typesCollection as 'request-types',
    id: typeId,
    locale,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as { name?: string } | null
  return String(found?.name ?? '')
}

/** The submitting citizen's account (its email), or null for an anonymous submitter or one gone. */
export const submitterAccount = async ({
  payload,
  options,
  submitter,
  req,
}: {
  payload: Payload
  options: ResolvedOptions
  /** The request's `submitter` relationship, as stored. */
  submitter: unknown
  req?: PayloadRequest
}) => {
  const citizenId = relationId(submitter)
  if (citizenId === null) return null
  return (await payload.findByID({
    collection: options.citizensCollection as 'citizens',
    id: citizenId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as { email?: string } | null
}
