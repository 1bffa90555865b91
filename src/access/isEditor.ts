import type { Access } from 'payload'

import { hasRole } from './roles'

/** The communications team (and admins): may create and change public content. */
export const isEditor: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')
