import type { Payload, Where } from 'payload'

import { type RequestStatus, isOpenStatus } from '../requests/status'
import type { RequestLocale, ResolvedOptions } from '../types'
import {
  errorAnswer,
  type Open311Answer,
  type Open311Format,
  open311Response,
  parsePath,
  type Say,
  sayIn,
} from './answers'
import { publicPlace } from '../public/publicList'
import { checkApiKey } from './clients'
import { isoWithOffset } from './format'
import { listPublicRequests, listPublicUpdates, trackingNumberForToken } from './queries'
import { isOpen311Token } from './tokens'
import { toFixMyStreetStatus } from './updates'

export { open311Response, type Open311Answer, type Open311Format }

type TypeDoc = {
  id: number
  code: string
  name: string
  description?: string | null
  group?: string | null
  keywords?: string | null
  department?: unknown
  questions?:
    | {
        code: string
        label?: string | null
        type: string
        required?: boolean | null
        choices?: { value: string; label?: string | null }[] | null
      }[]
    | null
}

const serviceOf = (t: TypeDoc) => ({
  service_code: t.code,
  service_name: t.name,
  description: t.description ?? '',
  metadata: (t.questions ?? []).length > 0,
  type: 'realtime',
  keywords: (t.keywords ?? '').split(/\s+/).filter(Boolean).join(','),
  group: t.group ?? '',
})

export const listTypes = async (
  payload: Payload,
  options: ResolvedOptions,
  locale: RequestLocale,
  where?: Where,
) =>
  (
    await payload.find({
      collection: options.typesCollection as 'request-types',
      where: { and: [{ active: { equals: true } }, ...(where ? [where] : [])] },
      locale,
      limit: 500,
      depth: 0,
      sort: 'code',
      overrideAccess: false,
    })
  ).docs as unknown as TypeDoc[]

/** An ISO 8601 instant, undefined when absent, null when unreadable. */
export const parseDate = (value: string | null) => {
  if (!value) return undefined
  if (
    !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(
      value.trim(),
    )
  )
    return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time)
}

/** The `locale` parameter (fr, en), null when absent, false when something else. */
export const parseLocale = (value: string | null | undefined): RequestLocale | null | false =>
  !value ? null : value === 'fr' || value === 'en' ? value : false

const ninetyDays = 90 * 86_400_000
const openStatuses: RequestStatus[] = ['submitted', 'acknowledged', 'assigned', 'in_progress']
const closedStatuses: RequestStatus[] = ['resolved', 'closed', 'rejected', 'duplicate']

const photoUrl = (baseUrl: string, options: ResolvedOptions, filename: string) =>
  `${baseUrl}/api/${options.photosCollection}/file/${encodeURIComponent(filename)}`

type ListArgs = {
  payload: Payload
  options: ResolvedOptions
  segments: string[]
  query: URLSearchParams
  locale: RequestLocale
  format: Open311Format
  say: Say
  baseUrl: string
  isExact: boolean
}

const listRequests = async ({
  payload,
  options,
  segments,
  query,
  locale,
  format,
  say,
  baseUrl,
  isExact,
}: ListArgs): Promise<Open311Answer> => {
  const split = (name: string) =>
    (query.get(name) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
  const ids = segments.length === 2 ? [segments[1]] : split('service_request_id')
  const filters: Parameters<typeof listPublicRequests>[0] = { payload, options, locale, limit: 200 }
  if (ids.length) filters.trackingNumbers = ids.slice(0, 100)
  else {
    const codes = split('service_code')
    if (codes.length) filters.serviceCodes = codes.slice(0, 100)
    const start = parseDate(query.get('start_date'))
    const end = parseDate(query.get('end_date'))
    if (start === null || end === null)
      return errorAnswer(
        400,
        format,
        say(
          'start_date et end_date doivent être en ISO 8601',
          'start_date and end_date must be ISO 8601',
        ),
      )
    // The spec's default window: the last 90 days.
    filters.start = start ?? new Date(Date.now() - ninetyDays)
    if (end) filters.end = end
    const status = query.get('status')
    if (status && status !== 'open' && status !== 'closed')
      return errorAnswer(
        400,
        format,
        say('status doit être open ou closed', 'status must be open or closed'),
      )
    if (status) filters.statuses = status === 'open' ? openStatuses : closedStatuses
  }
  // Read as the system, then reduced to public columns (no submitter, no contact, no internal note).
  const rows = await listPublicRequests(filters)
  if (segments.length === 2 && rows.length === 0)
    return errorAnswer(
      404,
      format,
      say(`service_request_id ${segments[1]} inconnu`, `Unknown service_request_id ${segments[1]}`),
    )
  const body = rows.map((r) => {
    const exact = {
      lat: r.lat === null ? null : Number(r.lat),
      lng: r.lng === null ? null : Number(r.lng),
    }
    // Anyone reads the place as the site's public list shows it: the street without its number, the
    // point to about 100 m, and no address id (the registry would give the number). A key an
    // administrator trusts reads it exact.
    const shown = isExact ? null : publicPlace({ street: r.street, ...exact })
    return {
      service_request_id: r.tracking_number,
      status: isOpenStatus(r.status) ? 'open' : 'closed',
      status_notes: r.status_notes,
      service_name: r.service_name,
      service_code: r.service_code,
      // Residents write names, phone numbers and door codes in their descriptions: like the site's
      // public list, the public feed never shows them (staff read them in the admin).
      description: null,
      agency_responsible: r.agency,
      service_notice: null,
      requested_datetime: isoWithOffset(r.created_at),
      updated_datetime: isoWithOffset(r.updated_at),
      expected_datetime: isoWithOffset(r.due_at),
      address: shown ? shown.street : r.address_label,
      address_id: shown || r.address_id === null ? null : String(r.address_id),
      zipcode: null,
      lat: shown ? (shown.point?.lat ?? null) : exact.lat,
      long: shown ? (shown.point?.lng ?? null) : exact.lng,
      media_url: r.photo ? photoUrl(baseUrl, options, r.photo) : null,
    }
  })
  return { status: 200, format, xmlRoot: 'service_requests', xmlItem: 'request', body }
}

/**
 * GeoReport v2 (wiki.open311.org/GeoReport_v2), read side. `path` is what follows /open311/v2/,
 * e.g. `services.json`, `services/pothole.xml`, `requests.json`, `requests/2026-000123.json`,
 * `tokens/{token}.json`, and FixMyStreet's `servicerequestupdates.json`. Public answers never
 * carry the submitter's identity or contact, and give the place at the site's public list's
 * precision; `api_key` of a client an administrator set to `readPrecision: exact` reads the civic
 * address and the exact point. `locale` (fr, en) is this city's extension; French by default.
 */
export const handleOpen311Get = async ({
  payload,
  options,
  path,
  query,
  baseUrl,
}: {
  payload: Payload
  options: ResolvedOptions
  path: string[]
  query: URLSearchParams
  baseUrl: string
}): Promise<Open311Answer> => {
  const { segments, format } = parsePath(path)
  const localeParam = parseLocale(query.get('locale'))
  if (localeParam === false)
    return errorAnswer(400, format, 'locale must be fr or en / locale doit être fr ou en')
  const say = sayIn(localeParam)
  // Postgres refuses NUL in text: no resource, code or parameter of this API holds one.
  if ([...path, ...query.keys(), ...query.values()].some((value) => value.includes('\u0000')))
    return errorAnswer(400, format, say('Caractère nul refusé', 'Null character refused'))
  if (!segments)
    return errorAnswer(
      404,
      format,
      say('Ressource inconnue : ajoutez .json ou .xml', 'Unknown resource: add .json or .xml'),
    )
  // A key is optional on reads. Given, it must be an active client's (a wrong key is refused rather
  // than read as anonymous), counts against its limit, and its answer is never stored by a cache.
  const apiKey = query.get('api_key')
  if (!apiKey)
    return answerGet({
      payload,
      options,
      segments,
      query,
      localeParam,
      format,
      say,
      baseUrl,
      isExact: false,
    })
  const checked = await checkApiKey(payload, options, apiKey, say)
  const keyed = { 'Cache-Control': 'private, no-store' }
  if (!('client' in checked))
    return errorAnswer(
      checked.status,
      format,
      checked.message,
      checked.retryAfter ? { ...keyed, 'Retry-After': String(checked.retryAfter) } : keyed,
    )
  const answer = await answerGet({
    payload,
    options,
    segments,
    query,
    localeParam,
    format,
    say,
    baseUrl,
    isExact: checked.client.readPrecision === 'exact',
  })
  return { ...answer, headers: { ...answer.headers, ...keyed } }
}

const answerGet = async ({
  payload,
  options,
  segments,
  query,
  localeParam,
  format,
  say,
  baseUrl,
  isExact,
}: Omit<ListArgs, 'locale'> & { localeParam: RequestLocale | null }): Promise<Open311Answer> => {
  const locale: RequestLocale = localeParam ?? 'fr'

  if (segments.length === 1 && segments[0] === 'discovery') {
    return {
      status: 200,
      format,
      xmlRoot: 'discovery',
      xmlItem: null,
      body: {
        changeset: isoWithOffset(new Date('2026-11-24T00:00:00Z')),
        contact: 'Ville — 311',
        key_service:
          'Demandez une clé au service des communications / Ask the communications department for a key',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: `${baseUrl}/open311/v2`,
            changeset: isoWithOffset(new Date('2026-11-24T00:00:00Z')),
            type: 'production',
            formats: ['application/json', 'text/xml'],
          },
        ],
      },
    }
  }
  if (segments.length === 1 && segments[0] === 'services') {
    const types = await listTypes(payload, options, locale)
    return {
      status: 200,
      format,
      xmlRoot: 'services',
      xmlItem: 'service',
      body: types.map(serviceOf),
    }
  }
  if (segments.length === 2 && segments[0] === 'services') {
    const [type] = await listTypes(payload, options, locale, { code: { equals: segments[1] } })
    if (!type)
      return errorAnswer(
        404,
        format,
        say(`service_code ${segments[1]} inconnu`, `Unknown service_code ${segments[1]}`),
      )
    return {
      status: 200,
      format,
      xmlRoot: 'service_definition',
      xmlItem: null,
      body: {
        service_code: type.code,
        attributes: (type.questions ?? []).map((q, i) => ({
          variable: true,
          code: q.code,
          datatype: q.type,
          required: Boolean(q.required),
          datatype_description: '',
          order: i + 1,
          description: q.label ?? q.code,
          values: (q.choices ?? []).map((c) => ({ key: c.value, name: c.label ?? c.value })),
        })),
      },
    }
  }
  if (segments[0] === 'requests' && segments.length <= 2)
    return listRequests({
      payload,
      options,
      segments,
      query,
      locale,
      format,
      say,
      baseUrl,
      isExact,
    })
  if (segments.length === 2 && segments[0] === 'tokens') {
    const token = segments[1]
    const trackingNumber = isOpen311Token(token)
      ? await trackingNumberForToken({ payload, options, token })
      : null
    if (!trackingNumber) return errorAnswer(404, format, say('Jeton inconnu', 'Unknown token'))
    return {
      status: 200,
      format,
      xmlRoot: 'service_requests',
      xmlItem: 'request',
      body: [{ service_request_id: trackingNumber, token }],
    }
  }
  if (segments.length === 1 && segments[0] === 'servicerequestupdates') {
    const start = parseDate(query.get('start_date'))
    const end = parseDate(query.get('end_date'))
    if (start === null || end === null)
      return errorAnswer(
        400,
        format,
        say(
          'start_date et end_date doivent être en ISO 8601',
          'start_date and end_date must be ISO 8601',
        ),
      )
    const to = end ?? new Date()
    const rows = await listPublicUpdates({
      payload,
      options,
      start: start ?? new Date(to.getTime() - ninetyDays),
      end: to,
      limit: 1000,
    })
    const body = rows.map((u) => ({
      update_id: u.id,
      service_request_id: u.tracking_number,
      status: toFixMyStreetStatus(u.status),
      updated_datetime: isoWithOffset(u.at),
      description: u.note ?? '',
      media_url: null,
    }))
    return {
      status: 200,
      format,
      xmlRoot: 'service_request_updates',
      xmlItem: 'request_update',
      body,
    }
  }
  return errorAnswer(404, format, say('Ressource inconnue', 'Unknown resource'))
}
