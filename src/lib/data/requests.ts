import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'
import {
  type CityMap,
  listPublicRequests,
  listPublicTypes,
  loadCityMap,
  type PublicFilters,
  type PublicList,
  publicRequestCacheTags,
  requestOptions,
} from '@plugins/service-requests/frontend'

import { getPayloadClient } from './payload'

/**
 * One page of the public list of open requests and the map's points, for these filters. Cached by
 * tag: a new request, a status change, a type's name or a "me too" expires it (the plugin's hooks
 * and endpoint); at most a minute old otherwise.
 */
export const getPublicRequests = (locale: Locale, filters: PublicFilters, page: number): Promise<PublicList> =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      return listPublicRequests({ payload, options: requestOptions(payload), locale, filters, page })
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

/** Active request types, for the list's filter. */
export const getPublicRequestTypes = (locale: Locale) =>
  unstable_cache(
    async () => {
      const payload = await getPayloadClient()
      return listPublicTypes(payload, requestOptions(payload), locale)
    },
    ['public-request-types', locale],
    { tags: [publicRequestCacheTags.list], revalidate: 3600 },
  )()
