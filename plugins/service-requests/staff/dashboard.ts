import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest, Where } from 'payload'
import { stringify } from 'qs-esm'

import { canReadRequests } from '../access/requestAccess'
import type { ResolvedOptions } from '../types'
import { requestStatuses } from '../requests/status'

export const openStatuses = requestStatuses.filter(
  (s) => !['resolved', 'closed', 'rejected', 'duplicate'].includes(s),
)

/** Days the resolution figures look back. */
export const dashboardDays = 30

export type DepartmentStats = {
  /** null: requests no department was found for (or the total row, see `isTotal`). */
  departmentId: number | null
  isTotal: boolean
  open: number
  overdue: number
  /** Resolved in the last 30 days (still resolved, or closed since). */
  resolved: number
  onTime: number
  /** Median time from submission to resolution, over the last 30 days, in hours. */
  medianHours: number | null
}

/** What a staff member's dashboard covers: everything, one department, or nothing (not staff, editors). */
export type DashboardScope = { kind: 'all' } | { kind: 'department'; id: number }

/**
 * The dashboard's scope is the read access itself (access/requestAccess), so the figures never
 * count a request the viewer could not open.
 */
export const dashboardScope = (
  options: ResolvedOptions,
  user: PayloadRequest['user'],
): DashboardScope | null => {
  const access = canReadRequests(options)({ req: { user } as PayloadRequest })
  if (access === true) return { kind: 'all' }
  const where =
    access && typeof access === 'object' ? (access as { department?: { equals?: unknown } }) : null
  const department = where?.department?.equals
  if (
    where &&
    Object.keys(where).length === 1 &&
    department != null &&
    user?.collection === options.staffCollection
  ) {
    return { kind: 'department', id: Number(department) }
  }
  return null
}

type Db = { drizzle: { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> } }

const count = (value: unknown) => Number(value ?? 0)

/**
 * Open requests, overdue ones (due date passed, still open), and over the last 30 days the
 * resolved count, how many were resolved by their due date and the median time to resolve, per
 * department and in total, in one query (a grouping set for the total row).
 */
export const requestStats = async ({
  payload,
  options,
  scope,
  now = new Date(),
}: {
  payload: Payload
  options: ResolvedOptions
  scope: DashboardScope
  now?: Date
}): Promise<DepartmentStats[]> => {
  const table = sql.identifier(options.requestsCollection.replace(/-/g, '_'))
  const since = new Date(now.getTime() - dashboardDays * 24 * 60 * 60 * 1000).toISOString()
  const at = now.toISOString()
  const open = sql.join(
    openStatuses.map((s) => sql`${s}`),
    sql`, `,
  )
  const inScope = scope.kind === 'department' ? sql` AND department_id = ${scope.id}` : sql``
  const { rows } = await (payload.db as unknown as Db).drizzle.execute(sql`
    SELECT department_id, GROUPING(department_id) = 1 AS is_total,
      count(*) FILTER (WHERE status IN (${open}))::int AS open,
      count(*) FILTER (WHERE status IN (${open}) AND due_at < ${at})::int AS overdue,
      count(*) FILTER (WHERE resolved_at >= ${since})::int AS resolved,
      count(*) FILTER (WHERE resolved_at >= ${since} AND resolved_at <= due_at)::int AS on_time,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - created_at)) FILTER (WHERE resolved_at >= ${since}) AS median_seconds
    FROM ${table}
    WHERE (status IN (${open}) OR resolved_at >= ${since})${inScope}
    GROUP BY GROUPING SETS ((department_id), ())
  `)
  return rows.map((row) => ({
    departmentId: row.department_id == null ? null : Number(row.department_id),
    isTotal: row.is_total === true,
    open: count(row.open),
    overdue: count(row.overdue),
    resolved: count(row.resolved),
    onTime: count(row.on_time),
    medianHours: row.median_seconds == null ? null : Number(row.median_seconds) / 3600,
  }))
}

/** The admin list of requests filtered as a dashboard figure counts them. */
export const listHref = ({
  adminRoute,
  options,
  departmentId,
  filter,
  now = new Date(),
}: {
  adminRoute: string
  options: ResolvedOptions
  /** undefined: every department in reach; null: requests without a department. */
  departmentId?: number | null
  filter: 'open' | 'overdue' | 'resolved'
  now?: Date
}) => {
  const and: Where[] = []
  if (departmentId === null) and.push({ department: { exists: false } })
  else if (departmentId !== undefined) and.push({ department: { equals: departmentId } })
  if (filter === 'open' || filter === 'overdue') and.push({ status: { in: openStatuses } })
  if (filter === 'overdue') and.push({ dueAt: { less_than: now.toISOString() } })
  if (filter === 'resolved')
    and.push({
      resolvedAt: {
        greater_than_equal: new Date(
          now.getTime() - dashboardDays * 24 * 60 * 60 * 1000,
        ).toISOString(),
      },
    })
  const sort = filter === 'resolved' ? '-resolvedAt' : 'dueAt'
  return `${adminRoute.replace(/\/$/, '')}/collections/${options.requestsCollection}?${stringify({ where: { and }, sort }, { addQueryPrefix: false })}`
}
