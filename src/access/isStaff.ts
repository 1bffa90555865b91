import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Any signed-in member of city staff: admin, editor or agent. */
export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)
