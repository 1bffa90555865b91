import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { auditTable, petitionsTable } from '../defaults'
import type { ResolvedPetitionsOptions } from '../types'

/** The member of staff behind a request, as the audit keeps them (the name at the time). */
export type StaffActor = { id: number; name: string | null }

export const staffActor = (
  user: PayloadRequest['user'],
  options: ResolvedPetitionsOptions,
): StaffActor | null => {
  if (!user || user.collection !== options.staffCollection) return null
  const { id, name, email } = user as { id: number; name?: string | null; email?: string | null }
  return { id, name: name ?? email ?? null }
}

export type AuditAction = 'paperEntry' | 'bulkInvalidation'

/**
 * One audit entry's insert, as SQL, so that it joins the statement or transaction of the rows it
 * speaks of (lib/fraud.ts puts it in the invalidation's own statement). `count` may be SQL.
 */
export const auditInsert = ({
  action,
  petitionId,
  lines,
  count,
  details,
  actor,
}: {
  action: AuditAction
  petitionId: number
  lines: number | null
  count: number | ReturnType<typeof sql>
  details: unknown
  actor: StaffActor | null
}) => sql`
  INSERT INTO ${sql.identifier(auditTable)}
    (action, petition_id, petition_title, lines, count, details, user_id, user_name, created_at, updated_at)
  VALUES (${action}, ${petitionId},
          (SELECT title FROM ${sql.identifier(petitionsTable)} WHERE id = ${petitionId}),
          ${lines}, ${count}, ${JSON.stringify(details)}::jsonb,
          ${actor?.id ?? null}, ${actor?.name ?? null}, now(), now())
  RETURNING id`
