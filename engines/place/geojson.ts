import type { MultiPolygon, Polygon, Position } from 'geojson'

export type SectorBoundary = Polygon | MultiPolygon

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Math.abs(p[0]) <= 180 &&
  Math.abs(p[1]) <= 90

const ringProblem = (ring: unknown): string | null => {
  if (!Array.isArray(ring) || ring.length < 4) return 'each ring needs at least 4 positions'
  if (!ring.every(isPosition)) return 'each position must be [longitude, latitude] in degrees'
  const [first, last] = [ring[0] as Position, ring[ring.length - 1] as Position]
  if (first[0] !== last[0] || first[1] !== last[1]) return 'each ring must end where it starts'
  return null
}

/**
 * Checks a sector boundary is a GeoJSON Polygon or MultiPolygon (RFC 7946, longitude first).
 * Returns null when valid, otherwise what is wrong.
 */
export const boundaryProblem = (value: unknown): string | null => {
  if (!value || typeof value !== 'object') return 'a GeoJSON Polygon or MultiPolygon is required'
  const geo = value as { type?: unknown; coordinates?: unknown }
  if (geo.type === 'Polygon') {
    if (!Array.isArray(geo.coordinates) || geo.coordinates.length === 0)
      return 'coordinates are missing'
    for (const ring of geo.coordinates) {
      const problem = ringProblem(ring)
      if (problem) return problem
    }
    return null
  }
  if (geo.type === 'MultiPolygon') {
    if (!Array.isArray(geo.coordinates) || geo.coordinates.length === 0)
      return 'coordinates are missing'
    for (const polygon of geo.coordinates) {
      if (!Array.isArray(polygon) || polygon.length === 0) return 'each polygon needs a ring'
      for (const ring of polygon) {
        const problem = ringProblem(ring)
        if (problem) return problem
      }
    }
    return null
  }
  return 'type must be "Polygon" or "MultiPolygon"'
}
