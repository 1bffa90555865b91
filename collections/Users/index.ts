import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf, isAdminOrSelfField } from '@/access/isAdminOrSelf'
import { isAdminSelfOrColleague } from '@/access/isAdminSelfOrColleague'
import { isStaffUser, staffRoles } from '@/access/roles'

import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

/** City staff who sign in to the admin: communications team, department agents, administrators. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { fr: 'Membre du personnel', en: 'Staff member' },
    plural: { fr: 'Personnel', en: 'Staff' },
  },
  auth: {
    // No account lock (anyone who knows an agent's email could set it): the citizen-accounts
    // plugin counts failed sign-ins per address and per account from an address (staffSignInLimits).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure:
        process.env.NODE_ENV === 'production' && process.env.SERVER_URL?.startsWith('https://'),
    },
  },
  admin: {
    // Colleagues see each other's names (to assign a request), not their sign-in emails.
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'department'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  access: {
    admin: ({ req: { user } }) => isStaffUser(user),
    read: isAdminSelfOrColleague,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
    // Session ids and expiries are the person's own, even for administrators (system reads, such
    // as Payload's own session check, have no user and keep them).
    afterRead: [
      ({ doc, req: { user } }) =>
        !user || (isStaffUser(user) && user.id === doc.id) ? doc : { ...doc, sessions: undefined },
    ],
  },
  fields: [
    {
      // Payload's own sign-in email, with one more rule: only administrators and the person read it.
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      label: { fr: 'Courriel', en: 'Email' },
      access: { read: isAdminOrSelfField },
    },
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: { fr: 'Rôles', en: 'Roles' },
      options: staffRoles.map((role) => ({
        value: role,
        label: {
          admin: { fr: 'Administrateur', en: 'Administrator' },
          editor: { fr: 'Communications (édition)', en: 'Communications (editor)' },
          agent: { fr: 'Agent de service', en: 'Department agent' },
        }[role],
      })),
      // Only an administrator may grant or remove a role: nobody promotes themselves.
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      saveToJWT: true,
      label: { fr: 'Service municipal', en: 'Department' },
      access: { create: isAdminField, update: isAdminField },
      admin: { description: { fr: 'Obligatoire pour les agents.', en: 'Required for agents.' } },
      validate: (value: unknown, { siblingData }: { siblingData: { roles?: string[] } }) => {
        if (siblingData?.roles?.includes('agent') && !value) {
          return 'Un agent doit être rattaché à un service municipal. / An agent must belong to a department.'
        }
        return true
      },
    },
  ],
}
