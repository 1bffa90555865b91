import type { Access, FieldAccess } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** Admins reach every staff account; everybody else only their own (a filter, not a load-and-check). */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (isStaffUser(user)) return { id: { equals: user.id } }
  return false
}

/** A field of a staff account that only administrators and its owner read (only administrators query by it). */
export const isAdminOrSelfField: FieldAccess = ({ req: { user }, doc }) =>
  hasRole(user, 'admin') || Boolean(isStaffUser(user) && doc && doc.id === user.id)
