import type { CollectionBeforeChangeHook } from 'payload'

import { isStaffRequest } from '../../../access/isStaff'

/** Fields a citizen may never set on their own record, whatever the request body says. */
export const systemFields = [
  '_verified',
  '_verificationToken',
  'sector',
  'consents',
  'loginAttempts',
  'lockUntil',
  'email',
] as const

/**
 * Refuses mass assignment: when a citizen (or anybody but staff and the plugin's own code, which
 * passes context.isCitizenSystem) writes a citizen record, system fields keep their stored value.
 * Payload's own `_verified` field is writable by any signed-in user, hence this hook.
 */
export const protectSystemFields =
  (staffCollection: string): CollectionBeforeChangeHook =>
  ({ data, originalDoc, operation, req, context }) => {
    if (context?.isCitizenSystem || isStaffRequest(req, staffCollection)) return data
    const next = { ...data }
    if (operation === 'create') {
      next._verified = false
      delete next.consents
      delete next.sector
      return next
    }
    for (const field of systemFields) {
      if (originalDoc && field in originalDoc) next[field] = originalDoc[field]
      else delete next[field]
    }
    return next
  }
