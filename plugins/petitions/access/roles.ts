import type { PayloadRequest } from 'payload'

import type { ResolvedPetitionsOptions } from '../types'

type AnyUser = PayloadRequest['user']

/** A member of staff (the admin's auth collection) holding one of the greffe's roles. */
export const isGreffe = (user: AnyUser, options: ResolvedPetitionsOptions) =>
  Boolean(
    user &&
    user.collection === options.staffCollection &&
    ((user as { roles?: string[] | null }).roles ?? []).some((role) =>
      options.greffeRoles.includes(role),
    ),
  )

/** A signed-in resident (the residents' auth collection). */
export const isCitizen = (user: AnyUser, options: ResolvedPetitionsOptions) =>
  Boolean(user && user.collection === options.citizensCollection)
