import { relationId } from '../../kit/ids'

export type RoutableType = {
  department?: unknown
  sectorRouting?: { sector?: unknown; department?: unknown; assignee?: unknown }[] | null
}

/**
 * Where a new request goes: the type's row for the request's sector when it has one (department
 * and/or agent), otherwise the type's department, unassigned.
 */
export const routeRequest = (
  type: RoutableType,
  sectorId: number | null,
): { department: number | null; assignee: number | null } => {
  const row =
    sectorId === null
      ? undefined
      : (type.sectorRouting ?? []).find((r) => relationId(r.sector) === sectorId)
  return {
    department: relationId(row?.department) ?? relationId(type.department),
    assignee: relationId(row?.assignee),
  }
}
