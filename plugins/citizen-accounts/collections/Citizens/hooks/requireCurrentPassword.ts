import type { CollectionBeforeOperationHook } from 'payload'

import { isStaffRequest } from '../../../access/isStaff'

/**
 * A citizen changes their password only through the security page, which checks the current one:
 * a password in any other update by a citizen (a REST PATCH with a stolen session) is dropped.
 * Runs before the operation, because Payload reads the password before collection hooks.
 */
export const requireCurrentPassword =
  (staffCollection: string): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'update' && operation !== 'updateByID') return args
    // Only a signed-in citizen is held to this: staff manage accounts, system code runs without a user.
    if (!req.user || isStaffRequest(req, staffCollection) || req.context?.isPasswordChecked)
      return args
    const data = (args as { data?: Record<string, unknown> }).data
    if (data && 'password' in data) {
      const { password: _dropped, ...rest } = data
      return { ...args, data: rest }
    }
    return args
  }
