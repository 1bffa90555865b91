import type { PayloadRequest } from 'payload'

import { relationId } from '../../kit/ids'

type AnyUser = PayloadRequest['user']

/** A staff member (the admin's auth collection), whatever their role. */
export const isStaffMember = (user: AnyUser, staffCollection: string): boolean =>
  Boolean(user && user.collection === staffCollection)

export const rolesOf = (user: AnyUser): string[] =>
  ((user as { roles?: string[] | null } | null)?.roles ?? []) as string[]

export const isStaffAdmin = (user: AnyUser, staffCollection: string) =>
  isStaffMember(user, staffCollection) && rolesOf(user).includes('admin')

/** The department an agent works for, or null. */
export const departmentOf = (user: AnyUser): number | string | null =>
  relationId((user as { department?: unknown } | null)?.department)

export const isCitizen = (user: AnyUser, citizensCollection: string) =>
  Boolean(user && user.collection === citizensCollection)
