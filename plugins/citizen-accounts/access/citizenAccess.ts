import type { Access, FieldAccess } from 'payload'

import { isStaffRequest } from './isStaff'

/** Staff see every citizen; a citizen only their own record (a filter, so `where`, sort and depth can't reach others). */
export const isStaffOrSelf =
  ({ slug, staffCollection }: { slug: string; staffCollection: string }): Access =>
  ({ req }) => {
    if (isStaffRequest(req, staffCollection)) return true
    if (req.user && req.user.collection === slug) return { id: { equals: req.user.id } }
    return false
  }

export const isStaffOnly =
  (staffCollection: string): Access =>
  ({ req }) =>
    isStaffRequest(req, staffCollection)

/** Fields only staff (or the plugin's own system code, with overrideAccess) may write. */
export const staffOnlyField =
  (staffCollection: string): FieldAccess =>
  ({ req }) =>
    isStaffRequest(req, staffCollection)
