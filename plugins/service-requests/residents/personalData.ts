import type { Payload } from 'payload'

import type { ResolvedOptions } from '../types'
import { requestOptions } from '../frontend/options'

type Args = { citizenId: number; email: string; payload: Payload }

/** A citizen's requests in their Law 25 export: what they wrote and what happened to it. */
export const exportCitizenRequests = async ({ citizenId, payload }: Args) => {
  const options: ResolvedOptions = requestOptions(payload)
  const { docs } = await payload.find({
    collection: options.requestsCollection as 'service-requests',
    where: { submitter: { equals: citizenId } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((d) => ({
    trackingNumber: d.trackingNumber,
    type: d.type,
    description: d.description,
    answers: d.answers,
    address: d.addressLabel ?? null,
    status: d.status,
    createdAt: d.createdAt,
    dueAt: d.dueAt ?? null,
    resolvedAt: d.resolvedAt ?? null,
    publicHistory: (d.history ?? [])
      .filter((h) => h.isPublic)
      .map((h) => ({ at: h.at, status: h.status ?? null, note: h.note ?? null })),
  }))
}

/**
 * On account deletion the requests stay (the pothole still needs fixing, and the city's statistics
 * need them) but no longer point to the person: submitter, contact and follow-up secret removed,
 * photos detached from their owner.
 */
export const eraseCitizenRequests = async ({ citizenId, payload }: Args) => {
  const options: ResolvedOptions = requestOptions(payload)
  await payload.update({
    collection: options.requestsCollection as 'service-requests',
    where: { submitter: { equals: citizenId } },
    data: {
      submitter: null,
      contact: { name: null, email: null, phone: null },
      followTokenHash: null,
    } as never,
    overrideAccess: true,
    depth: 0,
    context: { skipRequestEmail: true },
  })
  await payload.update({
    collection: options.photosCollection as 'request-photos',
    where: { owner: { equals: citizenId } },
    data: { owner: null } as never,
    overrideAccess: true,
    depth: 0,
  })
}
