import type { Payload } from 'payload'

import type { RequestLocale, ResolvedOptions } from '../types'
import { hashFollowToken, isFollowTokenShape } from './followToken'
import { idOf } from './ids'
import type { RequestStatus } from './status'
import { trackingNumberShape } from './trackingNumber'

/** What the submitter (or the holder of the follow-up link) sees: no internal note, no staff name. */
export type RequestView = {
  trackingNumber: string
  typeName: string
  description: string
  status: RequestStatus
  createdAt: string
  dueAt: string | null
  resolvedAt: string | null
  place: string | null
  history: { at: string; status: RequestStatus | null; note: string | null }[]
}

type StoredRequest = {
  id: number
  trackingNumber: string
  description: string
  status: RequestStatus
  createdAt: string
  dueAt?: string | null
  resolvedAt?: string | null
  addressLabel?: string | null
  lat?: number | null
  lng?: number | null
  submitter?: unknown
  followTokenHash?: string | null
  type?: { name?: string } | number | null
  history?: { at: string; kind: string; status?: RequestStatus | null; note?: string | null; isPublic?: boolean | null }[] | null
}

/**
 * A request for its follow-up page, or null: shown only to the signed-in citizen who submitted it
 * or to whoever holds its secret follow-up link (tracking numbers follow each other, so the number
 * alone proves nothing). Read as the system, then reduced to public fields.
 */
export const getRequestForFollowUp = async ({
  payload,
  options,
  trackingNumber,
  token,
  citizenId,
  locale,
}: {
  payload: Payload
  options: ResolvedOptions
  trackingNumber: string
  token?: string | null
  citizenId?: number | null
  locale: RequestLocale
}): Promise<RequestView | null> => {
  if (!trackingNumberShape.test(trackingNumber)) return null
  const { docs } = await payload.find({
    collection: options.requestsCollection as 'service-requests',
    where: { trackingNumber: { equals: trackingNumber } },
    limit: 1,
    depth: 1,
    locale,
    overrideAccess: true,
    showHiddenFields: true,
    populate: { [options.typesCollection]: { name: true } } as never,
  })
  const doc = docs[0] as unknown as StoredRequest | undefined
  if (!doc) return null
  const isOwner = citizenId != null && idOf(doc.submitter) === citizenId
  const hasToken = isFollowTokenShape(token) && doc.followTokenHash === hashFollowToken(token)
  if (!isOwner && !hasToken) return null
  return toView(doc)
}

export const toView = (doc: StoredRequest): RequestView => ({
  trackingNumber: doc.trackingNumber,
  typeName: doc.type && typeof doc.type === 'object' ? (doc.type.name ?? '') : '',
  description: doc.description,
  status: doc.status,
  createdAt: doc.createdAt,
  dueAt: doc.dueAt ?? null,
  resolvedAt: doc.resolvedAt ?? null,
  place: doc.addressLabel ?? (typeof doc.lat === 'number' && typeof doc.lng === 'number' ? `${doc.lat.toFixed(5)}, ${doc.lng.toFixed(5)}` : null),
  history: (doc.history ?? [])
    .filter((h) => h.isPublic && (h.kind === 'created' || h.kind === 'status' || h.kind === 'note' || h.kind === 'reopened'))
    .map((h) => ({ at: h.at, status: h.status ?? null, note: h.note ?? null })),
})

/** A signed-in citizen's own requests, newest first, for "Mon dossier". */
export const listCitizenRequests = async ({
  payload,
  options,
  citizenId,
  locale,
}: {
  payload: Payload
  options: ResolvedOptions
  citizenId: number
  locale: RequestLocale
}): Promise<RequestView[]> => {
  const { docs } = await payload.find({
    collection: options.requestsCollection as 'service-requests',
    where: { submitter: { equals: citizenId } },
    sort: '-createdAt',
    limit: 50,
    depth: 1,
    locale,
    overrideAccess: true,
    populate: { [options.typesCollection]: { name: true } } as never,
  })
  return (docs as unknown as StoredRequest[]).map(toView)
}
