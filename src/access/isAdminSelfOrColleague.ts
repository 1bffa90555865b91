import type { Access, Where } from 'payload'

import { hasRole, isStaffUser } from './roles'

/**
 * Who reads staff accounts: admins all; an agent their own and their department's colleagues (so
 * they can assign a request to one, service-requests' bulk edit included); anyone else on staff
 * only their own. A filter, not a load-and-check.
 */
export const isAdminSelfOrColleague: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!isStaffUser(user)) return false
  const department = (user as { department?: number | { id: number } | null }).department
  const departmentId = department && typeof department === 'object' ? department.id : department
  const self: Where = { id: { equals: user.id } }
  if (hasRole(user, 'agent') && departmentId)
    return { or: [self, { department: { equals: departmentId } }] }
  return self
}
