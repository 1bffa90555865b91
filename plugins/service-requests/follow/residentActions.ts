import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { ResidentEntry } from '../collections/ServiceRequests/hooks/prepareRequest'
import type { ResolvedOptions } from '../types'
import type { RequestStatus } from '../requests/status'

export type ReopenResult =
  | 'reopened'
  | 'alreadyReopened'
  | 'reasonRequired'
  | 'reasonTooLong'
  | 'tooLate'
  | 'closed'
  | 'notResolved'
export type FeedbackResult =
  'thanks' | 'alreadyGiven' | 'ratingInvalid' | 'commentTooLong' | 'notResolved'

type Locked = {
  status: RequestStatus
  resolvedAt?: string | null
  feedback?: { at?: string | null } | null
  history?: { kind: string; at: string }[] | null
}

type Session = { db: { execute: (query: unknown) => Promise<unknown> } }

const dayMs = 24 * 60 * 60 * 1000

/**
 * Runs `act` with the request's row locked (SELECT … FOR UPDATE) in a transaction of its own, so
 * two submits of the same form (a double click, a retry) run one after the other and the second
 * sees what the first did: double submits are harmless.
 */
const withLockedRequest = async <T>(
  payload: Payload,
  options: ResolvedOptions,
  id: number,
  act: (doc: Locked, req: PayloadRequest) => Promise<T>,
): Promise<T> => {
  const transactionID = await payload.db.beginTransaction!()
  if (!transactionID) throw new Error('service-requests: the database adapter has no transactions')
  const session = (payload.db as unknown as { sessions: Record<string, Session> }).sessions[
    String(transactionID)
  ]
  try {
    await session.db.execute(
      sql`SELECT id FROM ${sql.identifier(options.requestsCollection.replace(/-/g, '_'))} WHERE id = ${id} FOR UPDATE`,
    )
    const req = { transactionID } as PayloadRequest
    const doc = (await payload.findByID({
      collection: options.requestsCollection as 'service-requests',
      id,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as Locked
    const result = await act(doc, req)
    await payload.db.commitTransaction!(transactionID)
    return result
  } catch (err) {
    await payload.db.rollbackTransaction!(transactionID)
    throw err
  }
}

const residentUpdate = (
  payload: Payload,
  options: ResolvedOptions,
  id: number,
  req: PayloadRequest,
  data: Record<string, unknown>,
  entry: ResidentEntry,
) =>
  payload.update({
    collection: options.requestsCollection as 'service-requests',
    id,
    data: data as never,
    depth: 0,
    overrideAccess: true,
    // The resident did this themselves: no email about it.
    context: { residentEntry: entry, skipRequestEmail: true },
    req,
  })

/**
 * The resident reopens a resolved request within `reopenDays` of its resolution, with a reason:
 * resolved → in_progress through the status machine, with a public "reopened" history entry.
 * The caller has checked who the resident is (submitter or holder of the follow-up link).
 */
export const reopenRequest = async ({
  payload,
  options,
  id,
  reason,
  now = new Date(),
}: {
  payload: Payload
  options: ResolvedOptions
  id: number
  reason: string
  now?: Date
}): Promise<ReopenResult> => {
  const text = reason.trim()
  if (!text) return 'reasonRequired'
  if (text.length > 2000) return 'reasonTooLong'
  return withLockedRequest(payload, options, id, async (doc, req) => {
    if (doc.status !== 'resolved') {
      if (doc.status === 'in_progress' && doc.history?.at(-1)?.kind === 'reopened')
        return 'alreadyReopened'
      return doc.status === 'closed' ? 'closed' : 'notResolved'
    }
    if (
      !doc.resolvedAt ||
      now.getTime() - new Date(doc.resolvedAt).getTime() > options.reopenDays * dayMs
    )
      return 'tooLate'
    await residentUpdate(
      payload,
      options,
      id,
      req,
      { status: 'in_progress' },
      { kind: 'reopened', note: text },
    )
    return 'reopened'
  })
}

/** Whether a request can still be reopened (for the follow-up page). */
export const canReopen = (
  { status, resolvedAt }: { status: RequestStatus; resolvedAt: string | null },
  reopenDays: number,
  now = new Date(),
) =>
  status === 'resolved' &&
  Boolean(resolvedAt) &&
  now.getTime() - new Date(resolvedAt!).getTime() <= reopenDays * dayMs

/** Satisfaction after resolution: a rating from 1 to 5 and an optional comment, once per request. */
export const leaveFeedback = async ({
  payload,
  options,
  id,
  rating,
  comment,
  now = new Date(),
}: {
  payload: Payload
  options: ResolvedOptions
  id: number
  rating: unknown
  comment: string
  now?: Date
}): Promise<FeedbackResult> => {
  const score = Number(rating)
  if (!Number.isInteger(score) || score < 1 || score > 5) return 'ratingInvalid'
  const text = comment.trim()
  if (text.length > 2000) return 'commentTooLong'
  return withLockedRequest(payload, options, id, async (doc, req) => {
    if (doc.feedback?.at) return 'alreadyGiven'
    if (doc.status !== 'resolved' && doc.status !== 'closed') return 'notResolved'
    await residentUpdate(
      payload,
      options,
      id,
      req,
      { feedback: { rating: score, comment: text || null, at: now.toISOString() } },
      { kind: 'feedback', note: text ? `${score}/5 — ${text}` : `${score}/5` },
    )
    return 'thanks'
  })
}
