import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'
import {
  type CityMap,
  listActiveTypes,
  listPublicRequests,
  listPublicTypes,
  loadCityMap,
  type PublicFilters,
  type PublicList,
  publicRequestCacheTags,
  type RequestTypeChoice,
  requestOptions,
} from '@plugins/service-requests/frontend'

import { getPayloadClient } from './payload'

/**
 * One page of the public list of open requests and the map's points, for these filters. Cached by
 * tag: a new request, a status change, a type's name or a "me too" expires it (the plugin's hooks
 * and endpoint); at most a minute old otherwise.
 */
export const getPublicRequests = (
  locale: Locale,
  filters: PublicFilters,
  page: number,
): Promise<PublicList> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      return listPublicRequests({
        payload,
        options: requestOptions(payload),
        locale,
        filters,
        page,
      })
    },
    ['public-requests', locale, JSON.stringify(filters), String(page)],
    { tags: [publicRequestCacheTags.list, tags.sectors], revalidate: 60 },
  )()

/** The city's sectors and main streets for the requests map (sectors' edits expire it; streets change rarely). */
export const getCityMap = (locale: Locale): Promise<CityMap> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      return loadCityMap(payload, requestOptions(payload), locale)
    },
    ['city-map', locale],
    { tags: [tags.sectors], revalidate: 3600 },
  )()

/** Active request types, for the list's filter (a type's change expires it). */
export const getPublicRequestTypes = (locale: Locale) =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      return listPublicTypes(payload, requestOptions(payload), locale)
    },
    ['public-request-types', locale],
    { tags: [publicRequestCacheTags.types], revalidate: 3600 },
  )()

/**
 * Active request types with their questions, for the form's steps. The same for every visitor (read
 * without a user), so cached by tag: only a type's change expires it, not a new request, so the
 * form's first page stays cheap while residents submit.
 */
export const getRequestTypeChoices = (locale: Locale): Promise<RequestTypeChoice[]> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      return listActiveTypes(payload, requestOptions(payload), locale)
    },
    ['request-type-choices', locale],
    { tags: [publicRequestCacheTags.types], revalidate: 3600 },
  )()
