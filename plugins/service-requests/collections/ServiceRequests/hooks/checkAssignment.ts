import { APIError, type PayloadRequest } from 'payload'

import { departmentOf, isStaffAdmin, isStaffMember, rolesOf } from '../../../access/roles'
import { relationId } from '../../../../kit/ids'
import type { ResolvedOptions } from '../../../types'

type Named = { name?: string | null; email?: string | null } | null

const nameOf = async (req: PayloadRequest, collection: string, id: number | string | null) => {
  if (id === null) return '—'
  const doc = (await req.payload.findByID({
    collection: collection as 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Named
  return doc?.name || doc?.email || `#${id}`
}

/**
 * A change of department or agent, checked and described for the history, or null when neither
 * changed. Runs per document, so a bulk edit ("Modifier la sélection") is held to it request by
 * request: an agent keeps requests in their own department, and whoever assigns (agent or
 * administrator) picks an agent of the request's department. Moving a request to another
 * department without naming an agent leaves it unassigned there.
 */
export const checkAssignment = async ({
  data,
  before,
  req,
  options,
}: {
  data: Record<string, unknown>
  before: Record<string, unknown>
  req: PayloadRequest
  options: ResolvedOptions
}): Promise<{
  department: number | string | null
  assignee: number | string | null
  note: string
} | null> => {
  const fromDepartment = relationId(before.department)
  const fromAssignee = relationId(before.assignee)
  const department = 'department' in data ? relationId(data.department) : fromDepartment
  const isDepartmentChanged = department !== fromDepartment
  const named = 'assignee' in data ? relationId(data.assignee) : fromAssignee
  // A new department without a new agent: the previous agent works elsewhere.
  const assignee = isDepartmentChanged && named === fromAssignee ? null : named
  if (!isDepartmentChanged && assignee === fromAssignee) return null

  const user = req.user
  const isAgentActing =
    isStaffMember(user, options.staffCollection) && !isStaffAdmin(user, options.staffCollection)
  if (isAgentActing && isDepartmentChanged && department !== departmentOf(user)) {
    throw new APIError(
      'Un agent ne peut pas transférer une requête à un autre service ; demandez à un administrateur. / An agent cannot move a request to another department; ask an administrator.',
      403,
      undefined,
      true,
    )
  }
  if (assignee !== null) {
    const agent = (await req.payload.findByID({
      collection: options.staffCollection as 'users',
      id: assignee,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as { roles?: string[] | null; department?: unknown } | null
    if (
      !agent ||
      !rolesOf(agent as never).includes('agent') ||
      department === null ||
      relationId(agent.department) !== department
    ) {
      throw new APIError(
        'L’agent choisi ne fait pas partie du service de la requête. / The chosen agent does not belong to the request’s department.',
        400,
        undefined,
        true,
      )
    }
  }
  const parts: string[] = []
  if (isDepartmentChanged) {
    parts.push(
      `Service / Department: ${await nameOf(req, options.departmentsCollection, fromDepartment)} → ${await nameOf(req, options.departmentsCollection, department)}`,
    )
  }
  if (assignee !== fromAssignee) {
    parts.push(
      `Agent: ${await nameOf(req, options.staffCollection, fromAssignee)} → ${await nameOf(req, options.staffCollection, assignee)}`,
    )
  }
  return { department, assignee, note: parts.join(' · ') }
}
