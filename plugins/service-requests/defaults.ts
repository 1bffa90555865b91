import path from 'node:path'

import type { ResolvedOptions, ServiceRequestsOptions } from './types'

export const defaults = {
  enabled: true,
  typesCollection: 'request-types',
  requestsCollection: 'service-requests',
  draftsCollection: 'request-drafts',
  staffCollection: 'users',
  citizensCollection: 'citizens',
  departmentsCollection: 'departments',
  sectorsCollection: 'sectors',
  addressesCollection: 'addresses',
  endpointPath: '/service-requests-form',
  reopenDays: 14,
  draftRetentionDays: 7,
  photosCollection: 'request-photos',
  open311ClientsCollection: 'open311-clients',
  photosDir: path.resolve(process.env.REQUEST_PHOTOS_DIR || '.data/request-photos'),
  maxPhotos: 5,
  cityName: 'Ville',
  notifyByEmail: true,
  meTooIpLimit: 30,
  getClientIp: (headers: Headers) => headers.get('x-real-ip') ?? 'unknown',
} satisfies ResolvedOptions

export const resolveOptions = (options: ServiceRequestsOptions = {}): ResolvedOptions => ({
  ...defaults,
  ...options,
})
