import { parseCookies } from 'payload/shared'
import { z } from 'zod'

import { sectorForPoint } from '@engines/place'

import { relationId } from '../../../kit/ids'
import { sendAcknowledgement } from '../../follow/acknowledge'
import { browserCookieName, browserIdFrom, followedAmong } from '../../follow/followers'
import type { Point } from '../../places/map'
import { nearestAddress } from '../../places/places'
import { nearbyOpenRequests } from '../../public/publicList'
import { type FormStep, requestHref } from '../../requests/routes'
import { countDraftPhotos, listDraftPhotos } from '../draftPhotos'
import { submitRequest } from '../submit'
import { draftPoint, readAddress, sectorNameOf } from './locationStep'
import { type DraftSaveContext, oneValue, defineStep } from './types'

const schema = z.object({
  name: oneValue.optional(),
  email: oneValue.optional(),
  phone: oneValue.optional(),
})

/**
 * The review, and the send: idempotent (the draft's key is the idempotency key, so a double click
 * or a retry lands on the same request), then the follow-up page with its secret for an anonymous
 * resident. Shows the open requests of the same type nearby ("me too" instead of a duplicate).
 */
export const reviewStep = defineStep<typeof schema, DraftSaveContext>({
  schema,
  invalid: 'unexpected',
  save: async ({
    payload,
    options,
    locale,
    citizenId,
    draft,
    type,
    input,
    go,
    back,
    next,
    see,
  }) => {
    if (go === -1) return next()
    if (type.photo === 'required' && (await countDraftPhotos(payload, options, draft.key)) === 0)
      return back('photoRequired', 'photos')
    const result = await submitRequest(payload, options, {
      typeId: type.id,
      description: draft.data.description ?? '',
      answers: draft.data.answers ?? {},
      addressId: draft.data.addressId ?? null,
      lat: draft.data.addressId ? null : (draft.data.lat ?? null),
      lng: draft.data.addressId ? null : (draft.data.lng ?? null),
      contact: citizenId
        ? null
        : { name: input.name ?? '', email: input.email ?? '', phone: input.phone ?? '' },
      language: locale,
      citizenId,
      idempotencyKey: draft.key,
      draftId: draft.id,
    })
    if (!result.ok) {
      const first = result.errors[0]
      const target: FormStep =
        first === 'descriptionRequired' || first === 'descriptionTooLong'
          ? 'details'
          : first === 'locationRequired' || first === 'locationInvalid'
            ? 'location'
            : result.answerIssues.length
              ? 'questions'
              : 'review'
      return back(
        [...result.errors, ...result.answerIssues.map((i) => `answer:${i.code}:${i.error}`)].join(
          ',',
        ),
        target,
      )
    }
    // The send itself (not a repeat): "we received it", to whoever left an address. Not awaited:
    // the resident's answer never waits on the mail server (the page says the same things).
    if (!result.isReplay)
      void sendAcknowledgement({
        payload,
        options,
        requestId: result.id,
        followToken: citizenId ? undefined : result.followToken,
        locale,
      })
    // This post read the draft before it was sent: the send itself, or a double click racing it.
    return see(
      requestHref(locale, result.trackingNumber, {
        token: citizenId ? undefined : result.followToken,
        sent: '1',
      }),
    )
  },
  read: async ({ payload, options, draft, type, locale, headers, citizenId, map: loadMap }) => {
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
  },
})
