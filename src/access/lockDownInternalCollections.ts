import type { Access, Payload } from 'payload'

import { hasRole, isStaffUser } from './roles'

const staffOnly: Access = ({ req: { user } }) => isStaffUser(user)
const adminOnly: Access = ({ req: { user } }) => hasRole(user, 'admin')
const noOne: Access = () => false

/**
 * Payload adds its own collections (document locks, admin preferences, migrations, key-value
 * store, the jobs' statistics global) after the plugins have run, with access "any signed-in user": a resident's account is a
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
      access[operation] = original
        ? async (args) => ((await rule(args)) ? original(args) : false)
        : rule
    }
  }
  const all = (rule: Access) => ({ read: rule, create: rule, update: rule, delete: rule })
  restrict('payload-locked-documents', all(staffOnly))
  restrict('payload-preferences', all(staffOnly))
  // Preferences also have endpoints of their own (/api/payload-preferences/:key) that only ask for
  // a signed-in user; a resident's query there even ended in a database error.
  const preferences = payload.collections['payload-preferences']
  if (preferences) {
    preferences.config.endpoints = (preferences.config.endpoints || []).map((endpoint) => ({
      ...endpoint,
      handler: (req) =>
        isStaffUser(req.user)
          ? endpoint.handler(req)
          : Response.json(
              { errors: [{ message: 'Réservé au personnel. / Staff only.' }] },
              { status: req.user ? 403 : 401 },
            ),
    }))
  }
  restrict('payload-migrations', { read: adminOnly, create: noOne, update: noOne, delete: noOne })
  restrict('payload-kv', all(noOne))
  restrict('payload-jobs', all(noOne))
  // The jobs queue's statistics global, the same way: administrators read it, only jobs write it.
  const stats = payload.globals.config.find((g) => g.slug === 'payload-jobs-stats')
  if (stats)
    Object.assign(stats.access, {
      read: adminOnly,
      update: noOne,
      readVersions: noOne,
      readDrafts: noOne,
    })
}
