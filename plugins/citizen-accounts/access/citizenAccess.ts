import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { isStaffRequest } from './isStaff'

type StaffRule = { staffCollection: string; residentDataRoles: string[] }

const rolesOf = (user: PayloadRequest['user']): string[] =>
  ((user as { roles?: string[] | null } | null)?.roles ?? []) as string[]

/**
 * True for a member of staff whose job is to handle residents' records (administrators by
 * default): they read residents' accounts, the audit and the alert lists, and take the account
 * actions (reset email, sign out everywhere, disable). Other staff never see the resident list.
 */
export const isResidentDataStaff = (
  req: PayloadRequest,
  { staffCollection, residentDataRoles }: StaffRule,
): boolean =>
  isStaffRequest(req, staffCollection) &&
  rolesOf(req.user).some((role) => residentDataRoles.includes(role))

/** Staff who handle residents' data see every citizen; a citizen only their own record (a filter). */
export const isResidentStaffOrSelf =
  ({ slug, ...rule }: StaffRule & { slug: string }): Access =>
  ({ req }) => {
    if (isResidentDataStaff(req, rule)) return true
    if (req.user && req.user.collection === slug) return { id: { equals: req.user.id } }
    return false
  }

/** A citizen, on their own record only (a filter). Staff never write a resident's record through the API. */
export const isSelf =
  (slug: string): Access =>
  ({ req }) =>
    req.user && req.user.collection === slug ? { id: { equals: req.user.id } } : false

export const isResidentDataStaffOnly =
  (rule: StaffRule): Access =>
  ({ req }) =>
    isResidentDataStaff(req, rule)

/** Fields only the plugin's own system code (overrideAccess) writes. */
export const systemOnlyField: FieldAccess = () => false

/** Fields staff who handle residents' data may read, and the citizen on their own record. */
export const residentStaffOrSelfField =
  ({ slug, ...rule }: StaffRule & { slug: string }): FieldAccess =>
  ({ req, doc }) =>
    isResidentDataStaff(req, rule) ||
    Boolean(req.user && req.user.collection === slug && doc && doc.id === req.user.id)
