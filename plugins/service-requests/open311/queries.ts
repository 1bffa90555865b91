import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import type { RequestStatus } from '../requests/status'
import type { RequestLocale, ResolvedOptions } from '../types'

type Pool = {
  query: <T>(query: { name?: string; text: string; values?: unknown[] }) => Promise<{ rows: T[] }>
}

/**
 * A named (prepared) statement per distinct SQL text: Postgres plans it once per connection
 * instead of on every call (planning was a good part of the list's time).
 */
const query = <T>(payload: Payload, text: string, values: unknown[]) =>
  (payload.db as unknown as { pool: Pool }).pool.query<T>({
    name: `o311_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`,
    text,
    values,
  })

/** Payload's Postgres table for a collection slug (`service-requests` → `service_requests`). */
const tableOf = (slug: string) => `"${slug.replace(/-/g, '_')}"`

/**
 * The department's name, as the host's departments collection stores it: in its `_locales` table
 * when `name` is localized (this city), on the row itself otherwise (a host with one language).
 */
const agencyJoin = (payload: Payload, options: ResolvedOptions) => {
  const fields = payload.collections[options.departmentsCollection as 'departments']?.config.fields
  const name = fields?.find((field) => 'name' in field && field.name === 'name')
  if (name && 'localized' in name && name.localized) {
    const names = tableOf(`${options.departmentsCollection}_locales`)
    return {
      select: 'coalesce(dl.name, df.name)',
      join: `left join ${names} dl on dl._parent_id = r.department_id and dl._locale = $1
       left join ${names} df on df._parent_id = r.department_id and df._locale = $2`,
    }
  }
  const departments = tableOf(options.departmentsCollection)
  return { select: 'd.name', join: `left join ${departments} d on d.id = r.department_id` }
}
const enumOf = (slug: string, field: string) => `"enum_${slug.replace(/-/g, '_')}_${field}"`

export type PublicRequestRow = {
  tracking_number: string
  status: RequestStatus
  created_at: Date
  updated_at: Date
  due_at: Date | null
  address_label: string | null
  address_id: number | null
  /** The civic address's street, without its number (what the public list shows). */
  street: string | null
  lat: string | null
  lng: string | null
  service_code: string | null
  service_name: string | null
  agency: string | null
  status_notes: string | null
  photo: string | null
}

/**
 * Open311 `GET requests`: one SQL statement reading only the public columns — the last public
 * note and the first public photo as correlated subqueries on their indexes, the type's and the
 * department's names in the asked locale (French as fallback). No populate, no history array:
 * the newest 200 rows come from the created_at index. The place comes exact (civic address, point,
 * and the address's street): the handler reduces it to the public list's precision
 * (`publicPlace`) unless the caller's key may read it exact.
 */
export const listPublicRequests = async ({
  payload,
  options,
  locale,
  trackingNumbers,
  serviceCodes,
  start,
  end,
  statuses,
  limit,
}: {
  payload: Payload
  options: ResolvedOptions
  locale: RequestLocale
  trackingNumbers?: string[]
  serviceCodes?: string[]
  start?: Date
  end?: Date
  statuses?: RequestStatus[]
  limit: number
}): Promise<PublicRequestRow[]> => {
  const requests = tableOf(options.requestsCollection)
  const history = tableOf(`${options.requestsCollection}_history`)
  const types = tableOf(options.typesCollection)
  const typeNames = tableOf(`${options.typesCollection}_locales`)
  const photos = tableOf(options.photosCollection)
  const addresses = tableOf(options.addressesCollection)
  const agency = agencyJoin(payload, options)
  const values: unknown[] = [
    locale,
    payload.config.localization ? payload.config.localization.defaultLocale : 'fr',
  ]
  const where: string[] = []
  const param = (value: unknown) => {
    values.push(value)
    return `$${values.length}`
  }
  if (trackingNumbers?.length)
    where.push(`r.tracking_number = any(${param(trackingNumbers)}::varchar[])`)
  if (serviceCodes?.length) {
    // The types' ids first: against a literal list the planner uses the requests' own statistics
    // (a subquery on request_types made it sort every open request instead of walking the index).
    const { rows: typeRows } = await query<{ id: number }>(
      payload,
      `select id from ${types} where code = any($1::varchar[])`,
      [serviceCodes],
    )
    if (typeRows.length === 0) return []
    where.push(`r.type_id = any(${param(typeRows.map((t) => t.id))}::int[])`)
  }
  if (start) where.push(`r.created_at >= ${param(start.toISOString())}`)
  if (end) where.push(`r.created_at <= ${param(end.toISOString())}`)
  if (statuses?.length)
    where.push(
      `r.status = any(${param(statuses)}::${enumOf(options.requestsCollection, 'status')}[])`,
    )
  // The page first (newest first, walking the created_at index until enough rows match), then
  // the names, the last public note and the first public photo for those rows only.
  const { rows } = await query<PublicRequestRow>(
    payload,
    `with page as (
       select r.id from ${requests} r
        ${where.length ? `where ${where.join(' and ')}` : ''}
        order by r.created_at desc
        limit ${Math.max(1, Math.min(1000, Math.floor(limit)))}
     )
     select r.tracking_number, r.status, r.created_at, r.updated_at, r.due_at, r.address_label, r.address_id, a.street, r.lat, r.lng,
            t.code as service_code, coalesce(tl.name, tf.name) as service_name, ${agency.select} as agency,
            (select h.note from ${history} h where h._parent_id = r.id and h.is_public and coalesce(h.note, '') <> '' order by h._order desc limit 1) as status_notes,
            (select p.filename from ${photos} p where p.request_id = r.id and p.is_public order by p.id limit 1) as photo
       from page
       join ${requests} r on r.id = page.id
       join ${types} t on t.id = r.type_id
       left join ${addresses} a on a.id = r.address_id
       left join ${typeNames} tl on tl._parent_id = t.id and tl._locale = $1
       left join ${typeNames} tf on tf._parent_id = t.id and tf._locale = $2
       ${agency.join}
      order by r.created_at desc, r.id desc`,
    values,
  )
  return rows
}

export type PublicUpdateRow = {
  id: string
  at: Date
  note: string | null
  status: RequestStatus
  tracking_number: string
}

/**
 * FixMyStreet's `GET servicerequestupdates`: public history entries (status changes and public
 * notes, never the creation, an assignment or an internal note) between two instants, oldest
 * first. A note carries the request's status at that moment (the last status entry before it).
 */
export const listPublicUpdates = async ({
  payload,
  options,
  start,
  end,
  limit,
}: {
  payload: Payload
  options: ResolvedOptions
  start: Date
  end: Date
  limit: number
}) => {
  const requests = tableOf(options.requestsCollection)
  const history = tableOf(`${options.requestsCollection}_history`)
  const { rows } = await query<PublicUpdateRow>(
    payload,
    `select h.id, h.at, h.note, r.tracking_number,
            coalesce(h.status, (select s.status from ${history} s where s._parent_id = h._parent_id and s._order <= h._order and s.status is not null order by s._order desc limit 1)) as status
       from ${history} h
       join ${requests} r on r.id = h._parent_id
      where h.is_public and h.kind in ('status', 'note', 'reopened') and h.at >= $1 and h.at <= $2
      order by h.at, h.id
      limit ${Math.max(1, Math.min(5000, Math.floor(limit)))}`,
    [start.toISOString(), end.toISOString()],
  )
  return rows
}

/** The tracking number of the request an Open311 POST created with this token, if any. */
export const trackingNumberForToken = async ({
  payload,
  options,
  token,
}: {
  payload: Payload
  options: ResolvedOptions
  token: string
}) => {
  const { rows } = await query<{ tracking_number: string }>(
    payload,
    `select tracking_number from ${tableOf(options.requestsCollection)} where idempotency_key = $1 limit 1`,
    [token],
  )
  return rows[0]?.tracking_number ?? null
}

/**
 * A client's update (`update_id` of its own) is applied once: the first POST claims the id (one
 * row, primary key client + id), a repeat reads back the update it produced. Returns
 * `{ claimed: true }` to the first, `{ claimed: false, updateId }` to a repeat (updateId null
 * while the first is still being written).
 */
export const claimClientUpdate = async ({
  payload,
  clientId,
  externalId,
}: {
  payload: Payload
  clientId: number
  externalId: string
}) => {
  const { rows } = await query<{ client_id: number }>(
    payload,
    'insert into service_requests.open311_updates (client_id, external_id) values ($1, $2) on conflict do nothing returning client_id',
    [clientId, externalId],
  )
  if (rows.length) return { claimed: true as const }
  const { rows: existing } = await query<{ update_id: string | null }>(
    payload,
    'select update_id from service_requests.open311_updates where client_id = $1 and external_id = $2',
    [clientId, externalId],
  )
  return { claimed: false as const, updateId: existing[0]?.update_id ?? null }
}

/** Records the update a claim produced, or releases the claim when nothing was saved. */
export const settleClientUpdate = async ({
  payload,
  clientId,
  externalId,
  updateId,
}: {
  payload: Payload
  clientId: number
  externalId: string
  updateId: string | null
}) => {
  if (updateId)
    await query(
      payload,
      'update service_requests.open311_updates set update_id = $3 where client_id = $1 and external_id = $2',
      [clientId, externalId, updateId],
    )
  else
    await query(
      payload,
      'delete from service_requests.open311_updates where client_id = $1 and external_id = $2',
      [clientId, externalId],
    )
}
