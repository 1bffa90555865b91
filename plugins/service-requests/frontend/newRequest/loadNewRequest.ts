import type { Payload } from 'payload'
import { parseCookies } from 'payload/shared'

import { sectorForPoint } from '@engines/place'

import { relationId } from '../../../kit/ids'
import { listDraftPhotos } from '../../form/draftPhotos'
import { type Draft, readDraft } from '../../form/drafts'
import { browserCookieName, browserIdFrom, followedAmong } from '../../follow/followers'
import { type CityMap, loadCityMap, type Point } from '../../places/map'
import { nearestAddress } from '../../places/places'
import { nearbyOpenRequests } from '../../public/publicList'
import { type FormStep, isFormStep, stepsFor } from '../../requests/routes'
import { signedInCitizen } from '../../residents/citizen'
import { createCsrfToken, csrfBinding } from '../../residents/csrf'
import type { RequestLocale, ResolvedOptions } from '../../types'
import { requestOptions } from '../options'
import type { NewRequestQuery } from './query'
import type { NearbyRequest } from './steps/ReviewStep'
import type { AddressChoice, RequestTypeChoice } from './types'

/** The active types, read by the page; `listActiveTypes` is exported for the app to cache. */
export const listActiveTypes = async (
  payload: Payload,
  options: ResolvedOptions,
  locale: RequestLocale,
) => {
  const { docs } = await payload.find({
    collection: options.typesCollection as 'request-types',
    where: { active: { equals: true } },
    locale,
    limit: 200,
    depth: 0,
    sort: 'name',
    overrideAccess: false,
  })
  return docs as unknown as RequestTypeChoice[]
}

export type NewRequestSources = {
  payload: Payload
  headers: Headers
  locale: RequestLocale
  query: NewRequestQuery
  findAddresses: (query: string) => Promise<AddressChoice[]>
  listTypes?: (locale: RequestLocale) => Promise<RequestTypeChoice[]>
  loadMap?: (locale: RequestLocale) => Promise<CityMap>
}

/** What a step reads besides the draft: plain data for its component. */
export type StepReads =
  | { step: 'type' | 'details' | 'questions' }
  | {
      step: 'location'
      matchCount: number
      addresses: AddressChoice[]
      point: Point | null
      pointSector: string | null
      nearLabel: string | null
      hasMap: boolean
    }
  | { step: 'photos'; photoIds: (number | string)[] }
  | {
      step: 'review'
      addressLabel: string | null
      point: Point | null
      pointSector: string | null
      nearLabel: string | null
      photoIds: (number | string)[]
      nearby: NearbyRequest[]
    }

/** The sector's name for a point of the draft (the Place engine), or null outside the city. */
const sectorNameOf = (map: CityMap, point: Point) => {
  const id = sectorForPoint(point, map.sectors)
  return map.sectors.find((s) => s.id === id)?.name ?? null
}

const draftPoint = (draft: Draft | null): Point | null =>
  typeof draft?.data.lat === 'number' && typeof draft?.data.lng === 'number'
    ? { lat: draft.data.lat, lng: draft.data.lng }
    : null

type StepSources = NewRequestSources & {
  options: ResolvedOptions
  draft: Draft | null
  type: RequestTypeChoice | undefined
  citizenId: number | null
  map: () => Promise<CityMap>
}

const readAddress = async (payload: Payload, options: ResolvedOptions, id: number) =>
  (await payload.findByID({
    collection: options.addressesCollection as 'addresses',
    id,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
  })) as {
    id: number
    label?: string
    postalCode?: string
    lat?: number
    lng?: number
    sector?: unknown
  } | null

const readLocation = async ({
  payload,
  options,
  draft,
  query,
  findAddresses,
  map: loadMap,
}: StepSources): Promise<StepReads> => {
  const choices = query.addressQuery ? await findAddresses(query.addressQuery) : []
  const currentId = draft?.data.addressId ?? null
  const current =
    currentId && !choices.some((c) => c.id === currentId)
      ? await readAddress(payload, options, currentId)
      : null
  const addresses: AddressChoice[] = [
    ...(current
      ? [{ id: current.id, label: current.label ?? '', postalCode: current.postalCode ?? '' }]
      : []),
    ...choices,
  ]
  const point = !currentId ? draftPoint(draft) : null
  const map = await loadMap()
  const pointSector = point ? sectorNameOf(map, point) : null
  const near = point ? await nearestAddress(payload, options, point) : null
  return {
    step: 'location',
    matchCount: choices.length,
    addresses,
    point,
    pointSector,
    nearLabel: near?.label ?? null,
    hasMap: map.sectors.length > 0,
  }
}

const readReview = async ({
  payload,
  options,
  draft,
  type,
  locale,
  headers,
  citizenId,
  map: loadMap,
}: StepSources): Promise<StepReads> => {
  const address = draft?.data.addressId
    ? await readAddress(payload, options, draft.data.addressId)
    : null
  const point: Point | null = address
    ? typeof address.lat === 'number' && typeof address.lng === 'number'
      ? { lat: address.lat, lng: address.lng }
      : null
    : draftPoint(draft)
  const map = point ? await loadMap() : null
  const pointSector = !address && point && map ? sectorNameOf(map, point) : null
  const near = !address && point ? await nearestAddress(payload, options, point) : null
  // The photos as they will be sent, to check before sending (the draft's holder only).
  const takesPhotos = (type?.photo ?? 'optional') !== 'none'
  const photos = takesPhotos && draft ? await listDraftPhotos(payload, options, draft.key) : []
  const sectorId = address
    ? relationId(address.sector)
    : point && map
      ? sectorForPoint(point, map.sectors)
      : null
  // Already reported? Open requests of the same type within 150 m (or in the same sector).
  const nearby =
    type && (point || sectorId)
      ? await nearbyOpenRequests({ payload, options, locale, typeId: type.id, point, sectorId })
      : []
  const browserCookie = parseCookies(headers).get(browserCookieName) ?? null
  const followed = nearby.length
    ? await followedAmong({
        payload,
        requestIds: nearby.map((r) => r.id),
        citizenId,
        browserId: citizenId === null ? browserIdFrom(payload.secret, browserCookie) : null,
      })
    : new Set<number>()
  return {
    step: 'review',
    addressLabel: address?.label ?? null,
    point,
    pointSector,
    nearLabel: near?.label ?? null,
    photoIds: photos.map((p) => p.id),
    nearby: nearby.map((r) => ({ ...r, isFollowed: followed.has(r.id) })),
  }
}

const readStep = (step: FormStep, sources: StepSources): Promise<StepReads> => {
  switch (step) {
    case 'location':
      return readLocation(sources)
    case 'photos':
      return (async () => ({
        step: 'photos' as const,
        photoIds: sources.draft
          ? (await listDraftPhotos(sources.payload, sources.options, sources.draft.key)).map(
              (p) => p.id,
            )
          : [],
      }))()
    case 'review':
      return readReview(sources)
    default:
      return Promise.resolve({ step })
  }
}

/**
 * Every read of the form page, and nothing rendered: the signed-in citizen, the draft, the active
 * types, the step the query asks for when the draft allows it (else the first), a fresh CSRF
 * token, and what that step shows (addresses, the map, photos, nearby requests).
 */
export const loadNewRequest = async (sources: NewRequestSources) => {
  const { payload, headers, locale, query, listTypes, loadMap } = sources
  const options = requestOptions(payload)
  const citizen = await signedInCitizen(payload, headers, options.citizensCollection)
  const draft = await readDraft(payload, options, query.draftKey, citizen?.id ?? null)
  const types = await (listTypes ? listTypes(locale) : listActiveTypes(payload, options, locale))
  const type = draft ? types.find((x) => x.id === draft.data.typeId) : undefined
  const questions = type?.questions ?? []
  const visibleSteps = stepsFor({
    hasQuestions: questions.length > 0,
    takesPhotos: (type?.photo ?? 'optional') !== 'none',
  })
  const step: FormStep =
    draft && type && isFormStep(query.step) && visibleSteps.includes(query.step)
      ? query.step
      : 'type'
  const csrf = createCsrfToken(payload.secret, csrfBinding(citizen))
  const map = () => (loadMap ? loadMap(locale) : loadCityMap(payload, options, locale))
  const reads = await readStep(step, {
    ...sources,
    options,
    draft,
    type,
    citizenId: citizen?.id ?? null,
    map,
  })
  return {
    options,
    citizen: citizen ? { id: citizen.id, email: citizen.email } : null,
    draft,
    types,
    type,
    questions,
    visibleSteps,
    step,
    csrf,
    reads,
  }
}

export type NewRequestData = Awaited<ReturnType<typeof loadNewRequest>>
