/** A request's life: the order staff move it through, plus two ways out (rejected, duplicate). */
export const requestStatuses = [
  'submitted',
  'acknowledged',
  'assigned',
  'in_progress',
  'resolved',
  'closed',
  'rejected',
  'duplicate',
] as const

export type RequestStatus = (typeof requestStatuses)[number]

export const statusLabels: Record<RequestStatus, { fr: string; en: string }> = {
  submitted: { fr: 'Reçue', en: 'Submitted' },
  acknowledged: { fr: 'Prise en charge', en: 'Acknowledged' },
  assigned: { fr: 'Assignée', en: 'Assigned' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  resolved: { fr: 'Résolue', en: 'Resolved' },
  closed: { fr: 'Fermée', en: 'Closed' },
  rejected: { fr: 'Refusée', en: 'Rejected' },
  duplicate: { fr: 'Doublon', en: 'Duplicate' },
}

/**
 * Allowed moves. Steps may be skipped forward (a crew fixes a pothole the day it is reported);
 * `resolved → in_progress` is the resident's reopening; closed, rejected and duplicate are final.
 */
export const transitions: Record<RequestStatus, readonly RequestStatus[]> = {
  submitted: ['acknowledged', 'assigned', 'in_progress', 'resolved', 'rejected', 'duplicate'],
  acknowledged: ['assigned', 'in_progress', 'resolved', 'rejected', 'duplicate'],
  assigned: ['in_progress', 'resolved', 'rejected', 'duplicate'],
  in_progress: ['assigned', 'resolved', 'rejected', 'duplicate'],
  resolved: ['closed', 'in_progress'],
  closed: [],
  rejected: [],
  duplicate: [],
}

export const isRequestStatus = (value: unknown): value is RequestStatus =>
  typeof value === 'string' && (requestStatuses as readonly string[]).includes(value)

export const canTransition = (from: RequestStatus, to: RequestStatus) =>
  from === to || transitions[from].includes(to)

/** Open311 knows two states. */
export const isOpenStatus = (status: RequestStatus) =>
  !['resolved', 'closed', 'rejected', 'duplicate'].includes(status)
