import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { ResolvedOptions } from '../types'
import type { AnswerValue } from './answers'
import { idOf } from './ids'

export type DraftData = {
  typeId?: number
  description?: string
  addressId?: number | null
  /** A point picked on the map or given by the device ("use my location"), checked inside the city. */
  lat?: number | null
  lng?: number | null
  answers?: Record<string, AnswerValue>
}

export type Draft = { id: number; key: string; citizenId: number | null; data: DraftData }

const lifetimeMs = 24 * 60 * 60 * 1000

export const isDraftKey = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{32}$/.test(value)

/** A draft, only for the visitor who started it (same citizen, or anonymous for both) and not expired. */
export const readDraft = async (payload: Payload, options: ResolvedOptions, key: unknown, citizenId: number | null): Promise<Draft | null> => {
  if (!isDraftKey(key)) return null
  const { docs } = await payload.find({
    collection: options.draftsCollection as 'request-drafts',
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const doc = docs[0] as { id: number; key: string; citizen?: unknown; data?: unknown; expiresAt: string } | undefined
  if (!doc || new Date(doc.expiresAt).getTime() < Date.now()) return null
  const owner = idOf(doc.citizen)
  if (owner !== citizenId) return null
  return { id: doc.id, key: doc.key, citizenId: owner, data: (doc.data ?? {}) as DraftData }
}

export const createDraft = async (payload: Payload, options: ResolvedOptions, citizenId: number | null, data: DraftData): Promise<Draft> => {
  const key = randomBytes(24).toString('base64url')
  const doc = await payload.create({
    collection: options.draftsCollection as 'request-drafts',
    data: { key, citizen: citizenId, data, expiresAt: new Date(Date.now() + lifetimeMs).toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  return { id: doc.id as number, key, citizenId, data }
}

export const saveDraft = async (payload: Payload, options: ResolvedOptions, draft: Draft, data: DraftData) => {
  await payload.update({
    collection: options.draftsCollection as 'request-drafts',
    id: draft.id,
    data: { data: { ...draft.data, ...data }, expiresAt: new Date(Date.now() + lifetimeMs).toISOString() },
    overrideAccess: true,
    depth: 0,
  })
}
