import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Editors see drafts; everybody else only what is published. Returns a filter rather than loading
 * and checking each document.
 */
export const isEditorOrPublished: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}
