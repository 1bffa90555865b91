import './requests.css'
import type { Payload } from 'payload'

import { requestTranslator } from '../i18n/translate'
import { type CityMap, cityMapSvgBody, mapFrame, mapSize, type Point, project } from '../places/map'
import type { PublicFilters, PublicList } from '../public/publicList'
import { readQuery } from '../requests/queryKeys'
import { newRequestHref, publicListHref } from '../requests/routes'
import { trackingNumberShape } from '../requests/trackingNumber'
import type { RequestLocale } from '../types'
import { MeTooConfirmation, MeTooForm } from './MeTooForm'
import { formatDay, requestOptions } from './options'
import { placeText } from './placeText'

type Query = Record<string, string | string[] | undefined>
const one = (value: string | string[] | undefined) =>
  Array.isArray(value) ? (value[0] ?? '') : (value ?? '')
const positiveId = (value: string) =>
  /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : null

/**
 * The filters in the query string (`type`, `sector`, `number`, `place`, `page`, or the French keys
 * of an older link), each checked; anything else is ignored.
 */
export const publicFiltersFrom = (query: Query): { filters: PublicFilters; page: number } => {
  const number = readQuery(query, 'number')
  const place = /^(-?\d{1,2}\.\d{3}),(-?\d{1,3}\.\d{3})$/.exec(readQuery(query, 'place'))
  const page = positiveId(one(query.page)) ?? 1
  return {
    filters: {
      typeId: positiveId(one(query.type)),
      sectorId: positiveId(readQuery(query, 'sector')),
      trackingNumber: trackingNumberShape.test(number) && number.length <= 20 ? number : null,
      near: place ? { lat: Number(place[1]), lng: Number(place[2]) } : null,
    },
    page: Math.min(page, 10_000),
  }
}

export type PublicRequestsPageProps = {
  locale: RequestLocale
  searchParams: Query
  payload: Payload
  /** The app's cached reads (see src/lib/data/requests.ts). */
  list: PublicList
  map: CityMap
  types: { id: number; name: string }[]
}

/**
 * The public list and map of open requests: no personal data (no submitter, contact, description or
 * photo), places approximate. Filters are a GET form; "Moi aussi" is a POST form on each entry. The
 * SVG map's points are links to their entries; the list is the accessible equivalent of the map.
 *
 * The same page for every visitor, signed in or not (it reads no cookie), so the app serves it from
 * the page cache: the "Moi aussi" forms carry no session token (the endpoint checks the form's
 * origin, and counts a follower once however often it is pressed), and the confirmation after it
 * comes from the address the endpoint redirects to (`meToo`, `followed`, `email`, or the French
 * keys of an older link).
 */
export const PublicRequestsPage = async ({
  locale,
  searchParams,
  payload,
  list,
  map,
  types,
}: PublicRequestsPageProps) => {
  const options = requestOptions(payload)
  const t = requestTranslator(locale)
  const { filters } = publicFiltersFrom(searchParams)
  // The request just followed (the address "Moi aussi" came back to): marked as followed. On a
  // later visit the button is offered again; pressing it twice counts once ("already").
  const outcome = readQuery(searchParams, 'meToo')
  const followedNow =
    outcome === 'added' || outcome === 'already' ? readQuery(searchParams, 'followed') : null
  const filterQuery = {
    type: filters.typeId ? String(filters.typeId) : undefined,
    sector: filters.sectorId ? String(filters.sectorId) : undefined,
  }
  const pageHref = (page: number) =>
    publicListHref(locale, {
      ...filterQuery,
      number: filters.trackingNumber ?? undefined,
      place: filters.near
        ? `${filters.near.lat.toFixed(3)},${filters.near.lng.toFixed(3)}`
        : undefined,
      page: page > 1 ? String(page) : undefined,
    })
  const returnTo = pageHref(list.page)
  const frame = mapFrame(map.sectors)
  // One link per rounded point: requests a few metres apart share it.
  const groups = new Map<string, { point: Point; numbers: string[]; types: string[] }>()
  for (const p of list.points) {
    const key = `${p.point.lat.toFixed(3)},${p.point.lng.toFixed(3)}`
    const group = groups.get(key) ?? { point: p.point, numbers: [], types: [] }
    group.numbers.push(p.trackingNumber)
    group.types.push(p.typeName)
    groups.set(key, group)
  }
  const isFiltered = Boolean(
    filters.typeId || filters.sectorId || filters.trackingNumber || filters.near,
  )
  return (
    <div className="container stack">
      <h1>{t('public.title')}</h1>
      <p className="lead">{t('public.intro')}</p>
      <p>
        <a href={newRequestHref(locale)}>{t('public.report')}</a>
      </p>
      <MeTooConfirmation
        t={t}
        outcome={outcome}
        trackingNumber={readQuery(searchParams, 'followed')}
        isSignedIn={readQuery(searchParams, 'email') === '1'}
      />
      <form
        method="get"
        action={publicListHref(locale)}
        className="filters"
        aria-label={t('public.filters')}
      >
        <div>
          <label htmlFor="filtre-type">{t('public.type')}</label>
          <select id="filtre-type" name="type" defaultValue={filterQuery.type ?? ''}>
            <option value="">{t('public.all')}</option>
            {types.map((type) => (
              <option key={type.id} value={type.id}>
                {type.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filtre-secteur">{t('public.sector')}</label>
          <select id="filtre-secteur" name="sector" defaultValue={filterQuery.sector ?? ''}>
            <option value="">{t('public.all')}</option>
            {map.sectors.map((sector) => (
              <option key={sector.id} value={sector.id}>
                {sector.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('public.apply')}</button>
      </form>
      {isFiltered ? (
        <p>
          <a href={publicListHref(locale)}>{t('public.showAll')}</a>
        </p>
      ) : null}
      {/* The heading's figure counts open requests; resolved ones are listed (their residents may reopen them) and counted apart. */}
      <p role="status">
        {t('public.count', { count: list.openCount ?? list.totalDocs })}
        {list.totalDocs > (list.openCount ?? list.totalDocs)
          ? ` · ${t('public.resolvedCount', { count: list.totalDocs - list.openCount })}`
          : ''}
      </p>
      {frame ? (
        <section aria-labelledby="carte-requetes" className="stack">
          <h2 id="carte-requetes">{t('public.mapTitle')}</h2>
          <p id="carte-requetes-aide" className="meta">
            {t('public.mapDescription')}
          </p>
          <svg
            className="request-public-map"
            viewBox={`0 0 ${mapSize.width} ${mapSize.height}`}
            role="group"
            aria-labelledby="carte-requetes"
            aria-describedby="carte-requetes-aide"
          >
            <rect width={mapSize.width} height={mapSize.height} fill="#cfe3f0" />
            <g
              aria-hidden="true"
              dangerouslySetInnerHTML={{ __html: cityMapSvgBody(map, frame) }}
            />
            {[...groups.entries()].map(([key, group]) => {
              const { x, y } = project(frame, group.point)
              const href =
                group.numbers.length === 1
                  ? publicListHref(locale, { number: group.numbers[0] })
                  : publicListHref(locale, { ...filterQuery, place: key })
              const label = group.numbers
                .map((n, i) => t('public.pointLink', { number: n, type: group.types[i] }))
                .join(' ; ')
              return (
                <a key={key} href={href} aria-label={label} className="request-map-point">
                  {/* A 28 px target around a visible dot (WCAG 2.5.8 asks 24 at least). */}
                  <circle cx={x} cy={y} r={14} fill="transparent" />
                  <circle cx={x} cy={y} r={6} fill="#a30000" stroke="#ffffff" strokeWidth={2} />
                  {group.numbers.length > 1 ? (
                    <text x={x + 9} y={y - 7} fontSize={11} fontWeight={700} fill="#1b2733">
                      {group.numbers.length}
                    </text>
                  ) : null}
                </a>
              )
            })}
          </svg>
        </section>
      ) : null}
      <section aria-labelledby="liste-requetes" className="stack">
        <h2 id="liste-requetes">{t('public.listTitle')}</h2>
        {list.requests.length === 0 ? <p>{t('public.none')}</p> : null}
        <p className="meta">
          {t('public.meTooHint')} {t('public.meTooEitherHint')}
        </p>
        <ul className="request-public-list">
          {list.requests.map((r) => (
            <li key={r.trackingNumber} id={`requete-${r.trackingNumber}`}>
              <h3>
                {r.typeName} — {r.trackingNumber}
              </h3>
              <dl className="request-public-facts">
                <dt>{t('status.statusLabel')}</dt>
                <dd>{t(`statuses.${r.status}`)}</dd>
                <dt>{t('status.submittedLabel')}</dt>
                <dd>{formatDay(locale, r.createdAt)}</dd>
                <dt>{t('public.sector')}</dt>
                <dd>{r.sectorName ?? t('form.none')}</dd>
                <dt>{t('public.place')}</dt>
                <dd>{placeText(t, r)}</dd>
              </dl>
              <p className="meta">{t('public.followers', { count: r.followers })}</p>
              {/* A resolved request stays listed (its resident may reopen it), but there is nothing left to follow. */}
              {r.status === 'resolved' ? (
                <p className="meta">{t('public.resolvedNoMeToo')}</p>
              ) : (
                <MeTooForm
                  t={t}
                  action={`/api${options.endpointPath}/me-too`}
                  locale={locale}
                  trackingNumber={r.trackingNumber}
                  returnTo={returnTo}
                  isFollowed={r.trackingNumber === followedNow}
                />
              )}
            </li>
          ))}
        </ul>
        {list.totalPages > 1 ? (
          <nav aria-label={t('public.pagination')} className="request-pagination">
            {list.page > 1 ? <a href={pageHref(list.page - 1)}>{t('public.previous')}</a> : null}
            <span>{t('public.pageOf', { page: list.page, total: list.totalPages })}</span>
            {list.page < list.totalPages ? (
              <a href={pageHref(list.page + 1)}>{t('public.next')}</a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  )
}
