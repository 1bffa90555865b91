import type { PayloadRequest } from 'payload'

import type { ResolvedSurveysOptions } from '../types'

type AnyUser = PayloadRequest['user']

/** A member of staff (the admin's auth collection) holding one of these roles (`user.roles`). */
const hasRole = (user: AnyUser, staffCollection: string, roles: string[]) =>
  Boolean(
    user &&
    user.collection === staffCollection &&
    ((user as { roles?: string[] | null }).roles ?? []).some((role) => roles.includes(role)),
  )

/** The communications team and administrators (`managerRoles`): they make surveys and read answers. */
export const isSurveyManager = (user: AnyUser, options: ResolvedSurveysOptions) =>
  hasRole(user, options.staffCollection, options.managerRoles)

/** Administrators (`adminRoles`): they alone delete answers, and read the audit of deletions. */
export const isSurveyAdmin = (user: AnyUser, options: ResolvedSurveysOptions) =>
  hasRole(user, options.staffCollection, options.adminRoles)
