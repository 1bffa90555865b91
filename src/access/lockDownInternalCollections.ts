import type { Access, Payload } from 'payload'

import { hasRole, isStaffUser } from './roles'

const staffOnly: Access = ({ req: { user } }) => isStaffUser(user)
const adminOnly: Access = ({ req: { user } }) => hasRole(user, 'admin')
const noOne: Access = () => false

/**
 * Payload adds its own collections (document locks, admin preferences, migrations, key-value
 * store) after the plugins have run, with access "any signed-in user": a resident's account is a
 * signed-in user too, and could read which staff member edits what, fill the preferences table or
 * lock staff out of a document. They are the admin's machinery: staff only, migrations for
 * administrators, the key-value store for system code alone. Set at init, before any request.
 */
export const lockDownInternalCollections = (payload: Payload) => {
  const restrict = (slug: string, rules: Record<string, Access>) => {
    const collection = payload.collections[slug as 'payload-locked-documents']
    if (!collection) return
    const access = collection.config.access as Record<string, Access>
    for (const [operation, rule] of Object.entries(rules)) {
      const original = access[operation]
      // Keep Payload's own rule (preferences: one's own) and require staff on top of it.
      access[operation] = original ? async (args) => ((await rule(args)) ? original(args) : false) : rule
    }
  }
  const all = (rule: Access) => ({ read: rule, create: rule, update: rule, delete: rule })
  restrict('payload-locked-documents', all(staffOnly))
  restrict('payload-preferences', all(staffOnly))
  restrict('payload-migrations', { read: adminOnly, create: noOne, update: noOne, delete: noOne })
  restrict('payload-kv', all(noOne))
  restrict('payload-jobs', all(noOne))
}
