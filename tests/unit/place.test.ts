import { describe, expect, it } from 'vitest'

import { addressKey, addressLabel } from '../../engines/place'
import { boundaryProblem } from '../../engines/place'
import { sectorForPoint } from '../../engines/place'
import { civicAddresses, sectors } from '../../src/seed/geography'

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
}

describe('Place engine', () => {
  it('should find the sector that contains a point, and none outside every sector', () => {
    const shapes = [{ id: 'a', boundary: square }]
    expect(sectorForPoint({ lat: 0.5, lng: 0.5 }, shapes)).toBe('a')
    expect(sectorForPoint({ lat: 2, lng: 0.5 }, shapes)).toBeNull()
  })

  it('should accept valid GeoJSON boundaries and explain invalid ones', () => {
    expect(boundaryProblem(square)).toBeNull()
    expect(boundaryProblem({ type: 'MultiPolygon', coordinates: [square.coordinates] })).toBeNull()
    expect(boundaryProblem({ type: 'Point', coordinates: [0, 0] })).toMatch(/Polygon/)
    expect(
      boundaryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      }),
    ).toMatch(/end where it starts/)
    expect(
      boundaryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [200, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toMatch(/longitude, latitude/)
    expect(boundaryProblem('nope')).toMatch(/required/)
  })

  it('should label and key addresses so accents and case do not make a second copy', () => {
    const parts = { number: 125, suffix: 'a', street: 'rue des Érables', postalCode: 'J0A 1B0' }
    expect(addressLabel(parts)).toBe('125A, rue des Érables')
    expect(addressKey(parts)).toBe(
      addressKey({ ...parts, suffix: 'A', street: 'Rue des  erables', postalCode: 'j0a1b0' }),
    )
  })
})

describe('demo city geography', () => {
  const addresses = civicAddresses()
  const shapes = sectors.map((s) => ({ id: s.code, boundary: s.boundary }))

  it('should have at least 4 valid sector polygons', () => {
    expect(sectors.length).toBeGreaterThanOrEqual(4)
    for (const sector of sectors) expect(boundaryProblem(sector.boundary), sector.code).toBeNull()
  })

  it('should have at least 2,000 distinct addresses with valid postal codes', () => {
    expect(addresses.length).toBeGreaterThanOrEqual(2000)
    expect(new Set(addresses.map(addressKey)).size).toBe(addresses.length)
    for (const a of addresses) expect(a.postalCode).toMatch(/^[ABCEGHJ-NPRSTVXY]\d[A-Z] \d[A-Z]\d$/)
  })

  it('should place every address in exactly one sector, and use every sector', () => {
    const used = new Set<string>()
    for (const address of addresses) {
      const containing = shapes.filter((shape) => sectorForPoint(address, [shape]) !== null)
      expect(containing.length, `${addressLabel(address)} @ ${address.lat},${address.lng}`).toBe(1)
      used.add(containing[0].id)
    }
    expect(used.size).toBe(sectors.length)
  })
})
