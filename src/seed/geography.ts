import type { Polygon } from 'geojson'

import type { AddressRow } from '@/lib/place/importAddresses'

/**
 * Lac-Azur, a fictional Quebec town on the shore of a lake. Everything here is generated
 * deterministically, so the seed gives the same city on every machine.
 */
const west = -72.0
const east = -71.94
const south = 46.02
const north = 46.06
// The inner boundary lines are bent a little so the sectors do not look like a spreadsheet.
const midLng = -71.9705
const midLat = 46.0405

const ring = (points: [number, number][]): Polygon => ({
  type: 'Polygon',
  coordinates: [[...points, points[0]]],
})

export const sectors: { code: string; fr: string; en: string; boundary: Polygon }[] = [
  {
    code: 'vieux-village',
    fr: 'Vieux-Village',
    en: 'Old Village',
    boundary: ring([
      [west, midLat + 0.0008],
      [-71.985, midLat - 0.0006],
      [midLng, midLat],
      [midLng - 0.0009, 46.05],
      [midLng, north],
      [west, north],
    ]),
  },
  {
    code: 'plateau',
    fr: 'Le Plateau',
    en: 'The Plateau',
    boundary: ring([
      [midLng, midLat],
      [-71.955, midLat + 0.0011],
      [east, midLat],
      [east, north],
      [midLng, north],
      [midLng - 0.0009, 46.05],
    ]),
  },
  {
    code: 'les-berges',
    fr: 'Les Berges',
    en: 'Lakeshore',
    boundary: ring([
      [west, south],
      [midLng, south],
      [midLng + 0.0007, 46.03],
      [midLng, midLat],
      [-71.985, midLat - 0.0006],
      [west, midLat + 0.0008],
    ]),
  },
  {
    code: 'parc-des-erables',
    fr: 'Parc-des-Érables',
    en: 'Maple Park',
    boundary: ring([
      [midLng, south],
      [east, south],
      [east, midLat],
      [-71.955, midLat + 0.0011],
      [midLng, midLat],
      [midLng + 0.0007, 46.03],
    ]),
  },
]

const eastWestStreets = [
  'rue des Érables',
  'rue Principale',
  'rue Notre-Dame',
  'rue Saint-Jean',
  'rue du Lac',
  'rue des Pionniers',
  'rue de l’Église',
  'rue Sainte-Anne',
  'rue du Moulin',
  'rue des Bouleaux',
]
const northSouthStreets = [
  'avenue des Cèdres',
  'boulevard Lac-Azur',
  'avenue du Parc',
  'avenue Champlain',
  'avenue des Ormes',
  'chemin de la Montagne',
  'avenue Laurier',
  'avenue des Écoles',
  'rue Marie-Victorin',
  'avenue de la Gare',
]

// Letters Canada Post uses in postal codes (never D, F, I, O, Q, U).
const postalLetters = 'ABCEGHJKLMNPRSTVWXYZ'
const postalCode = (streetIndex: number, block: number) =>
  `J0A ${1 + (streetIndex % 9)}${postalLetters[(streetIndex * 3 + block) % postalLetters.length]}${block % 10}`

const housesPerStreet = 110
const round6 = (n: number) => Math.round(n * 1e6) / 1e6

/** 2,200 civic addresses: 110 on each of 20 streets, odd numbers on one side, even on the other. */
export const civicAddresses = (): AddressRow[] => {
  const rows: AddressRow[] = []
  const span = (i: number, count: number, from: number, to: number) =>
    from + ((to - from) * (i + 1)) / (count + 1)
  eastWestStreets.forEach((street, s) => {
    const lat = span(s, eastWestStreets.length, south, north)
    for (let h = 0; h < housesPerStreet; h++) {
      const isEven = h % 2 === 1
      const lot = Math.floor(h / 2)
      rows.push({
        number: 10 + lot * 10 + (isEven ? 2 : 1) + (s % 3) * 1000,
        suffix: h === 7 ? 'A' : null,
        street,
        postalCode: postalCode(s, Math.floor(lot / 6)),
        lat: round6(lat + (isEven ? -0.00012 : 0.00012)),
        lng: round6(span(lot, housesPerStreet / 2, west, east)),
      })
    }
  })
  northSouthStreets.forEach((street, s) => {
    const lng = span(s, northSouthStreets.length, west, east)
    for (let h = 0; h < housesPerStreet; h++) {
      const isEven = h % 2 === 1
      const lot = Math.floor(h / 2)
      rows.push({
        number: 5 + lot * 8 + (isEven ? 1 : 0),
        suffix: null,
        street,
        postalCode: postalCode(s + 10, Math.floor(lot / 6)),
        lat: round6(span(lot, housesPerStreet / 2, south, north)),
        lng: round6(lng + (isEven ? 0.00016 : -0.00016)),
      })
    }
  })
  return rows
}
