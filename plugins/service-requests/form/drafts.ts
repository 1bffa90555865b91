import { createHash, randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../types'
import type { AnswerValue } from './answers'
import { relationId } from '../../kit/ids'
import { parseCookies } from 'payload/shared'

export type DraftData = {
  typeId?: number
  description?: string
  addressId?: number | null
  /** A point picked on the map or given by the device ("use my location"), checked inside the city. */
  lat?: number | null
  lng?: number | null
  answers?: Record<string, AnswerValue>
}

export type Draft = {
  id: number
  key: string
  citizenId: number | null
  data: DraftData
  /** When the form was sent (in the request's own transaction); a sent draft opens nothing more. */
  sentAt: string | null
  /** Hash of the form cookie of the browser that started an anonymous draft. */
  browser: string | null
}

const lifetimeMs = 24 * 60 * 60 * 1000

/**
 * How long after sending a repeat of the last step from the same browser still shows the
 * follow-up link: long enough for a reload after a lost answer, short enough that the draft key
 * left in the browser's history or in a log is of no use later.
 */
export const sentReplayWindowMs = 10 * 60 * 1000

/**
 * The form cookie: a random value given to an anonymous browser when it starts a form (HttpOnly,
 * sent only to the form's endpoints). The draft keeps its hash, so a repeat of the last step can
 * tell the browser that filled the form from someone who only has the draft key.
 */
export const formCookieName = 'vo_request_form'

export const isFormCookie = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{32}$/.test(value)

export const newFormCookie = () => randomBytes(24).toString('base64url')

const hashFormCookie = (value: string) =>
  createHash('sha256').update(`service-request-form\u0000${value}`).digest('base64url')

/** A cookie's value from a request's headers (null when absent). */
export const cookieFrom = (headers: Headers, name: string) =>
  parseCookies(headers).get(name) ?? null

export const isDraftKey = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{32}$/.test(value)

/**
 * A draft, only for the visitor who started it (same citizen, or anonymous for both) and not
 * expired. A sent draft counts as gone unless `includeSent` (the last step, which answers repeats).
 */
export const readDraft = async (
  payload: Payload,
  options: ResolvedOptions,
  key: unknown,
  citizenId: number | null,
  { includeSent = false }: { includeSent?: boolean } = {},
): Promise<Draft | null> => {
  if (!isDraftKey(key)) return null
  const { docs } = await payload.find({
    collection: options.draftsCollection as 'request-drafts',
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const doc = docs[0] as
    | {
        id: number
        key: string
        citizen?: unknown
        data?: unknown
        expiresAt: string
        sentAt?: string | null
        browser?: string | null
      }
    | undefined
  if (!doc || new Date(doc.expiresAt).getTime() < Date.now()) return null
  const owner = relationId(doc.citizen)
  if (owner !== citizenId) return null
  if (doc.sentAt && !includeSent) return null
  return {
    id: doc.id,
    key: doc.key,
    citizenId: owner,
    data: (doc.data ?? {}) as DraftData,
    sentAt: doc.sentAt ?? null,
    browser: doc.browser ?? null,
  }
}

export const createDraft = async (
  payload: Payload,
  options: ResolvedOptions,
  citizenId: number | null,
  data: DraftData,
  { formCookie = null }: { formCookie?: string | null } = {},
): Promise<Draft> => {
  const key = randomBytes(24).toString('base64url')
  const browser = formCookie ? hashFormCookie(formCookie) : null
  const doc = await payload.create({
    collection: options.draftsCollection as 'request-drafts',
    data: {
      key,
      citizen: citizenId,
      data,
      browser,
      expiresAt: new Date(Date.now() + lifetimeMs).toISOString(),
    },
    overrideAccess: true,
    depth: 0,
  })
  return { id: doc.id as number, key, citizenId, data, sentAt: null, browser }
}

export const saveDraft = async (
  payload: Payload,
  options: ResolvedOptions,
  draft: Draft,
  data: DraftData,
) => {
  await payload.update({
    collection: options.draftsCollection as 'request-drafts',
    id: draft.id,
    data: {
      data: { ...draft.data, ...data },
      expiresAt: new Date(Date.now() + lifetimeMs).toISOString(),
    },
    overrideAccess: true,
    depth: 0,
  })
}

/**
 * Inside the submission's transaction: the draft is marked sent and emptied (what the resident
 * wrote now lives in the request only); the purge job deletes the row later.
 */
export const markDraftSent = async (
  payload: Payload,
  options: ResolvedOptions,
  { id, req }: { id: number; req: PayloadRequest },
) => {
  await payload.update({
    collection: options.draftsCollection as 'request-drafts',
    id,
    data: { data: {}, sentAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
    req,
  })
}

/**
 * Whether a repeat of a sent draft's last step may show the follow-up link again: only from the
 * browser that started the draft (its form cookie), and only within `sentReplayWindowMs`.
 */
export const isSameBrowserSoonAfter = (draft: Draft, formCookie: string | null, now = Date.now()) =>
  Boolean(
    draft.sentAt &&
    draft.browser &&
    isFormCookie(formCookie) &&
    hashFormCookie(formCookie) === draft.browser,
  ) && now - new Date(draft.sentAt!).getTime() <= sentReplayWindowMs

/**
 * A resident who started the form without an account and signs in part way keeps their draft: it
 * becomes the citizen's, but only when this browser started it (its form cookie matches the hash
 * the draft keeps), it is still anonymous, unsent and unexpired. The key alone, which sits in the
 * form's URLs and the browser's history, never hands a draft to someone else's account.
 */
export const adoptDraft = async (
  payload: Payload,
  options: ResolvedOptions,
  { key, citizenId, formCookie }: { key: unknown; citizenId: number; formCookie: string | null },
): Promise<boolean> => {
  if (!isDraftKey(key) || !isFormCookie(formCookie)) return false
  const { docs } = await payload.update({
    collection: options.draftsCollection as 'request-drafts',
    where: {
      and: [
        { key: { equals: key } },
        { citizen: { exists: false } },
        { sentAt: { exists: false } },
        { browser: { equals: hashFormCookie(formCookie) } },
        { expiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
    data: { citizen: citizenId, expiresAt: new Date(Date.now() + lifetimeMs).toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length === 1
}
