import type { Access, CollectionConfig, Where } from 'payload'

import { departmentOf, isCitizen, isStaffAdmin, isStaffMember, rolesOf } from '../../access/roles'
import { staffOnlyField } from '../../access/requestAccess'
import { processUploadedPhoto } from './hooks/processUploadedPhoto'
import { hashFollowToken, isFollowTokenShape } from '../../follow/followToken'
import { readQuery } from '../../requests/queryKeys'
import type { ResolvedOptions } from '../../types'

/**
 * Residents' photos, apart from the public media library: read by administrators, by agents of the
 * request's department, by the citizen who sent them, and by everyone only once staff mark one
 * public. Payload's file route (/api/request-photos/file/…) applies the same filter.
 */
export const requestPhotosCollection = (options: ResolvedOptions): CollectionConfig => {
  const read: Access = ({ req }) => {
    const { user } = req
    if (isStaffAdmin(user, options.staffCollection)) return true
    const isPublic: Where = { isPublic: { equals: true } }
    if (isStaffMember(user, options.staffCollection)) {
      const department = departmentOf(user)
      if (!rolesOf(user).includes('agent') || department === null) return isPublic
      return { or: [isPublic, { 'request.department': { equals: department } }] }
    }
    // The follow-up page's secret link (`?token=` on the photo's address, `?cle=` on an older one)
    // opens its request's photos.
    const token = req.searchParams ? readQuery(req.searchParams, 'token') : undefined
    const byToken: Where[] = isFollowTokenShape(token)
      ? [{ 'request.followTokenHash': { equals: hashFollowToken(token) } }]
      : []
    if (isCitizen(user, options.citizensCollection)) {
      return {
        or: [
          isPublic,
          { owner: { equals: user!.id } },
          { 'request.submitter': { equals: user!.id } },
          ...byToken,
        ],
      }
    }
    return byToken.length ? { or: [isPublic, ...byToken] } : isPublic
  }
  const update: Access = ({ req: { user } }) => {
    if (isStaffAdmin(user, options.staffCollection)) return true
    const department = departmentOf(user)
    if (
      !isStaffMember(user, options.staffCollection) ||
      !rolesOf(user).includes('agent') ||
      department === null
    )
      return false
    return { 'request.department': { equals: department } }
  }
  const isAdmin: Access = ({ req: { user } }) => isStaffAdmin(user, options.staffCollection)
  const staffOnly = staffOnlyField(options)
  return {
    slug: options.photosCollection,
    labels: {
      singular: { fr: 'Photo de requête', en: 'Request photo' },
      plural: { fr: 'Photos de requêtes', en: 'Request photos' },
    },
    admin: {
      group: { fr: 'Requêtes', en: 'Requests' },
      defaultColumns: ['filename', 'request', 'isPublic'],
    },
    access: { read, update, create: isAdmin, delete: isAdmin },
    upload: {
      staticDir: options.photosDir,
      // Stored files are always the re-encoded JPEG (hooks/processUploadedPhoto).
      mimeTypes: ['image/jpeg'],
      imageSizes: [
        {
          name: 'thumbnail',
          width: 320,
          formatOptions: { format: 'jpeg', options: { quality: 75 } },
        },
      ],
      adminThumbnail: 'thumbnail',
    },
    hooks: options.enabled ? { beforeOperation: [processUploadedPhoto] } : {},
    fields: [
      {
        name: 'request',
        type: 'relationship',
        relationTo: options.requestsCollection as 'service-requests',
        index: true,
        label: { fr: 'Requête', en: 'Request' },
      },
      {
        name: 'isPublic',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        label: { fr: 'Publique', en: 'Public' },
        admin: {
          description: {
            fr: 'Visible par tous (carte publique, Open311).',
            en: 'Visible to everyone (public map, Open311).',
          },
        },
      },
      {
        name: 'owner',
        type: 'relationship',
        relationTo: options.citizensCollection as 'citizens',
        index: true,
        access: { read: staffOnly, create: () => false, update: () => false },
        admin: { readOnly: true },
      },
      // The form's draft the photo was added to, before the request exists.
      { name: 'draftKey', type: 'text', hidden: true, index: true },
    ],
  }
}
