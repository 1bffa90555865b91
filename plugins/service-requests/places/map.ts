import { sql } from '@payloadcms/db-postgres'
import type { Position } from 'geojson'
import type { Payload } from 'payload'

import { type SectorBoundary, sectorForPoint } from '@engines/place'

import type { RequestLocale, ResolvedOptions } from '../types'

export type Point = { lat: number; lng: number }
export type MapSector = { id: number; name: string; boundary: SectorBoundary }
export type MapStreet = { name: string; from: Point; to: Point }
export type CityMap = { sectors: MapSector[]; streets: MapStreet[] }

/** Where the city sits in the SVG box: an equirectangular projection fitted to the sectors. */
export type MapFrame = {
  minLng: number
  maxLat: number
  kx: number
  scale: number
  ox: number
  oy: number
  width: number
  height: number
}

/** The map's size in CSS pixels. It is never scaled, so a click on it (`carte.x`/`carte.y`) maps back exactly. */
export const mapSize = { width: 640, height: 480, padding: 16 } as const

const positionsOf = (boundary: SectorBoundary): Position[] =>
  boundary.type === 'Polygon' ? boundary.coordinates.flat() : boundary.coordinates.flat(2)

/** The projection that fits every sector in the box, north up, keeping distances' proportions. */
export const mapFrame = (
  sectors: Pick<MapSector, 'boundary'>[],
  { width, height, padding } = mapSize,
): MapFrame | null => {
  const all = sectors.flatMap((s) => positionsOf(s.boundary))
  if (!all.length) return null
  const lngs = all.map((p) => p[0])
  const lats = all.map((p) => p[1])
  const [minLng, maxLng, minLat, maxLat] = [
    Math.min(...lngs),
    Math.max(...lngs),
    Math.min(...lats),
    Math.max(...lats),
  ]
  // A degree of longitude is shorter than a degree of latitude away from the equator.
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  const spanX = Math.max((maxLng - minLng) * kx, 1e-9)
  const spanY = Math.max(maxLat - minLat, 1e-9)
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY)
  return {
    minLng,
    maxLat,
    kx,
    scale,
    ox: (width - spanX * scale) / 2,
    oy: (height - spanY * scale) / 2,
    width,
    height,
  }
}

export const project = (frame: MapFrame, { lat, lng }: Point) => ({
  x: frame.ox + (lng - frame.minLng) * frame.kx * frame.scale,
  y: frame.oy + (frame.maxLat - lat) * frame.scale,
})

/** The inverse of `project`: a click on the map, in pixels from its top left corner, as a point. */
export const unproject = (frame: MapFrame, { x, y }: { x: number; y: number }): Point => ({
  lat: frame.maxLat - (y - frame.oy) / frame.scale,
  lng: frame.minLng + (x - frame.ox) / (frame.kx * frame.scale),
})

/** A point rounded to about 100 m (0.001° of latitude is 111 m), to show where without pointing at a door. */
export const roughPoint = ({ lat, lng }: Point): Point => ({
  lat: Math.round(lat * 1000) / 1000,
  lng: Math.round(lng * 1000) / 1000,
})

/** Distance in metres (haversine), for "nearby" requests. */
export const metresBetween = (a: Point, b: Point) => {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)))
}

const tableOf = (slug: string) => sql.identifier(slug.replace(/-/g, '_'))

/**
 * What the map draws: the sectors (localized names) and, for orientation, the longest streets of the
 * civic address registry as a line from their first to their last address (one SQL aggregate).
 */
export const loadCityMap = async (
  payload: Payload,
  options: ResolvedOptions,
  locale: RequestLocale,
): Promise<CityMap> => {
  const { docs } = await payload.find({
    collection: options.sectorsCollection as 'sectors',
    locale,
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true, boundary: true },
    sort: 'name',
  })
  const sectors = docs.map((d) => ({
    id: d.id as number,
    name: String(d.name ?? ''),
    boundary: d.boundary as unknown as SectorBoundary,
  }))
  const db = payload.db as unknown as {
    drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  const { rows } = await db.drizzle.execute(sql`
    SELECT street, count(*)::int AS n, min(lat)::float AS min_lat, max(lat)::float AS max_lat,
           min(lng)::float AS min_lng, max(lng)::float AS max_lng, avg(lat)::float AS avg_lat, avg(lng)::float AS avg_lng
    FROM ${tableOf(options.addressesCollection)}
    GROUP BY street HAVING count(*) >= 2 ORDER BY count(*) DESC, street LIMIT 24`)
  const streets = rows.map((r) => {
    const [minLat, maxLat, minLng, maxLng, avgLat, avgLng] = [
      r.min_lat,
      r.max_lat,
      r.min_lng,
      r.max_lng,
      r.avg_lat,
      r.avg_lng,
    ].map(Number)
    // Along its longer axis: an east-west street is drawn at its mean latitude, and so on.
    const isEastWest = (maxLng - minLng) * Math.cos((avgLat * Math.PI) / 180) >= maxLat - minLat
    return {
      name: String(r.street),
      from: isEastWest ? { lat: avgLat, lng: minLng } : { lat: minLat, lng: avgLng },
      to: isEastWest ? { lat: avgLat, lng: maxLng } : { lat: maxLat, lng: avgLng },
    }
  })
  return { sectors, streets }
}

export type MapClick =
  | { ok: true; point: Point; sectorId: number }
  | { ok: false; error: 'locationOutside' | 'locationInvalid' }

/** A point inside the city, or why not: the Place engine decides which sector holds it. */
export const placePoint = (sectors: MapSector[], point: Point): MapClick => {
  if (
    !Number.isFinite(point.lat) ||
    !Number.isFinite(point.lng) ||
    Math.abs(point.lat) > 90 ||
    Math.abs(point.lng) > 180
  )
    return { ok: false, error: 'locationInvalid' }
  const sectorId = sectorForPoint(point, sectors)
  return sectorId === null ? { ok: false, error: 'locationOutside' } : { ok: true, point, sectorId }
}

/** A click on the map image (`carte.x`, `carte.y`, in CSS pixels) as a point in the city. */
export const pointFromClick = (sectors: MapSector[], x: unknown, y: unknown): MapClick => {
  const [px, py] = [Number(x), Number(y)]
  const frame = mapFrame(sectors)
  if (
    !frame ||
    !Number.isFinite(px) ||
    !Number.isFinite(py) ||
    px < 0 ||
    py < 0 ||
    px > frame.width ||
    py > frame.height
  )
    return { ok: false, error: 'locationInvalid' }
  const point = unproject(frame, { x: px, y: py })
  // Six decimals (11 cm) is more than a click can mean.
  return placePoint(sectors, {
    lat: Math.round(point.lat * 1e6) / 1e6,
    lng: Math.round(point.lng * 1e6) / 1e6,
  })
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

const pathOf = (frame: MapFrame, boundary: SectorBoundary) => {
  const polygons = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates
  return polygons
    .flatMap((rings) =>
      rings.map(
        (ring) =>
          ring
            .map((p, i) => {
              const { x, y } = project(frame, { lng: p[0], lat: p[1] })
              return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`
            })
            .join(' ') + ' Z',
      ),
    )
    .join(' ')
}

/** The mean of a sector's outer ring, where its name is written. */
const labelPoint = (frame: MapFrame, boundary: SectorBoundary) => {
  const ring = (
    boundary.type === 'Polygon' ? boundary.coordinates[0] : boundary.coordinates[0][0]
  ).slice(0, -1)
  const xy = ring.map((p) => project(frame, { lng: p[0], lat: p[1] }))
  return {
    x: xy.reduce((s, p) => s + p.x, 0) / xy.length,
    y: xy.reduce((s, p) => s + p.y, 0) / xy.length,
  }
}

const fills = ['#e8f0e3', '#e3ecf5', '#f5efe0', '#efe6f2', '#e0f2f0', '#f5e6e6']

/**
 * The city as SVG markup (sectors, street lines and names, an optional marker), the drawing behind
 * both the form's clickable map image and the public map. Colours keep 4.5:1 text contrast.
 */
export const cityMapSvgBody = (map: CityMap, frame: MapFrame, marker?: Point | null) => {
  const parts: string[] = []
  map.sectors.forEach((s, i) => {
    parts.push(
      `<path d="${pathOf(frame, s.boundary)}" fill="${fills[i % fills.length]}" stroke="#4a5a6a" stroke-width="1.5"/>`,
    )
  })
  for (const street of map.streets) {
    const a = project(frame, street.from)
    const b = project(frame, street.to)
    const isVertical = Math.abs(b.y - a.y) > Math.abs(b.x - a.x)
    const mx = (a.x + b.x) / 2
    const my = (a.y + b.y) / 2
    parts.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="#ffffff" stroke-width="5" stroke-linecap="round"/>`,
    )
    parts.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="#b9c2cc" stroke-width="1"/>`,
    )
    parts.push(
      `<text x="${mx.toFixed(1)}" y="${(my - 3).toFixed(1)}" font-size="9" fill="#3d4650" text-anchor="middle"${isVertical ? ` transform="rotate(-90 ${mx.toFixed(1)} ${(my - 3).toFixed(1)})"` : ''}>${escapeXml(street.name)}</text>`,
    )
  }
  for (const s of map.sectors) {
    const { x, y } = labelPoint(frame, s.boundary)
    parts.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="14" font-weight="700" fill="#1b2733" text-anchor="middle" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(s.name)}</text>`,
    )
  }
  if (marker) {
    const { x, y } = project(frame, marker)
    parts.push(
      `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="9" fill="none" stroke="#ffffff" stroke-width="4"/>`,
    )
    parts.push(
      `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="9" fill="none" stroke="#a30000" stroke-width="2.5"/>`,
    )
    parts.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="2.5" fill="#a30000"/>`)
  }
  return parts.join('')
}

/** A standalone SVG document of the city, for `<input type="image">`. */
export const cityMapSvg = (map: CityMap, marker?: Point | null) => {
  const frame = mapFrame(map.sectors)
  const { width, height } = mapSize
  const body = frame ? cityMapSvgBody(map, frame, marker) : ''
  return `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#cfe3f0"/>${body}</svg>`
}
