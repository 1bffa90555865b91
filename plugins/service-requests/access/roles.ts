import type { PayloadRequest } from 'payload'

type AnyUser = PayloadRequest['user']

const idOf = (value: unknown): number | string | null =>
  value && typeof value === 'object' ? ((value as { id?: number | string }).id ?? null) : ((value as number | string | null) ?? null)

/** A staff member (the admin's auth collection), whatever their role. */
export const isStaffMember = (user: AnyUser, staffCollection: string): boolean => Boolean(user && user.collection === staffCollection)

export const rolesOf = (user: AnyUser): string[] => ((user as { roles?: string[] | null } | null)?.roles ?? []) as string[]

export const isStaffAdmin = (user: AnyUser, staffCollection: string) => isStaffMember(user, staffCollection) && rolesOf(user).includes('admin')

/** The department an agent works for, or null. */
export const departmentOf = (user: AnyUser): number | string | null => idOf((user as { department?: unknown } | null)?.department)

export const isCitizen = (user: AnyUser, citizensCollection: string) => Boolean(user && user.collection === citizensCollection)
