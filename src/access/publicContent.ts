import type { CollectionConfig } from 'payload'

import { isEditor } from './isEditor'
import { isEditorOrPublished } from './isEditorOrPublished'

/** Public content: the communications team writes it, everybody reads what is published. */
export const publicContentAccess: CollectionConfig['access'] = {
  read: isEditorOrPublished,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
  readVersions: isEditor,
}
