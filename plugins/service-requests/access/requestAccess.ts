import type { Access, FieldAccess, Where } from 'payload'

import type { ResolvedOptions } from '../types'
import { departmentOf, isCitizen, isStaffAdmin, isStaffMember, rolesOf } from './roles'

/**
 * Who reads a request, as a filter (so REST, GraphQL, `where`, `sort` and `depth` all go through it):
 * administrators everything; an agent their department's requests only; a citizen their own;
 * anyone else nothing (the public pages read through the plugin's own functions, which select
 * only public fields).
 */
export const canReadRequests =
  (options: ResolvedOptions): Access =>
  ({ req: { user } }): boolean | Where => {
    if (isStaffAdmin(user, options.staffCollection)) return true
    if (isStaffMember(user, options.staffCollection)) {
      const department = departmentOf(user)
      if (!rolesOf(user).includes('agent') || department === null) return false
      return { department: { equals: department } } satisfies Where
    }
    if (isCitizen(user, options.citizensCollection))
      return { submitter: { equals: user!.id } } satisfies Where
    return false
  }

/** Staff change requests of their own department (administrators all); nobody else through the API. */
export const canUpdateRequests =
  (options: ResolvedOptions): Access =>
  ({ req: { user } }) => {
    if (isStaffAdmin(user, options.staffCollection)) return true
    if (!isStaffMember(user, options.staffCollection)) return false
    const department = departmentOf(user)
    if (!rolesOf(user).includes('agent') || department === null) return false
    return { department: { equals: department } }
  }

/** Only administrators create or delete through the API; residents submit through the form endpoints. */
export const isAdminOnly =
  (options: ResolvedOptions): Access =>
  ({ req: { user } }) =>
    isStaffAdmin(user, options.staffCollection)

/**
 * Fields only the staff who work requests may read (who submitted, their contact, internal
 * history): administrators and agents — an agent only ever reads their department's requests.
 * The communications team reads none of it, not even on a public photo.
 */
export const staffOnlyField =
  (options: ResolvedOptions): FieldAccess =>
  ({ req: { user } }) =>
    isStaffAdmin(user, options.staffCollection) ||
    (isStaffMember(user, options.staffCollection) && rolesOf(user).includes('agent'))

export const noOne: FieldAccess = () => false
