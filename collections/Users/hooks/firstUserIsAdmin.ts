import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The very first account (created from /admin/create-first-user on an empty database) must be an
 * administrator, otherwise nobody could ever grant roles.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
