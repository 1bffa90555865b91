import { canTransition, type RequestStatus } from '../requests/status'

/**
 * FixMyStreet's Open311 extension (servicerequestupdates) speaks its own statuses (mySociety's
 * Open311::Endpoint: open, investigating, action_scheduled, in_progress, fixed, closed, duplicate,
 * no_further_action, not_councils_responsibility, internal_referral, reopen…). Ours, going out:
 */
const outgoing: Record<RequestStatus, string> = {
  submitted: 'open',
  acknowledged: 'investigating',
  assigned: 'action_scheduled',
  in_progress: 'in_progress',
  resolved: 'fixed',
  closed: 'closed',
  rejected: 'no_further_action',
  duplicate: 'duplicate',
}

export const toFixMyStreetStatus = (status: RequestStatus) => outgoing[status] ?? 'open'

/**
 * Coming in (a client's update, any case): what the status machine is asked to do. `fixed` and
 * `closed` ask to resolve; `open` and `reopen` reopen a resolved request (otherwise it stays as it
 * is); progress statuses move forward. The city's own decisions (duplicate, no further action,
 * not our responsibility, referral, triage) are not a client's to take: the update is kept as a
 * public note and the status does not move.
 */
const incoming: Record<string, RequestStatus | 'reopen' | null> = {
  open: 'reopen',
  reopen: 'reopen',
  fixed: 'resolved',
  closed: 'resolved',
  in_progress: 'in_progress',
  action_scheduled: 'assigned',
  planned: 'assigned',
  investigating: 'acknowledged',
  duplicate: null,
  no_further_action: null,
  not_councils_responsibility: null,
  internal_referral: null,
  for_triage: null,
}

export const isKnownUpdateStatus = (value: string) =>
  Object.hasOwn(incoming, value.trim().toLowerCase())

/** The status to move to, or the current one when the move is not a legal step from it. */
export const nextStatusFor = (current: RequestStatus, value: string | null): RequestStatus => {
  if (!value) return current
  const wanted = incoming[value.trim().toLowerCase()]
  if (!wanted) return current
  const target: RequestStatus =
    wanted === 'reopen' ? (current === 'resolved' ? 'in_progress' : current) : wanted
  return canTransition(current, target) ? target : current
}
