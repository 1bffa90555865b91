import type { PayloadRequest } from 'payload'

import type { ResolvedActivitiesOptions } from '../types'

type AnyUser = PayloadRequest['user']

/** A member of staff (the admin's auth collection) holding one of the leisure department's roles. */
export const isLeisureStaff = (user: AnyUser, options: ResolvedActivitiesOptions) =>
  Boolean(
    user &&
    user.collection === options.staffCollection &&
    ((user as { roles?: string[] | null }).roles ?? []).some((role) =>
      options.leisureRoles.includes(role),
    ),
  )

/** A signed-in resident (the residents' auth collection). */
export const isCitizen = (user: AnyUser, options: ResolvedActivitiesOptions) =>
  Boolean(user && user.collection === options.citizensCollection)
