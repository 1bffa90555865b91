import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { type SectorBoundary, sectorForPoint } from '@engines/place'

import type { RequestLocale, ResolvedOptions } from '../types'
import { type AnswerIssue, type AnswerValue, type Question, validateAnswers } from './answers'
import { expireTags, publicRequestCacheTags } from '../public/cacheTags'
import { attachDraftPhotos } from './draftPhotos'
import { markDraftSent } from './drafts'
import { followTokenFor, hashFollowToken } from '../follow/followToken'

export type SubmissionInput = {
  typeId: number
  description: string
  answers?: Record<string, AnswerValue | undefined>
  addressId?: number | null
  lat?: number | null
  lng?: number | null
  contact?: { name?: string; email?: string; phone?: string } | null
  language: RequestLocale
  /** The signed-in citizen, or null for an anonymous request. */
  citizenId: number | null
  /** Random, per form: every repeat of the same submission carries the same key. */
  idempotencyKey: string
  /** The Open311 client sending it (open311/post.ts): its key may then update the request. */
  open311Client?: number | null
  /**
   * The form's draft (its key is the idempotency key): its photos become the request's and it is
   * marked sent in the request's own transaction, so no request exists without its photos.
   */
  draftId?: number
}

export type SubmissionError =
  | 'typeUnknown'
  | 'descriptionRequired'
  | 'descriptionTooLong'
  | 'locationRequired'
  | 'locationInvalid'
  | 'locationOutside'
  | 'anonymousNotAllowed'
  | 'emailInvalid'
  | 'keyInvalid'

export type SubmissionResult =
  | { ok: true; id: number; trackingNumber: string; followToken: string; isReplay: boolean }
  | { ok: false; errors: SubmissionError[]; answerIssues: AnswerIssue[] }

const isEmail = (value: string) =>
  value.length <= 254 && /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/.test(value)

export const isIdempotencyKey = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(value)

type TypeDoc = {
  id: number
  active?: boolean | null
  locationRequired?: boolean | null
  allowAnonymous?: boolean | null
  questions?: Question[] | null
}

/** The sector holding a point, or null outside the city (the Place engine over every boundary). */
const sectorOfPoint = async (
  payload: Payload,
  options: ResolvedOptions,
  point: { lat: number; lng: number },
) => {
  const { docs } = await payload.find({
    collection: options.sectorsCollection as 'sectors',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { boundary: true },
  })
  return sectorForPoint(
    point,
    docs.map((doc) => ({
      id: doc.id as number,
      boundary: doc.boundary as unknown as SectorBoundary,
    })),
  )
}

/** The request already created with this key, if any (inside a transaction when given its `req`). */
export const findByKey = async (
  payload: Payload,
  options: ResolvedOptions,
  key: string,
  req?: PayloadRequest,
) => {
  const { docs } = await payload.find({
    collection: options.requestsCollection as 'service-requests',
    where: { idempotencyKey: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { trackingNumber: true },
    ...(req ? { req } : {}),
  })
  return docs[0] as { id: number; trackingNumber?: string | null } | undefined
}

type Session = { db: { execute: (query: unknown) => Promise<unknown> } }

/**
 * Runs `act` in one transaction of its own: what it writes through `req` commits together, or not
 * at all (an error, or the process killed before the commit). Payload's operations roll the
 * transaction back themselves when they fail; the rollback here then does nothing.
 */
const inTransaction = async <T>(
  payload: Payload,
  act: (req: PayloadRequest, session: Session) => Promise<T>,
): Promise<T> => {
  const transactionID = await payload.db.beginTransaction!()
  if (!transactionID) throw new Error('service-requests: the database adapter has no transactions')
  const session = (payload.db as unknown as { sessions: Record<string, Session> }).sessions[
    String(transactionID)
  ]
  try {
    const result = await act({ transactionID } as PayloadRequest, session)
    await payload.db.commitTransaction!(transactionID)
    return result
  } catch (err) {
    await payload.db.rollbackTransaction!(transactionID)
    throw err
  }
}

/** A unique-index violation, however Payload reports it (ValidationError) or the driver does (23505). */
const isUniqueViolation = (err: unknown) => {
  const e = err as {
    code?: string
    cause?: { code?: string }
    data?: { errors?: { message?: string }[] }
    message?: string
  }
  return (
    e?.code === '23505' ||
    e?.cause?.code === '23505' ||
    /unique/i.test(JSON.stringify(e?.data ?? '')) ||
    /unique/i.test(e?.message ?? '')
  )
}

/**
 * Creates a request from a resident's submission, once per idempotency key: a repeat (double
 * click, retry, 20 at once) answers with the first request. Sends of one form wait for each other
 * on the draft's row lock; otherwise (Open311) the unique index on the key decides and the losers
 * read the winner's request back. Everything the city decides (number, status, routing, due date,
 * sector) is set by the collection's hook, in the same transaction as the insert, the draft's
 * photos and the draft marked sent: a request is numbered and routed only with its photos. What
 * must not happen for a rolled-back request (expiring the public list's cache) runs after the
 * commit; the status emails only follow updates, never the creation.
 * Runs as the system (overrideAccess: true): residents may not create requests through the API,
 * only through this function, which builds the record field by field.
 */
export const submitRequest = async (
  payload: Payload,
  options: ResolvedOptions,
  input: SubmissionInput,
): Promise<SubmissionResult> => {
  const fail = (errors: SubmissionError[], answerIssues: AnswerIssue[] = []): SubmissionResult => ({
    ok: false,
    errors,
    answerIssues,
  })
  if (!isIdempotencyKey(input.idempotencyKey)) return fail(['keyInvalid'])
  const followToken = followTokenFor(payload.secret, input.idempotencyKey)
  const existing = await findByKey(payload, options, input.idempotencyKey)
  if (existing)
    return {
      ok: true,
      id: existing.id,
      trackingNumber: existing.trackingNumber ?? '',
      followToken,
      isReplay: true,
    }

  const type = (await payload.findByID({
    collection: options.typesCollection as 'request-types',
    id: input.typeId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as TypeDoc | null
  if (!type || !type.active) return fail(['typeUnknown'])
  const errors: SubmissionError[] = []
  const description = input.description.trim()
  if (!description) errors.push('descriptionRequired')
  if (description.length > 5000) errors.push('descriptionTooLong')
  const hasPoint = typeof input.lat === 'number' && typeof input.lng === 'number'
  if (hasPoint && (Math.abs(input.lat!) > 90 || Math.abs(input.lng!) > 180))
    errors.push('locationInvalid')
  // A point (device position, map click, Open311 client) must fall in one of the city's sectors:
  // the form's steps check it too, but this is the one path every submission takes.
  else if (
    hasPoint &&
    !input.addressId &&
    (await sectorOfPoint(payload, options, { lat: input.lat!, lng: input.lng! })) === null
  )
    errors.push('locationOutside')
  if (type.locationRequired && !input.addressId && !hasPoint) errors.push('locationRequired')
  if (!input.citizenId && !type.allowAnonymous) errors.push('anonymousNotAllowed')
  const email = input.contact?.email?.trim() ?? ''
  if (email && !isEmail(email)) errors.push('emailInvalid')
  const { answers, issues } = validateAnswers(type.questions ?? [], input.answers ?? {})
  if (errors.length || issues.length) return fail(errors, issues)

  try {
    const outcome = await inTransaction(payload, async (req, session) => {
      if (input.draftId !== undefined) {
        // Sends of this form (a double click, a retry) wait here for each other; the later one
        // then finds the request the first one committed.
        await session.db.execute(
          sql`SELECT id FROM ${sql.identifier(options.draftsCollection.replace(/-/g, '_'))} WHERE id = ${input.draftId} FOR UPDATE`,
        )
        const sent = await findByKey(payload, options, input.idempotencyKey, req)
        if (sent) return { id: sent.id, trackingNumber: sent.trackingNumber ?? '', isReplay: true }
      }
      const doc = await payload.create({
        collection: options.requestsCollection as 'service-requests',
        overrideAccess: true,
        depth: 0,
        req,
        // The public list's cache is expired below, once the request is committed.
        context: { disableRevalidate: true },
        data: {
          type: type.id,
          description,
          answers,
          address: input.addressId ?? null,
          lat: input.addressId ? null : (input.lat ?? null),
          lng: input.addressId ? null : (input.lng ?? null),
          submitter: input.citizenId,
          contact: input.citizenId
            ? {}
            : {
                name: input.contact?.name?.trim().slice(0, 120) || null,
                email: email || null,
                phone: input.contact?.phone?.trim().slice(0, 30) || null,
              },
          language: input.language,
          idempotencyKey: input.idempotencyKey,
          followTokenHash: hashFollowToken(followToken),
          open311Client: input.open311Client ?? null,
        } as never,
      })
      if (input.draftId !== undefined) {
        await attachDraftPhotos(payload, options, {
          draftKey: input.idempotencyKey,
          requestId: doc.id as number,
          req,
        })
        await markDraftSent(payload, options, { id: input.draftId, req })
      }
      return {
        id: doc.id as number,
        trackingNumber: String((doc as { trackingNumber?: string }).trackingNumber),
        isReplay: false,
      }
    })
    if (!outcome.isReplay) await expireTags([publicRequestCacheTags.list])
    return { ok: true, ...outcome, followToken }
  } catch (err) {
    if (!isUniqueViolation(err)) throw err
    const winner = await findByKey(payload, options, input.idempotencyKey)
    if (!winner) throw err
    return {
      ok: true,
      id: winner.id,
      trackingNumber: winner.trackingNumber ?? '',
      followToken,
      isReplay: true,
    }
  }
}
