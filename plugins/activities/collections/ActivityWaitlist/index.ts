import type { CollectionConfig, Field } from 'payload'

import { isLeisureStaff } from '../../access/roles'
import { sessionsSlug, waitlistSlug } from '../../defaults'
import type { ResolvedActivitiesOptions } from '../../types'

const readOnly = { readOnly: true }

/**
 * A session's waitlist, one row per member, in the order they joined (the row id). The state
 * moves only through lib/waitlist.ts's transitions, applied under the session's places counter
 * lock (lib/release.ts, lib/waitlistDb.ts): an offer keeps its place counted as taken until it is
 * accepted (a hold), declined or expires (the place goes to the next one).
 */
export const waitlistCollection = (
  options: ResolvedActivitiesOptions,
  existingSlugs: string[],
): CollectionConfig => {
  const hasCitizens = existingSlugs.includes(options.citizensCollection)
  const citizen: Field = hasCitizens
    ? {
        name: 'citizen',
        type: 'relationship',
        relationTo: options.citizensCollection as 'users',
        // Not required: "Delete my account" unlinks the rows (lib/personalData.ts).
        index: true,
        label: { fr: 'Compte', en: 'Account' },
        admin: readOnly,
      }
    : { name: 'citizen', type: 'number', index: true, admin: readOnly }
  return {
    slug: waitlistSlug,
    labels: {
      singular: { fr: 'Place en liste d’attente', en: 'Waitlist entry' },
      plural: { fr: 'Listes d’attente', en: 'Waitlists' },
    },
    admin: {
      useAsTitle: 'memberName',
      group: { fr: 'Loisirs', en: 'Leisure' },
      defaultColumns: ['memberName', 'session', 'status', 'joinedAt', 'offerExpiresAt'],
      hidden: ({ user }) => !isLeisureStaff(user as never, options),
    },
    access: {
      read: ({ req: { user } }) => isLeisureStaff(user, options),
      create: () => false,
      update: () => false,
      delete: () => false,
    },
    fields: [
      {
        name: 'session',
        type: 'relationship',
        relationTo: sessionsSlug as 'users',
        required: true,
        index: true,
        label: { fr: 'Session', en: 'Session' },
        admin: readOnly,
      },
      citizen,
      { name: 'memberKey', type: 'text', required: true, admin: readOnly },
      {
        name: 'memberName',
        type: 'text',
        required: true,
        label: { fr: 'Participant', en: 'Participant' },
        admin: readOnly,
      },
      { name: 'birthDate', type: 'text', admin: readOnly },
      {
        name: 'status',
        type: 'select',
        required: true,
        index: true,
        defaultValue: 'waiting',
        options: ['waiting', 'offered', 'accepted', 'declined', 'expired', 'withdrawn'].map(
          (value) => ({ value, label: value }),
        ),
        label: { fr: 'État', en: 'Status' },
        admin: readOnly,
      },
      {
        name: 'joinedAt',
        type: 'date',
        required: true,
        label: { fr: 'Inscrit le', en: 'Joined' },
        admin: readOnly,
      },
      { name: 'offeredAt', type: 'date', admin: readOnly },
      {
        name: 'offerExpiresAt',
        type: 'date',
        label: { fr: 'Offre jusqu’à', en: 'Offer until' },
        admin: readOnly,
      },
      { name: 'closedAt', type: 'date', admin: readOnly },
      { name: 'offerNotifiedAt', type: 'date', admin: readOnly },
    ],
  }
}
