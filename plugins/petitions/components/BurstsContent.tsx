import type { DocumentViewServerProps } from 'payload'

import { instantToLocalDateTime, localToInstant } from '@engines/calendar'

import { burstsTab } from '../endpoints/staff'
import { readCounts } from '../lib/db'
import { burstGroups } from '../lib/fraud'
import { readPetitionForSigning } from '../lib/readPetition'
import { BurstsPanel, type WindowFields } from './BurstsPanel'
import { readAuditEntry, staffViewContext } from './staffView'

const hourMs = 60 * 60 * 1000

const instantOf = (local: string | null): Date | null => {
  if (!local) return null
  try {
    return localToInstant(local.slice(0, 16))
  } catch {
    return null
  }
}

/**
 * What the tab shows (`BurstsView` puts it in the admin's gutter; tests render it alone). The "Bursts" tab of a petition, for the greffe only (checked on the server): its valid
 * signatures grouped by hour, network and email domain over a period (`?from=&to=`, local times;
 * by default from the opening to the next hour), the counts by sector as CSV, and the bulk
 * invalidation form; after one, its outcome from the audit entry (`?invalidated=`).
 */
export const BurstsContent = async (props: DocumentViewServerProps) => {
  const context = staffViewContext(props)
  if (context.refusal) return context.refusal
  const { locale, id, user, param } = context
  const { payload } = props
  const petition = await readPetitionForSigning(payload, id)
  if (!petition) return null
  const now = new Date()
  const from =
    instantOf(param('from')) ??
    (petition.opensAt ? new Date(petition.opensAt) : new Date(now.getTime() - 90 * 24 * hourMs))
  const to = instantOf(param('to')) ?? new Date(Math.ceil(now.getTime() / hourMs) * hourMs)
  const window: WindowFields = {
    from: instantToLocalDateTime(from),
    to: instantToLocalDateTime(to),
    network: param('network') ?? '',
    emailDomain: param('emailDomain') ?? '',
  }
  const bursts = await burstGroups(payload, id, {
    from,
    to,
    network: window.network || null,
    emailDomain: window.emailDomain || null,
  })
  const entry = await readAuditEntry({
    payload,
    user,
    id: param('invalidated'),
    petitionId: id,
    action: 'bulkInvalidation',
  })
  const { admin, api } = payload.config.routes
  return (
    <BurstsPanel
      locale={locale}
      here={`${admin}/collections/petitions/${id}/${burstsTab}`}
      action={`${api}/petitions/${id}/invalidate`}
      csvHref={`${api}/petitions/${id}/sectors.csv?locale=${locale}`}
      window={window}
      bursts={bursts}
      error={param('error')}
      done={
        entry
          ? {
              count: Number(entry.count ?? 0),
              signatures: (await readCounts(payload, [id])).get(id) ?? 0,
            }
          : null
      }
    />
  )
}
