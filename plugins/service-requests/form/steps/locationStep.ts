import type { Payload } from 'payload'
import { z } from 'zod'

import { sectorForPoint } from '@engines/place'

import { type CityMap, loadCityMap, placePoint, type Point, pointFromClick } from '../../places/map'
import { nearestAddress } from '../../places/places'
import { newRequestHref } from '../../requests/routes'
import type { ResolvedOptions } from '../../types'
import { type Draft, saveDraft } from '../drafts'
import { type AddressChoice, type DraftSaveContext, oneValue, defineStep } from './types'

const schema = z.object({
  'carte.x': oneValue.optional(),
  'carte.y': oneValue.optional(),
  position: oneValue.optional(),
  lat: oneValue.optional(),
  lng: oneValue.optional(),
  addressId: oneValue.optional(),
})

/** The sector's name for a point (the Place engine), or null outside the city. */
export const sectorNameOf = (map: CityMap, point: Point) => {
  const id = sectorForPoint(point, map.sectors)
  return map.sectors.find((s) => s.id === id)?.name ?? null
}

export const draftPoint = (draft: Draft | null): Point | null =>
  typeof draft?.data.lat === 'number' && typeof draft?.data.lng === 'number'
    ? { lat: draft.data.lat, lng: draft.data.lng }
    : null

/** A civic address as the resident (not the system) may read it. */
export const readAddress = async (payload: Payload, options: ResolvedOptions, id: number) =>
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

/**
 * The place: a civic address, a click on the map image (no JavaScript needed) or the device's
 * position ("use my location"); a point is kept in the draft and shown on the map, the resident
 * then confirms it with "continue".
 */
export const locationStep = defineStep<typeof schema, DraftSaveContext>({
  schema,
  invalid: 'locationInvalid',
  save: async ({ payload, options, locale, draft, type, input, go, back, next, see }) => {
    if (go === -1) return next()
    const isMapClick = input['carte.x'] !== undefined && input['carte.y'] !== undefined
    // Enter or Space on the image button sends 0,0: a keyboard, not a place (the padding is never in the city).
    if (isMapClick && input['carte.x'] === '0' && input['carte.y'] === '0')
      return back('mapKeyboard')
    if (isMapClick || input.position === '1') {
      const { sectors } = await loadCityMap(payload, options, locale)
      const placed = isMapClick
        ? pointFromClick(sectors, input['carte.x'], input['carte.y'])
        : placePoint(sectors, { lat: Number(input.lat ?? 'x'), lng: Number(input.lng ?? 'x') })
      if (!placed.ok) return back(placed.error)
      await saveDraft(payload, options, draft, {
        addressId: null,
        lat: placed.point.lat,
        lng: placed.point.lng,
      })
      return see(
        `${newRequestHref(locale, { draft: draft.key, step: 'location', point: '1' })}#lieu-choisi`,
      )
    }
    const raw = input.addressId
    if (raw === 'point') {
      if (typeof draft.data.lat !== 'number' || typeof draft.data.lng !== 'number')
        return back('locationRequired')
      await saveDraft(payload, options, draft, { addressId: null })
      return next()
    }
    const addressId = raw && raw !== 'none' ? Number(raw) : null
    if (addressId !== null) {
      const exists =
        Number.isSafeInteger(addressId) &&
        addressId > 0 &&
        (await payload.findByID({
          collection: options.addressesCollection as 'addresses',
          id: addressId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        }))
      if (!exists) return back('locationInvalid')
    } else if (type.locationRequired) return back('locationRequired')
    await saveDraft(payload, options, draft, { addressId, lat: null, lng: null })
    return next()
  },
  read: async ({ payload, options, draft, addressQuery, findAddresses, map: loadMap }) => {
    const choices = addressQuery ? await findAddresses(addressQuery) : []
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
  },
})
