import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importCsvEndpoint } from '../../collections/Addresses/endpoints/importCsv'
import type { User } from '../../src/payload-types'
import { closePayload, getTestPayload } from '../helpers/payload'

const square = (lng: number, lat: number, size: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng + size, lat],
      [lng + size, lat + size],
      [lng, lat + size],
      [lng, lat],
    ],
  ],
})

describe('address CSV import endpoint', () => {
  let payload: Payload
  let admin: User
  let editor: User
  let sectorId: number

  const post = async (user: User | null, body: BodyInit, contentType?: string) => {
    const request = new Request('http://localhost/api/addresses/import', {
      method: 'POST',
      body,
      headers: contentType ? { 'content-type': contentType } : undefined,
    })
    const req = await createLocalReq(
      { user: user ? { ...user, collection: 'users' } : undefined },
      payload,
    )
    // The endpoint reads the body and headers of the incoming request, as Payload's REST handler gives it.
    Object.assign(req, {
      headers: request.headers,
      formData: () => request.formData(),
      text: () => request.text(),
    })
    const response = await importCsvEndpoint.handler(req as PayloadRequest)
    return { status: response.status, body: (await response.json()) as Record<string, any> }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    admin = await payload.create({
      collection: 'users',
      data: { email: 'a@x.test', password: 'admin-pass-123', name: 'A', roles: ['admin'] },
      overrideAccess: true,
    })
    editor = await payload.create({
      collection: 'users',
      data: { email: 'e@x.test', password: 'editor-pass-123', name: 'E', roles: ['editor'] },
      overrideAccess: true,
    })
    const sector = await payload.create({
      collection: 'sectors',
      data: { name: 'Centre', code: 'centre', boundary: square(-73.7, 45.4, 0.2) as never },
      overrideAccess: true,
    })
    sectorId = sector.id
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  const csv = (...lines: string[]) =>
    ['number,suffix,street,postal_code,lat,long', ...lines].join('\n')

  it('should import a multipart upload, derive each sector, and skip addresses already there on a second run', async () => {
    const form = () => {
      const data = new FormData()
      data.set(
        'file',
        new Blob(
          [csv('10,,rue Principale,J0A 1B0,45.5,-73.6', '12,B,rue Principale,J0A1B0,45.5,-73.6')],
          { type: 'text/csv' },
        ),
        'a.csv',
      )
      return data
    }
    const first = await post(admin, form())
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ inserted: 2, skipped: 0 })
    expect(first.body.message.fr).toMatch(/2 adresse\(s\) ajoutée\(s\)/)
    const { docs } = await payload.find({
      collection: 'addresses',
      where: { street: { equals: 'rue Principale' } },
      sort: 'number',
      overrideAccess: true,
    })
    expect(
      docs.map((d) => [
        d.label,
        d.postalCode,
        typeof d.sector === 'object' ? d.sector?.id : d.sector,
      ]),
    ).toEqual([
      ['10, rue Principale', 'J0A 1B0', sectorId],
      ['12B, rue Principale', 'J0A 1B0', sectorId],
    ])
    const second = await post(admin, form())
    expect(second.body).toMatchObject({ inserted: 0, skipped: 2 })
  })

  it('should refuse the whole file when one line is bad, and save nothing', async () => {
    const before = await payload.count({ collection: 'addresses', overrideAccess: true })
    const result = await post(
      admin,
      csv('20,,rue Neuve,J0A 1B0,45.5,-73.6', '22,,rue Neuve,J0A 1B0,north,-73.6'),
      'text/csv',
    )
    expect(result.status).toBe(422)
    expect(result.body.problems).toEqual([
      expect.objectContaining({ line: 3, en: 'invalid latitude or longitude' }),
    ])
    expect(result.body.message.en).toMatch(/No address imported/)
    expect((await payload.count({ collection: 'addresses', overrideAccess: true })).totalDocs).toBe(
      before.totalDocs,
    )
  })

  it('should let only administrators import', async () => {
    expect((await post(editor, csv('30,,rue X,J0A 1B0,45.5,-73.6'), 'text/csv')).status).toBe(403)
    expect((await post(null, csv('30,,rue X,J0A 1B0,45.5,-73.6'), 'text/csv')).status).toBe(403)
    expect(
      (
        await payload.count({
          collection: 'addresses',
          where: { street: { equals: 'rue X' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('should answer 415 to a body that is not a CSV and 400 to a form without a file', async () => {
    expect((await post(admin, '{"a":1}', 'application/json')).status).toBe(415)
    const empty = new FormData()
    empty.set('other', 'x')
    const result = await post(admin, empty)
    expect(result.status).toBe(400)
    expect(result.body.message.fr).toBe('Choisissez un fichier CSV.')
  })
})
