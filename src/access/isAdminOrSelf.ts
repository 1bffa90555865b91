import type { Access } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** Admins reach every staff account; everybody else only their own (a filter, not a load-and-check). */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (isStaffUser(user)) return { id: { equals: user.id } }
  return false
}
