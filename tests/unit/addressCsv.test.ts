import { describe, expect, it } from 'vitest'

import { normalizePostalCode, parseAddressCsv } from '../../engines/place'

describe('address CSV', () => {
  it('should read the plain layout with a BOM and CRLF line ends', () => {
    const csv =
      '\uFEFFnumber,suffix,street,postal_code,lat,long\r\n12,,rue des Érables,j0a1b0,45.51,-73.61\r\n14,A,rue des Érables,J0A 1B0,45.512,-73.612\r\n'
    const { rows, problems } = parseAddressCsv(csv)
    expect(problems).toEqual([])
    expect(rows).toEqual([
      {
        number: 12,
        suffix: null,
        street: 'rue des Érables',
        postalCode: 'J0A 1B0',
        lat: 45.51,
        lng: -73.61,
      },
      {
        number: 14,
        suffix: 'A',
        street: 'rue des Érables',
        postalCode: 'J0A 1B0',
        lat: 45.512,
        lng: -73.612,
      },
    ])
  })

  it('should read French headers, semicolons and decimal commas', () => {
    const csv =
      'Numéro;Suffixe;Rue;Code postal;Latitude;Longitude\n7;;chemin du Lac;J0A 1B0;45,5;-73,6\n'
    const { rows, problems } = parseAddressCsv(csv)
    expect(problems).toEqual([])
    expect(rows[0]).toMatchObject({ number: 7, street: 'chemin du Lac', lat: 45.5, lng: -73.6 })
  })

  it('should list every bad line with its number, in French and English', () => {
    const csv = [
      'number,suffix,street,postal_code,lat,long',
      'abc,,rue A,J0A 1B0,45.5,-73.6',
      '3,,,J0A 1B0,45.5,-73.6',
      '4,,rue B,12345,45.5,-73.6',
      '5,,rue C,J0A 1B0,95,-73.6',
      '6,,rue D,J0A 1B0,45.5,-73.6',
      '6,,rue D,J0A1B0,45.5,-73.6',
    ].join('\n')
    const { problems } = parseAddressCsv(csv)
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 7])
    expect(problems[0]?.fr).toMatch(/numéro civique invalide/)
    expect(problems[0]?.en).toMatch(/invalid civic number/)
    expect(problems[4]?.en).toMatch(/duplicate address \(already on line 6\)/)
  })

  it('should refuse a file without the required columns or without rows', () => {
    expect(parseAddressCsv('number,street\n1,rue A').problems[0]?.en).toMatch(
      /Missing columns: postal_code, lat, long/,
    )
    expect(parseAddressCsv('').problems[0]?.en).toMatch(/empty/)
    expect(parseAddressCsv('number,street,postal_code,lat,long\n').problems[0]?.en).toMatch(
      /no address/,
    )
  })

  it('should normalise Canadian postal codes and reject others', () => {
    expect(normalizePostalCode(' h2x1y4 ')).toBe('H2X 1Y4')
    expect(normalizePostalCode('90210')).toBeNull()
  })
})
