import type { Payload } from 'payload'

import { requestTranslator } from '../i18n/translate'
import type { RequestLocale, ResolvedOptions } from '../types'
import { hashFollowToken, isFollowTokenShape } from './followToken'
import { relationId } from '../../kit/ids'
import { nearestAddress } from '../places/places'
import type { RequestStatus } from '../requests/status'
import { trackingNumberShape } from '../requests/trackingNumber'

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
  history: {
    at: string
    status: RequestStatus | null
    note: string | null
    isReopening?: boolean
  }[]
}

/** The follow-up page's view: also the submitter's photos and what they may still do. */
export type FollowUpView = RequestView & {
  id: number
  photos: { id: number; src: string; fullSrc: string }[]
  hasFeedback: boolean
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
  feedback?: { at?: string | null } | null
  type?: { name?: string } | number | null
  history?:
    | {
        at: string
        kind: string
        status?: RequestStatus | null
        note?: string | null
        isPublic?: boolean | null
      }[]
    | null
}

/**
 * The stored request behind a follow-up link, or null: only for the signed-in citizen who
 * submitted it or whoever holds its secret follow-up link (tracking numbers follow each other, so
 * the number alone proves nothing). Read as the system: callers reduce it to public fields.
 */
export const findFollowedRequest = async ({
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
}): Promise<StoredRequest | null> => {
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
  const isOwner = citizenId != null && relationId(doc.submitter) === citizenId
  const hasToken = isFollowTokenShape(token) && doc.followTokenHash === hashFollowToken(token)
  if (!isOwner && !hasToken) return null
  return doc
}

/** A request for its follow-up page, reduced to public fields, or null (see findFollowedRequest). */
export const getRequestForFollowUp = async (
  args: Parameters<typeof findFollowedRequest>[0],
): Promise<RequestView | null> => {
  const doc = await findFollowedRequest(args)
  return doc ? toView(doc) : null
}

/**
 * Everything the follow-up page shows: the public view, the request's photos (their addresses go
 * through Payload's file route, whose read access lets the submitter in by session or by the
 * follow-up secret, see collections/RequestPhotos) and whether feedback was already given.
 */
export const getFollowUpView = async (
  args: Parameters<typeof findFollowedRequest>[0],
): Promise<FollowUpView | null> => {
  const doc = await findFollowedRequest(args)
  if (!doc) return null
  const { docs } = await args.payload.find({
    collection: args.options.photosCollection as 'request-photos',
    where: { request: { equals: doc.id } },
    sort: 'createdAt',
    limit: args.options.maxPhotos * 2,
    depth: 0,
    overrideAccess: true,
    select: { filename: true, sizes: true },
  })
  const query = args.token && isFollowTokenShape(args.token) ? `?token=${args.token}` : ''
  const fileUrl = (name: string) =>
    `${args.payload.config.routes.api}/${args.options.photosCollection}/file/${encodeURIComponent(name)}${query}`
  const photos = (
    docs as unknown as {
      id: number
      filename?: string | null
      sizes?: { thumbnail?: { filename?: string | null } }
    }[]
  )
    .filter((p) => p.filename)
    .map((p) => ({
      id: p.id,
      fullSrc: fileUrl(p.filename!),
      src: fileUrl(p.sizes?.thumbnail?.filename || p.filename!),
    }))
  const view = toView(doc)
  // A point alone reads as the nearest civic address, never as coordinates.
  if (!view.place && typeof doc.lat === 'number' && typeof doc.lng === 'number') {
    const t = requestTranslator(args.locale)
    const near = await nearestAddress(args.payload, args.options, { lat: doc.lat, lng: doc.lng })
    view.place = near ? t('status.pointNear', { address: near.label }) : t('status.pointPlace')
  }
  return { ...view, id: doc.id, photos, hasFeedback: Boolean(doc.feedback?.at) }
}

/** The request type's name, when the query populated it. */
const typeNameOf = (doc: Pick<StoredRequest, 'type'>) =>
  doc.type && typeof doc.type === 'object' ? (doc.type.name ?? '') : ''

export const toView = (doc: StoredRequest): RequestView => ({
  trackingNumber: doc.trackingNumber,
  typeName: typeNameOf(doc),
  description: doc.description,
  status: doc.status,
  createdAt: doc.createdAt,
  dueAt: doc.dueAt ?? null,
  resolvedAt: doc.resolvedAt ?? null,
  // The civic address; a point is put into words by the follow-up page (getFollowUpView).
  place: doc.addressLabel ?? null,
  history: (doc.history ?? [])
    .filter(
      (h) =>
        h.isPublic &&
        (h.kind === 'created' || h.kind === 'status' || h.kind === 'note' || h.kind === 'reopened'),
    )
    .map((h) => ({
      at: h.at,
      status: h.status ?? null,
      note: h.note ?? null,
      ...(h.kind === 'reopened' ? { isReopening: true } : {}),
    })),
})

/** A signed-in citizen's own requests, newest first, for "Mon dossier". */
/** A line of "Mes requêtes": what the dashboard shows of a request, nothing more. */
export type CitizenRequestLine = Pick<RequestView, 'trackingNumber' | 'typeName' | 'status'>

/**
 * The citizen's requests, newest first, 50 at most: only the columns the dashboard shows (the
 * number, the type's name, the status), read in one query on every visit to Mon dossier.
 */
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
}): Promise<CitizenRequestLine[]> => {
  const { docs } = await payload.find({
    collection: options.requestsCollection as 'service-requests',
    where: { submitter: { equals: citizenId } },
    sort: '-createdAt',
    limit: 50,
    // No page count: the dashboard lists them, one query instead of two on every visit.
    pagination: false,
    depth: 1,
    locale,
    overrideAccess: true,
    select: { trackingNumber: true, status: true, type: true, createdAt: true },
    populate: { [options.typesCollection]: { name: true } } as never,
  })
  return (docs as unknown as Pick<StoredRequest, 'trackingNumber' | 'status' | 'type'>[]).map(
    (doc) => ({
      trackingNumber: doc.trackingNumber,
      typeName: typeNameOf(doc),
      status: doc.status,
    }),
  )
}
