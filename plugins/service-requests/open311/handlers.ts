import type { Payload, Where } from 'payload'

import { idOf } from '../lib/ids'
import { type RequestStatus, isOpenStatus } from '../lib/status'
import type { RequestLocale, ResolvedOptions } from '../types'
import { isoWithOffset, toXml } from './format'

export type Open311Format = 'json' | 'xml'
export type Open311Answer = { status: number; format: Open311Format; body: unknown; xmlRoot: string; xmlItem: string | null }

const error = (status: number, format: Open311Format, description: string): Open311Answer => ({
  status,
  format,
  body: [{ code: status, description }],
  xmlRoot: 'errors',
  xmlItem: 'error',
})

/** Serialises an answer in the format its path asked for. */
export const open311Response = (answer: Open311Answer): Response => {
  const headers = { 'Cache-Control': 'public, max-age=30', 'Access-Control-Allow-Origin': '*' }
  if (answer.format === 'xml') {
    return new Response(toXml(answer.xmlRoot, answer.xmlItem, answer.body as never), { status: answer.status, headers: { ...headers, 'Content-Type': 'text/xml; charset=utf-8' } })
  }
  return Response.json(answer.body, { status: answer.status, headers })
}

type TypeDoc = {
  id: number
  code: string
  name: string
  description?: string | null
  group?: string | null
  keywords?: string | null
  department?: unknown
  questions?: { code: string; label?: string | null; type: string; required?: boolean | null; choices?: { value: string; label?: string | null }[] | null }[] | null
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

const listTypes = async (payload: Payload, options: ResolvedOptions, locale: RequestLocale, where?: Where) =>
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

const parseDate = (value: string | null) => {
  if (!value) return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time)
}

/**
 * GeoReport v2 (wiki.open311.org/GeoReport_v2), read side. `path` is what follows /open311/v2/,
 * e.g. `services.json`, `services/pothole.xml`, `requests.json`, `requests/2026-000123.json`.
 * Public answers never carry the submitter's identity or contact. `locale` (fr, en) is this
 * city's extension; French by default.
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
  const last = path.at(-1) ?? ''
  const match = /^(.*)\.(json|xml)$/.exec(last)
  const format: Open311Format = match?.[2] === 'xml' ? 'xml' : 'json'
  if (!match) return error(404, format, 'Unknown resource: add .json or .xml / Ressource inconnue : ajoutez .json ou .xml')
  const segments = [...path.slice(0, -1), match[1]]
  const localeParam = query.get('locale')
  if (localeParam && localeParam !== 'fr' && localeParam !== 'en') return error(400, format, 'locale must be fr or en / locale doit être fr ou en')
  const locale: RequestLocale = localeParam === 'en' ? 'en' : 'fr'

  if (segments.length === 1 && segments[0] === 'discovery') {
    return {
      status: 200,
      format,
      xmlRoot: 'discovery',
      xmlItem: null,
      body: {
        changeset: isoWithOffset(new Date('2026-11-23T00:00:00Z')),
        contact: 'Ville — 311',
        key_service: 'Demandez une clé au service des communications / Ask the communications department for a key',
        endpoints: [
          { specification: 'http://wiki.open311.org/GeoReport_v2', url: `${baseUrl}/open311/v2`, changeset: isoWithOffset(new Date('2026-11-23T00:00:00Z')), type: 'production', formats: ['application/json', 'text/xml'] },
        ],
      },
    }
  }
  if (segments.length === 1 && segments[0] === 'services') {
    const types = await listTypes(payload, options, locale)
    return { status: 200, format, xmlRoot: 'services', xmlItem: 'service', body: types.map(serviceOf) }
  }
  if (segments.length === 2 && segments[0] === 'services') {
    const [type] = await listTypes(payload, options, locale, { code: { equals: segments[1] } })
    if (!type) return error(404, format, `Unknown service_code ${segments[1]} / service_code inconnu`)
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
  if (segments[0] === 'requests' && segments.length <= 2) {
    const where: Where[] = []
    const ids = segments.length === 2 ? [segments[1]] : (query.get('service_request_id') ?? '').split(',').map((s) => s.trim()).filter(Boolean)
    if (ids.length) where.push({ trackingNumber: { in: ids.slice(0, 100) } })
    if (segments.length === 1 && !ids.length) {
      const codes = (query.get('service_code') ?? '').split(',').map((s) => s.trim()).filter(Boolean)
      if (codes.length) {
        const types = await listTypes(payload, options, locale, { code: { in: codes } })
        where.push({ type: { in: types.map((t) => t.id) } })
      }
      const start = parseDate(query.get('start_date'))
      const end = parseDate(query.get('end_date'))
      if (start === null || end === null) return error(400, format, 'start_date and end_date must be ISO 8601 / doivent être en ISO 8601')
      // The spec's default window: the last 90 days.
      where.push({ createdAt: { greater_than_equal: (start ?? new Date(Date.now() - 90 * 86_400_000)).toISOString() } })
      if (end) where.push({ createdAt: { less_than_equal: end.toISOString() } })
      const status = query.get('status')
      if (status && status !== 'open' && status !== 'closed') return error(400, format, 'status must be open or closed / status doit être open ou closed')
      if (status === 'open') where.push({ status: { in: ['submitted', 'acknowledged', 'assigned', 'in_progress'] } })
      if (status === 'closed') where.push({ status: { in: ['resolved', 'closed', 'rejected', 'duplicate'] } })
    }
    const { docs } = await payload.find({
      collection: options.requestsCollection as 'service-requests',
      where: { and: where },
      sort: '-createdAt',
      limit: 200,
      depth: 1,
      locale,
      // Read as the system, then reduced to the public fields below (no submitter, no contact, no internal note).
      overrideAccess: true,
      select: { trackingNumber: true, status: true, type: true, description: true, department: true, createdAt: true, updatedAt: true, dueAt: true, addressLabel: true, address: true, lat: true, lng: true, history: true },
      populate: { [options.typesCollection]: { code: true, name: true }, [options.departmentsCollection]: { name: true } } as never,
    })
    if (segments.length === 2 && docs.length === 0) return error(404, format, `Unknown service_request_id ${segments[1]} / inconnu`)
    const body = docs.map((raw) => {
      const d = raw as unknown as {
        trackingNumber: string
        status: RequestStatus
        type?: { code?: string; name?: string } | null
        description: string
        department?: { name?: string } | null
        createdAt: string
        updatedAt: string
        dueAt?: string | null
        addressLabel?: string | null
        address?: unknown
        lat?: number | null
        lng?: number | null
        history?: { kind: string; isPublic?: boolean | null; note?: string | null }[] | null
      }
      const lastPublicNote = [...(d.history ?? [])].reverse().find((h) => h.isPublic && h.note)?.note ?? null
      return {
        service_request_id: d.trackingNumber,
        status: isOpenStatus(d.status) ? 'open' : 'closed',
        status_notes: lastPublicNote,
        service_name: d.type?.name ?? null,
        service_code: d.type?.code ?? null,
        description: d.description,
        agency_responsible: d.department?.name ?? null,
        service_notice: null,
        requested_datetime: isoWithOffset(d.createdAt),
        updated_datetime: isoWithOffset(d.updatedAt),
        expected_datetime: isoWithOffset(d.dueAt),
        address: d.addressLabel ?? null,
        address_id: idOf(d.address) === null ? null : String(idOf(d.address)),
        zipcode: null,
        lat: d.lat ?? null,
        long: d.lng ?? null,
        media_url: null,
      }
    })
    return { status: 200, format, xmlRoot: 'service_requests', xmlItem: 'request', body }
  }
  return error(404, format, 'Unknown resource / Ressource inconnue')
}
