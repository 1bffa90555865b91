import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { instantToLocalDate, localToInstant } from '@engines/calendar'
import { sectorForPoint } from '@engines/place'

import { addBusinessDays } from '../../../requests/holidays'
import { relationId } from '../../../../kit/ids'
import { routeRequest, type RoutableType } from '../../../requests/routing'
import { loadSectorShapes } from '../../../../kit/sectors'
import {
  canTransition,
  isRequestStatus,
  type RequestStatus,
  statusLabels,
} from '../../../requests/status'
import { nextTrackingNumber } from '../../../requests/trackingNumber'
import { checkAssignment } from './checkAssignment'
import type { ResolvedOptions } from '../../../types'

type HistoryEntry = {
  at: string
  kind: 'created' | 'status' | 'assignment' | 'note' | 'feedback' | 'reopened'
  fromStatus?: RequestStatus | null
  status?: RequestStatus | null
  note?: string | null
  isPublic: boolean
  by?: number | null
  /** The Open311 partner that wrote it (its client's name). */
  partner?: string | null
}

export type ResidentEntry = { kind: 'reopened' | 'feedback'; note: string }

/**
 * `req.context[open311PartnerContext]`: the Open311 client (its name) on whose key a change is made
 * (open311/post.ts). Only server code sets a context, so no API caller can claim to be a partner.
 */
export const open311PartnerContext = 'open311Partner'

/** Sector of the request's place: the address's sector from the registry, else the point's (Place engine). */
const deriveLocation = async (
  data: Record<string, unknown>,
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  options: ResolvedOptions,
) => {
  const addressId = relationId(data.address)
  if (addressId !== null) {
    const address = (await req.payload.findByID({
      collection: options.addressesCollection as 'addresses',
      id: addressId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as { lat?: number; lng?: number; label?: string; sector?: unknown } | null
    if (!address)
      throw new APIError('Adresse introuvable. / Address not found.', 400, undefined, true)
    return {
      lat: address.lat ?? null,
      lng: address.lng ?? null,
      sector: relationId(address.sector),
      addressLabel: address.label ?? null,
    }
  }
  const lat = typeof data.lat === 'number' ? data.lat : null
  const lng = typeof data.lng === 'number' ? data.lng : null
  if (lat === null || lng === null)
    return { lat: null, lng: null, sector: null, addressLabel: null }
  const sector = sectorForPoint(
    { lat, lng },
    await loadSectorShapes(req, options.sectorsCollection),
  )
  return { lat, lng, sector, addressLabel: null }
}

/**
 * Everything the city decides, never the submitter: the tracking number, the first status, the
 * sector, the routing and the due date on creation; on every change, the status machine and one
 * history entry per status change, reassignment or note (with the note's public/internal flag).
 */
export const prepareRequest =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const now = new Date()
    const by =
      req.user && req.user.collection === options.staffCollection ? (req.user.id as number) : null
    const partnerName =
      typeof req.context?.[open311PartnerContext] === 'string'
        ? (req.context[open311PartnerContext] as string)
        : null
    const note = typeof data.note === 'string' ? data.note.trim().slice(0, 5000) : ''
    const isNotePublic = data.isNotePublic === true
    delete data.note
    delete data.isNotePublic

    if (operation === 'create') {
      const typeId = relationId(data.type)
      const type =
        typeId === null
          ? null
          : ((await req.payload.findByID({
              collection: options.typesCollection as 'request-types',
              id: typeId,
              depth: 0,
              overrideAccess: true,
              disableErrors: true,
              req,
            })) as (RoutableType & { deadlineDays?: number | null }) | null)
      if (!type)
        throw new APIError('Type de requête inconnu. / Unknown request type.', 400, undefined, true)
      const location = await deriveLocation(data, req, options)
      const routed = routeRequest(type, location.sector)
      const today = instantToLocalDate(now)
      const due = addBusinessDays(today, type.deadlineDays ?? 5)
      // A request an Open311 client sent (form/submit sets the client, as the system) names it from the start.
      const clientId = relationId(data.open311Client)
      const client =
        clientId === null
          ? null
          : ((await req.payload.findByID({
              collection: options.open311ClientsCollection as 'open311-clients',
              id: clientId,
              depth: 0,
              overrideAccess: true,
              disableErrors: true,
              select: { name: true },
              req,
            })) as { name?: string | null } | null)
      const partner = client?.name ?? partnerName
      const history: HistoryEntry[] = [
        {
          at: now.toISOString(),
          kind: 'created',
          status: 'submitted',
          isPublic: true,
          by,
          partner,
        },
      ]
      if (note)
        history.push({
          at: now.toISOString(),
          kind: 'note',
          note,
          isPublic: isNotePublic,
          by,
          partner,
        })
      return {
        ...data,
        ...location,
        trackingNumber: await nextTrackingNumber(req, today.slice(0, 4)),
        status: 'submitted',
        followers: 0,
        department: relationId(data.department) ?? routed.department,
        assignee: relationId(data.assignee) ?? routed.assignee,
        dueAt: localToInstant(`${due}T23:59`).toISOString(),
        history,
      }
    }

    const before = (originalDoc ?? {}) as Record<string, unknown>
    const from = before.status as RequestStatus
    const to = (data.status ?? from) as RequestStatus
    if (!isRequestStatus(to))
      throw new APIError('Statut inconnu. / Unknown status.', 400, undefined, true)
    if (!canTransition(from, to)) {
      throw new APIError(
        `Passage de « ${statusLabels[from].fr} » à « ${statusLabels[to].fr} » refusé. / Moving from “${statusLabels[from].en}” to “${statusLabels[to].en}” is not allowed.`,
        400,
        undefined,
        true,
      )
    }
    if (to === 'duplicate' && !relationId(data.duplicateOf ?? before.duplicateOf)) {
      throw new APIError(
        'Indiquez la requête d’origine. / Give the original request.',
        400,
        undefined,
        true,
      )
    }
    const history = [...((data.history ?? before.history ?? []) as HistoryEntry[])]
    const at = now.toISOString()
    const next: Record<string, unknown> = { ...data }
    // What a resident did through the follow-up page (follow/residentActions); only server code sets context.
    const resident = req.context?.residentEntry as ResidentEntry | undefined
    if (resident?.kind === 'reopened' && !(from === 'resolved' && to === 'in_progress')) {
      throw new APIError(
        'Seule une requête résolue peut être rouverte. / Only a resolved request can be reopened.',
        400,
        undefined,
        true,
      )
    }
    if (resident?.kind === 'feedback')
      history.push({ at, kind: 'feedback', note: resident.note, isPublic: false, by: null })
    if (to !== from && resident?.kind === 'reopened') {
      history.push({
        at,
        kind: 'reopened',
        fromStatus: from,
        status: to,
        note: resident.note,
        isPublic: true,
        by: null,
      })
      next.resolvedAt = null
    } else if (to !== from) {
      // The change itself is public; an internal note said with it stays a separate internal entry.
      history.push({
        at,
        kind: 'status',
        fromStatus: from,
        status: to,
        note: isNotePublic && note ? note : null,
        isPublic: true,
        by,
        partner: partnerName,
      })
      if (note && !isNotePublic)
        history.push({ at, kind: 'note', note, isPublic: false, by, partner: partnerName })
      if (to === 'resolved') next.resolvedAt = at
      if (to === 'closed') next.closedAt = at
      if (from === 'resolved' && to === 'in_progress') next.resolvedAt = null
    } else if (note) {
      history.push({ at, kind: 'note', note, isPublic: isNotePublic, by, partner: partnerName })
    }
    const assignment = await checkAssignment({ data, before, req, options })
    if (assignment) {
      next.department = assignment.department
      next.assignee = assignment.assignee
      history.push({
        at,
        kind: 'assignment',
        note: assignment.note,
        isPublic: false,
        by,
        partner: partnerName,
      })
    }
    // Sector follows the place if staff corrected it.
    if (
      relationId(data.address) !== relationId(before.address) ||
      data.lat !== before.lat ||
      data.lng !== before.lng
    ) {
      Object.assign(next, await deriveLocation(next, req, options))
    }
    next.history = history
    return next
  }
