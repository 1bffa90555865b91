export type RequestLocale = 'fr' | 'en'

export type ServiceRequestsOptions = {
  /**
   * A disabled plugin still registers its collections (migrations stay stable) but adds no
   * endpoints or hooks.
   * @default true
   */
  enabled?: boolean
  /** Slug of the request types collection. @default 'request-types' */
  typesCollection?: string
  /** Slug of the requests collection. @default 'service-requests' */
  requestsCollection?: string
  /** Slug of the server-side drafts of the multi-step form. @default 'request-drafts' */
  draftsCollection?: string
  /** Slug of the staff auth collection. @default 'users' */
  staffCollection?: string
  /** Slug of the citizens auth collection. @default 'citizens' */
  citizensCollection?: string
  /** Slug of the departments collection (`name`, localized or not). @default 'departments' */
  departmentsCollection?: string
  /** Slug of the sectors collection (GeoJSON `boundary`). @default 'sectors' */
  sectorsCollection?: string
  /** Slug of the civic address registry (`label`, `street`, `lat`, `lng`, `sector`). @default 'addresses' */
  addressesCollection?: string
  /** URL prefix of the form endpoints under /api. @default '/service-requests-form' */
  endpointPath?: string
  /** Abandoned form drafts (and their photos) are deleted after this many days without a change. @default 7 */
  draftRetentionDays?: number
  /** Days after resolution during which the resident may reopen. @default 14 */
  reopenDays?: number
  /** Slug of the Open311 clients (API keys, rate limits). @default 'open311-clients' */
  open311ClientsCollection?: string
  /** Slug of the residents' photos upload collection. @default 'request-photos' */
  photosCollection?: string
  /** Folder where residents' photos are stored (never the public media folder). @default '.data/request-photos' or REQUEST_PHOTOS_DIR */
  photosDir?: string
  /** Photos per request. @default 5 */
  maxPhotos?: number
  /** Name signing the emails. @default 'Ville' */
  cityName?: string
  /** Email the submitter on each public status change. @default true */
  notifyByEmail?: boolean
  /** Anonymous "me too" follows one IP address may add per hour (all requests together). @default 30 */
  meTooIpLimit?: number
  /**
   * The client's IP address, for logs. @default (headers) => headers.get('x-real-ip') ?? 'unknown'
   */
  getClientIp?: (headers: Headers) => string
}

export type ResolvedOptions = Required<ServiceRequestsOptions>
