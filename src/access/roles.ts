import type { PayloadRequest } from 'payload'

export const staffRoles = ['admin', 'editor', 'agent'] as const
export type StaffRole = (typeof staffRoles)[number]

type StaffUser = { collection: 'users'; roles?: StaffRole[] | null }

/** True when the request comes from a signed-in staff member (not a citizen account). */
export const isStaffUser = (
  user: PayloadRequest['user'],
): user is NonNullable<PayloadRequest['user']> & StaffUser =>
  Boolean(user && user.collection === 'users')

export const hasRole = (user: PayloadRequest['user'], ...roles: StaffRole[]): boolean =>
  isStaffUser(user) && Boolean(user.roles?.some((role) => roles.includes(role as StaffRole)))
