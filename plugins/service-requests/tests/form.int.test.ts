import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { createCsrfToken, csrfBinding } from '../residents/csrf'
import { getRequestForFollowUp } from '../follow/followUpView'
import { base, type City, makeCity, options } from './helpers'

describe('service requests: the resident form without JavaScript', () => {
  let payload: Payload
  let city: City

  const claims = (cookie: string) =>
    JSON.parse(Buffer.from(cookie.split('=')[1].split('.')[1], 'base64url').toString('utf8')) as {
      id: number
      sid?: string
    }

  const post = (
    fields: Record<string, string | string[]>,
    {
      cookie,
      origin = base,
      csrf,
    }: { cookie?: string; origin?: string | null; csrf?: string | null } = {},
  ) => {
    const binding = cookie
      ? csrfBinding({ id: claims(cookie).id, _sid: claims(cookie).sid })
      : 'anonymous'
    const body = new URLSearchParams({
      locale: 'fr',
      ...(csrf === null ? {} : { csrf: csrf ?? createCsrfToken(payload.secret, binding) }),
    })
    for (const [k, v] of Object.entries(fields))
      for (const value of Array.isArray(v) ? v : [v]) body.append(k, value)
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
    }
    if (origin) headers.origin = origin
    if (cookie) headers.cookie = cookie
    return handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/service-requests-form/step`, {
        method: 'POST',
        headers,
        body: body.toString(),
      }),
    })
  }
  const postPhotos = async (draft: string, files: File[], { cookie }: { cookie?: string } = {}) => {
    const body = new FormData()
    body.set('csrf', createCsrfToken(payload.secret, 'anonymous'))
    body.set('locale', 'fr')
    body.set('draft', draft)
    for (const file of files) body.append('photo', file)
    // As a browser sends it: a multipart body with its length.
    const encoded = new Response(body)
    const bytes = new Uint8Array(await encoded.arrayBuffer())
    const headers = {
      origin: base,
      'content-type': encoded.headers.get('content-type')!,
      'content-length': String(bytes.length),
      ...(cookie ? { cookie } : {}),
    }
    const request = new Request(`${base}/api/service-requests-form/photos?locale=fr`, {
      method: 'POST',
      headers,
      body: bytes,
    })
    return handleEndpoints({ config: payload.config, request })
  }
  const location = (r: Response) => new URL(r.headers.get('location') ?? '', base)

  beforeAll(async () => {
    payload = await getTestPayload()
    city = await makeCity(payload)
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should walk the steps with redirects, keep the state server-side and send once however often the last step is posted', async () => {
    let r = await post({ step: 'type', typeId: String(city.type.id) })
    expect(r.status).toBe(303)
    let to = location(r)
    expect(to.pathname).toBe('/fr/requetes/nouvelle')
    expect(to.searchParams.get('step')).toBe('details')
    const draft = to.searchParams.get('draft')!
    expect(draft).toMatch(/^[A-Za-z0-9_-]{32}$/)

    r = await post({ step: 'details', draft, description: '' })
    expect(location(r).searchParams.get('error')).toBe('descriptionRequired')
    r = await post({ step: 'details', draft, description: 'Trou profond près de l’arrêt' })
    expect(location(r).searchParams.get('step')).toBe('location')
    r = await post({ step: 'location', draft, addressId: 'none' })
    expect(location(r).searchParams.get('error')).toBe('locationRequired')
    r = await post({ step: 'location', draft, addressId: '999999' })
    expect(location(r).searchParams.get('error')).toBe('locationInvalid')
    r = await post({ step: 'location', draft, addressId: String(city.eastAddress.id) })
    expect(location(r).searchParams.get('step')).toBe('photos')

    // Photos: multipart, each checked; a fake image is refused and nothing of the batch is kept.
    const photo = await sharp({
      create: { width: 800, height: 600, channels: 3, background: '#964' },
    })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 0/1 0/1' } })
      .toBuffer()
    r = await postPhotos(draft, [
      new File([new Uint8Array(photo)], 'a.jpg', { type: 'image/jpeg' }),
      new File(['<html>x</html>'], 'b.jpg', { type: 'image/jpeg' }),
    ])
    expect(location(r).searchParams.get('error')).toBe('photo_notAnImage')
    expect(
      (
        await payload.count({
          collection: 'request-photos',
          where: { draftKey: { equals: draft } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
    r = await postPhotos(draft, [
      new File([new Uint8Array(photo)], 'a.jpg', { type: 'image/jpeg' }),
    ])
    expect(location(r).searchParams.get('step')).toBe('photos')
    expect(location(r).searchParams.get('error')).toBeNull()
    const [added] = (
      await payload.find({
        collection: 'request-photos',
        where: { draftKey: { equals: draft } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs
    const preview = await handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/service-requests-form/photo?draft=${draft}&id=${added.id}`),
    })
    expect(preview.status).toBe(200)
    expect(preview.headers.get('content-type')).toBe('image/jpeg')
    expect((await sharp(Buffer.from(await preview.arrayBuffer())).metadata()).exif).toBeUndefined()
    const wrongDraft = await handleEndpoints({
      config: payload.config,
      request: new Request(
        `${base}/api/service-requests-form/photo?draft=${'x'.repeat(32)}&id=${added.id}`,
      ),
    })
    expect(wrongDraft.status).toBe(404)
    r = await postPhotos(
      draft,
      Array.from(
        { length: 5 },
        () => new File([new Uint8Array(photo)], 'a.jpg', { type: 'image/jpeg' }),
      ),
    )
    expect(location(r).searchParams.get('error')).toBe('tooManyPhotos')
    r = await post({ step: 'photos', draft })
    expect(location(r).searchParams.get('step')).toBe('questions')
    r = await post({ step: 'questions', draft, q_size: 'enormous' })
    expect(location(r).searchParams.get('error')).toBe('answer:size:choice')
    r = await post({ step: 'questions', draft, q_size: 'large', q_depth: '12' })
    expect(location(r).searchParams.get('step')).toBe('review')
    r = await post({ step: 'review', draft, go: 'back' })
    expect(location(r).searchParams.get('step')).toBe('questions')

    const before = (await payload.count({ collection: 'service-requests', overrideAccess: true }))
      .totalDocs
    const sends = await Promise.all(
      [1, 2, 3].map(() =>
        post({ step: 'review', draft, name: 'Jeanne', email: 'jeanne@example.test' }),
      ),
    )
    const targets = sends.map((s) => location(s))
    expect(new Set(targets.map((t) => t.toString())).size).toBe(1)
    to = targets[0]
    expect(to.pathname).toMatch(/^\/fr\/requetes\/\d{4}-\d{6}$/)
    expect(to.searchParams.get('sent')).toBe('1')
    const token = to.searchParams.get('token')!
    expect(
      (await payload.count({ collection: 'service-requests', overrideAccess: true })).totalDocs,
    ).toBe(before + 1)
    const number = to.pathname.split('/').pop()!
    const [doc] = (
      await payload.find({
        collection: 'service-requests',
        where: { trackingNumber: { equals: number } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs
    expect(doc).toMatchObject({
      description: 'Trou profond près de l’arrêt',
      address: city.eastAddress.id,
      sector: city.east.id,
      department: city.parks.id,
      answers: { size: 'large', depth: '12' },
      contact: { name: 'Jeanne', email: 'jeanne@example.test' },
      submitter: null,
    })
    expect(
      await getRequestForFollowUp({
        payload,
        options,
        trackingNumber: number,
        token,
        locale: 'fr',
      }),
    ).toMatchObject({ status: 'submitted' })
    const photos = await payload.find({
      collection: 'request-photos',
      where: { request: { equals: doc.id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(photos.totalDocs).toBe(1)
  })

  it('should refuse other sites, missing tokens and someone else’s draft without saving anything', async () => {
    const before = (await payload.count({ collection: 'request-drafts', overrideAccess: true }))
      .totalDocs
    expect(
      (
        await post(
          { step: 'type', typeId: String(city.type.id) },
          { origin: 'https://evil.example' },
        )
      ).status,
    ).toBe(403)
    const noCsrf = await post({ step: 'type', typeId: String(city.type.id) }, { csrf: null })
    expect(location(noCsrf).searchParams.get('error')).toBe('csrf')
    const unknownType = await post({ step: 'type', typeId: '999999' })
    expect(location(unknownType).searchParams.get('error')).toBe('typeUnknown')
    expect(
      (await payload.count({ collection: 'request-drafts', overrideAccess: true })).totalDocs,
    ).toBe(before)
    // A citizen's draft is theirs: an anonymous visitor with its key gets nothing.
    const started = await post(
      { step: 'type', typeId: String(city.type.id) },
      { cookie: city.citizenA.cookie },
    )
    const draft = location(started).searchParams.get('draft')!
    const stolen = await post({ step: 'details', draft, description: 'x' })
    expect(location(stolen).searchParams.get('error')).toBe('draftExpired')
    expect(
      (
        await post({ step: 'details', draft, description: 'x' }, { cookie: city.citizenB.cookie })
      ).headers.get('location'),
    ).toMatch(/error=draftExpired/)
  })

  it('should file a signed-in citizen’s request under their account, without a secret link', async () => {
    const cookie = city.citizenA.cookie
    const started = await post({ step: 'type', typeId: String(city.type.id) }, { cookie })
    const draft = location(started).searchParams.get('draft')!
    await post({ step: 'details', draft, description: 'Dans ma rue' }, { cookie })
    await post({ step: 'location', draft, addressId: String(city.westAddress.id) }, { cookie })
    await post({ step: 'questions', draft, q_size: 'small' }, { cookie })
    const sent = await post({ step: 'review', draft }, { cookie })
    const to = location(sent)
    expect(to.searchParams.get('token')).toBeNull()
    const number = to.pathname.split('/').pop()!
    const [doc] = (
      await payload.find({
        collection: 'service-requests',
        where: { trackingNumber: { equals: number } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs
    expect(doc.submitter).toBe(city.citizenA.id)
    expect(
      await getRequestForFollowUp({
        payload,
        options,
        trackingNumber: number,
        citizenId: city.citizenA.id,
        locale: 'fr',
      }),
    ).not.toBeNull()
  })
})
