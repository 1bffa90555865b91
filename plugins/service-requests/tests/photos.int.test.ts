import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { submitRequest } from '../form/submit'
import { type City, makeCity, newKey, options, rest } from './helpers'

const jpegWithGps = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: '#36c' } })
    .jpeg()
    .withExif({
      IFD0: { Model: 'Secret 9' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '45/1 30/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '73/1 34/1 0/1',
      },
    })
    .toBuffer()

describe('service requests: residents’ photos', () => {
  let payload: Payload
  let city: City
  let westRequest: number

  const upload = (data: Buffer, name: string, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'request-photos',
      data: { request: westRequest, ...extra } as never,
      file: { data, mimetype: 'image/jpeg', name, size: data.length },
      overrideAccess: true,
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    city = await makeCity(payload)
    const r = await submitRequest(payload, options, {
      typeId: city.type.id,
      description: 'photo',
      answers: { size: 'small' },
      addressId: city.westAddress.id,
      language: 'fr',
      citizenId: city.citizenA.id,
      idempotencyKey: newKey(),
    })
    if (!r.ok) throw new Error('refused')
    westRequest = r.id
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should refuse fake, oversized and pixel-flood images with a clear message and store nothing', async () => {
    const before = (await payload.count({ collection: 'request-photos', overrideAccess: true }))
      .totalDocs
    await expect(
      upload(Buffer.from('<!doctype html><script>alert(1)</script>'), 'photo.jpg'),
    ).rejects.toThrow(/pas une photo.*not a JPEG/)
    await expect(
      upload(
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        'photo.svg',
      ),
    ).rejects.toThrow(/not a JPEG/)
    await expect(
      upload(Buffer.concat([await jpegWithGps(), Buffer.alloc(10 * 1024 * 1024)]), 'big.jpg'),
    ).rejects.toThrow(/10 MB at most/)
    const flood = await sharp({
      create: { width: 10_000, height: 5_000, channels: 3, background: '#000' },
    })
      .png({ compressionLevel: 9, palette: true, colours: 2 })
      .toBuffer()
    await expect(upload(flood, 'flood.png')).rejects.toThrow(/40 megapixels/)
    expect(
      (await payload.count({ collection: 'request-photos', overrideAccess: true })).totalDocs,
    ).toBe(before)
  })

  it('should store a re-encoded JPEG without EXIF or GPS, under a random name', async () => {
    const doc = await upload(await jpegWithGps(), 'IMG_0001 chez Jeanne Tremblay.jpg', {
      owner: city.citizenA.id,
    })
    expect(doc.filename).toMatch(/^[0-9a-f]{24}\.jpg$/)
    const stored = await readFile(
      path.join(
        String(payload.collections['request-photos'].config.upload.staticDir),
        doc.filename!,
      ),
    )
    const meta = await sharp(stored).metadata()
    expect(meta.format).toBe('jpeg')
    expect(meta.exif).toBeUndefined()
    expect(stored.includes(Buffer.from('Secret 9'))).toBe(false)
  })

  it('should serve a photo only to staff of the department and to its submitter, unless marked public', async () => {
    const doc = await upload(await jpegWithGps(), 'p.jpg', { owner: city.citizenA.id })
    const file = `/api/request-photos/file/${String(doc.filename)}`
    expect((await rest(payload, 'GET', file)).status).toBe(403)
    expect((await rest(payload, 'GET', file, { cookie: city.citizenB.cookie })).status).toBe(403)
    expect((await rest(payload, 'GET', file, { cookie: city.agentB.cookie })).status).toBe(403)
    expect((await rest(payload, 'GET', file, { cookie: city.citizenA.cookie })).status).toBe(200)
    expect((await rest(payload, 'GET', file, { cookie: city.agentA.cookie })).status).toBe(200)
    const list = await (await rest(payload, 'GET', '/api/request-photos?limit=100')).json()
    expect((list.docs ?? []).map((d: { id: number }) => d.id)).not.toContain(doc.id)
    // Agent B (another department) may not mark it public; agent A may.
    expect([403, 404]).toContain(
      (
        await rest(payload, 'PATCH', `/api/request-photos/${doc.id}`, {
          cookie: city.agentB.cookie,
          body: { isPublic: true },
        })
      ).status,
    )
    expect(
      (
        await rest(payload, 'PATCH', `/api/request-photos/${doc.id}`, {
          cookie: city.agentA.cookie,
          body: { isPublic: true },
        })
      ).status,
    ).toBe(200)
    expect((await rest(payload, 'GET', file)).status).toBe(200)
    const publicList = await (await rest(payload, 'GET', '/api/request-photos?limit=100')).json()
    expect(JSON.stringify(publicList)).not.toMatch(/"(owner|draftKey)"/)
  })
})
