import { handleEndpoints, type Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { PublicRequestsPage } from '../frontend/PublicRequestsPage'
import { createCsrfToken, csrfBinding } from '../residents/csrf'
import { eraseCitizenFollows, exportCitizenFollows, followedAmong } from '../follow/followers'
import { loadCityMap, mapFrame, project } from '../places/map'
import { listPublicRequests, listPublicTypes, nearbyOpenRequests } from '../public/publicList'
import { submitRequest } from '../form/submit'
import { base, type City, makeCity, newKey, options } from './helpers'

describe('service requests: map click, public list and "me too"', () => {
  let payload: Payload
  let city: City
  let graffiti: { id: number }

  const claims = (cookie: string) =>
    JSON.parse(Buffer.from(cookie.split('=')[1].split('.')[1], 'base64url').toString('utf8')) as {
      id: number
      sid?: string
    }
  const bindingOf = (cookie?: string) =>
    cookie ? csrfBinding({ id: claims(cookie).id, _sid: claims(cookie).sid }) : 'anonymous'

  const postForm = (
    path: string,
    fields: Record<string, string>,
    {
      cookie,
      origin = base,
      csrf,
      ip = '203.0.113.1',
      secFetchSite,
    }: {
      cookie?: string
      origin?: string | null
      csrf?: string | null
      ip?: string
      secFetchSite?: string
    } = {},
  ) => {
    const body = new URLSearchParams({
      locale: 'fr',
      ...(csrf === null
        ? {}
        : {
            csrf:
              csrf ??
              createCsrfToken(
                payload.secret,
                bindingOf(cookie?.split('; ').find((c) => c.startsWith('payload-token='))),
              ),
          }),
      ...fields,
    })
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      'x-real-ip': ip,
    }
    if (origin) headers.origin = origin
    if (secFetchSite) headers['sec-fetch-site'] = secFetchSite
    if (cookie) headers.cookie = cookie
    return handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/service-requests-form/${path}`, {
        method: 'POST',
        headers,
        body: body.toString(),
      }),
    })
  }
  const location = (r: Response) => new URL(r.headers.get('location') ?? '', base)

  /** A draft at the location step, as the form leaves it. */
  const draftAtLocation = async () => {
    let r = await postForm('step', { step: 'type', typeId: String(city.type.id) })
    const draft = location(r).searchParams.get('draft')!
    r = await postForm('step', { step: 'details', draft, description: 'Un trou' })
    expect(location(r).searchParams.get('step')).toBe('location')
    return draft
  }

  const submit = (data: {
    typeId?: number
    description?: string
    lat?: number
    lng?: number
    addressId?: number
    contact?: { name: string; email: string; phone: string } | null
    citizenId?: number | null
  }) =>
    submitRequest(payload, options, {
      typeId: data.typeId ?? city.type.id,
      description: data.description ?? 'Un problème',
      answers: { size: 'small' },
      addressId: data.addressId ?? null,
      lat: data.lat ?? null,
      lng: data.lng ?? null,
      contact: data.contact ?? null,
      language: 'fr',
      citizenId: data.citizenId ?? null,
      idempotencyKey: newKey(),
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    city = await makeCity(payload)
    graffiti = await payload.create({
      collection: 'request-types',
      locale: 'fr',
      data: {
        code: 'graffiti',
        name: 'Graffiti',
        department: city.parks.id,
        deadlineDays: 5,
        photo: 'none',
        allowAnonymous: true,
        locationRequired: false,
      },
      overrideAccess: true,
    })
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should turn a click on the map image into a point of the right sector, without JavaScript', async () => {
    const draft = await draftAtLocation()
    const { sectors } = await loadCityMap(payload, options, 'fr')
    const frame = mapFrame(sectors)!
    // Where the map draws 45.25 N, 73.4 W (the east sector), as the browser sends it: whole pixels.
    const { x, y } = project(frame, { lat: 45.25, lng: -73.4 })
    let r = await postForm('step', {
      step: 'location',
      draft,
      'carte.x': String(Math.round(x)),
      'carte.y': String(Math.round(y)),
    })
    expect(r.status).toBe(303)
    expect(location(r).searchParams.get('step')).toBe('location')
    expect(location(r).searchParams.get('point')).toBe('1')
    const [saved] = (
      await payload.find({
        collection: 'request-drafts',
        where: { key: { equals: draft } },
        overrideAccess: true,
      })
    ).docs
    const data = saved.data as { lat: number; lng: number }
    // One pixel is about 230 m on this 2°-wide test city.
    expect(Math.abs(data.lat - 45.25)).toBeLessThan(0.003)
    expect(Math.abs(data.lng - -73.4)).toBeLessThan(0.004)

    // The resident confirms the point, then sends: the request gets the point and its sector.
    r = await postForm('step', { step: 'location', draft, addressId: 'point' })
    expect(location(r).searchParams.get('step')).toBe('photos')
    await postForm('step', { step: 'photos', draft })
    await postForm('step', { step: 'questions', draft, q_size: 'small' })
    r = await postForm('step', { step: 'review', draft, email: '' })
    const number = location(r).pathname.split('/').pop()!
    const [request] = (
      await payload.find({
        collection: 'service-requests',
        where: { trackingNumber: { equals: number } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs
    expect(request.sector).toBe(city.east.id)
    expect(request.lat).toBeCloseTo(data.lat, 6)
    expect(request.address ?? null).toBeNull()
  })

  it('should refuse a click or a device position outside the city with a clear message', async () => {
    const draft = await draftAtLocation()
    // The map's corner is water: outside every sector.
    let r = await postForm('step', { step: 'location', draft, 'carte.x': '1', 'carte.y': '1' })
    expect(location(r).searchParams.get('error')).toBe('locationOutside')
    // Enter on the image button sends 0,0: the resident is sent to the address search.
    r = await postForm('step', { step: 'location', draft, 'carte.x': '0', 'carte.y': '0' })
    expect(location(r).searchParams.get('error')).toBe('mapKeyboard')
    r = await postForm('step', { step: 'location', draft, 'carte.x': '-5', 'carte.y': '9999' })
    expect(location(r).searchParams.get('error')).toBe('locationInvalid')
    r = await postForm('step', {
      step: 'location',
      draft,
      position: '1',
      lat: '48.85',
      lng: '2.35',
    })
    expect(location(r).searchParams.get('error')).toBe('locationOutside')
    r = await postForm('step', { step: 'location', draft, position: '1', lat: 'abc', lng: '' })
    expect(location(r).searchParams.get('error')).toBe('locationInvalid')
    // Nothing was kept, so "the point" cannot be confirmed.
    r = await postForm('step', { step: 'location', draft, addressId: 'point' })
    expect(location(r).searchParams.get('error')).toBe('locationRequired')
    // "Use my location" inside the city is kept.
    r = await postForm('step', {
      step: 'location',
      draft,
      position: '1',
      lat: '45.5',
      lng: '-74.5',
    })
    expect(location(r).searchParams.get('point')).toBe('1')
  })

  it('should serve the map as an SVG image with the sectors and the marker', async () => {
    const r = await handleEndpoints({
      config: payload.config,
      request: new Request(
        `${base}/api/service-requests-form/map.svg?locale=fr&lat=45.5&lng=-74.5`,
      ),
    })
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toContain('image/svg+xml')
    const svg = await r.text()
    expect(svg).toContain('>Ouest</text>')
    expect(svg).toContain('>Est</text>')
    expect(svg).toContain('<circle')
    expect(svg).not.toContain('<script')
  })

  it('should serve the form’s enhancement script itself, as JavaScript, to anyone', async () => {
    const r = await handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/service-requests-form/request-form.js`),
    })
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(r.headers.get('x-content-type-options')).toBe('nosniff')
    const script = await r.text()
    expect(script).toContain('[data-request-form]')
    expect(script).toContain('history.pushState')
  })

  it('should list open requests without personal data, filtered by type and sector', async () => {
    const secret = {
      name: 'Josée Tremblay-Secrète',
      email: 'josee.secrete@example.test',
      phone: '819-555-0199',
    }
    const withContact = await submit({
      description: 'Devant chez moi, Josée, porte code 4321',
      addressId: city.westAddress.id,
      contact: secret,
    })
    const byCitizen = await submit({
      description: 'Signalé par un citoyen',
      lat: 45.5,
      lng: -73.5,
      citizenId: city.citizenA.id,
    })
    const tag = await submit({
      typeId: graffiti.id,
      description: 'Tag sur le mur',
      lat: 45.51,
      lng: -73.51,
    })
    const closed = await submit({ description: 'Fermée', lat: 45.52, lng: -73.52 })
    if (!withContact.ok || !byCitizen.ok || !tag.ok || !closed.ok) throw new Error('submit failed')
    await payload.update({
      collection: 'service-requests',
      id: closed.id,
      data: { status: 'rejected' },
      overrideAccess: true,
      context: { skipRequestEmail: true },
    })

    const all = await listPublicRequests({ payload, options, locale: 'fr', filters: {}, page: 1 })
    const numbers = all.requests.map((r) => r.trackingNumber)
    expect(numbers).toEqual(
      expect.arrayContaining([
        withContact.trackingNumber,
        byCitizen.trackingNumber,
        tag.trackingNumber,
      ]),
    )
    expect(numbers).not.toContain(closed.trackingNumber)
    const json = JSON.stringify(all)
    for (const word of [
      secret.name,
      secret.email,
      secret.phone,
      'porte code',
      'Signalé par un citoyen',
      'a@example.test',
    ])
      expect(json).not.toContain(word)
    // The place is the street (no civic number) or a point rounded to 0.001°.
    const west = all.requests.find((r) => r.trackingNumber === withContact.trackingNumber)!
    expect(west.street).toBe('rue de l’Ouest')
    expect(west.point).toEqual({ lat: 45.5, lng: -74.5 })
    expect(west.sectorName).toBe('Ouest')

    const html = renderToStaticMarkup(
      await PublicRequestsPage({
        locale: 'fr',
        searchParams: {},
        payload,
        list: all,
        map: await loadCityMap(payload, options, 'fr'),
        types: await listPublicTypes(payload, options, 'fr'),
      }),
    )
    for (const word of [
      secret.name,
      secret.email,
      secret.phone,
      'porte code',
      'Tag sur le mur',
      '10, rue',
    ])
      expect(html).not.toContain(word)
    expect(html).toContain(withContact.trackingNumber)
    expect(html).toContain('rue de l’Ouest')
    expect(html).toContain('Moi aussi')
    // Each point of the map is a link to its entry.
    expect(html).toContain(`href="/fr/requetes?number=${tag.trackingNumber}"`)
    // "Moi aussi" comes back with the English keys; an older link's French keys say the same.
    const answered = async (searchParams: Record<string, string>) =>
      renderToStaticMarkup(
        await PublicRequestsPage({
          locale: 'fr',
          searchParams,
          payload,
          list: all,
          map: await loadCityMap(payload, options, 'fr'),
          types: await listPublicTypes(payload, options, 'fr'),
        }),
      )
    const english = await answered({
      meToo: 'added',
      followed: withContact.trackingNumber,
      email: '1',
    })
    expect(english).toContain('id="moi-aussi-confirmation"')
    expect(english).not.toBe(html)
    expect(
      await answered({ moiaussi: 'added', suivie: withContact.trackingNumber, courriel: '1' }),
    ).toBe(english)

    const graffitiOnly = await listPublicRequests({
      payload,
      options,
      locale: 'fr',
      filters: { typeId: graffiti.id },
      page: 1,
    })
    expect(graffitiOnly.requests.map((r) => r.trackingNumber)).toEqual([tag.trackingNumber])
    const westOnly = await listPublicRequests({
      payload,
      options,
      locale: 'fr',
      filters: { sectorId: city.west.id },
      page: 1,
    })
    expect(westOnly.requests.every((r) => r.sectorId === city.west.id)).toBe(true)
    expect(westOnly.requests.map((r) => r.trackingNumber)).toContain(withContact.trackingNumber)
    expect(westOnly.requests.map((r) => r.trackingNumber)).not.toContain(tag.trackingNumber)
  })

  it('should find open requests of the same type within 150 m, before the resident sends a duplicate', async () => {
    const near = await submit({ lat: 45.7, lng: -74.7 })
    const far = await submit({ lat: 45.71, lng: -74.7 })
    const otherType = await submit({ typeId: graffiti.id, lat: 45.7, lng: -74.7 })
    if (!near.ok || !far.ok || !otherType.ok) throw new Error('submit failed')
    const found = await nearbyOpenRequests({
      payload,
      options,
      locale: 'fr',
      typeId: city.type.id,
      point: { lat: 45.7005, lng: -74.7005 },
      sectorId: city.west.id,
    })
    expect(found.map((r) => r.trackingNumber)).toEqual([near.trackingNumber])
  })

  it('should add one follower per citizen and per browser, however often "me too" is sent', async () => {
    const target = await submit({ lat: 45.3, lng: -74.3 })
    if (!target.ok) throw new Error('submit failed')
    const followers = async () =>
      (
        await payload.findByID({
          collection: 'service-requests',
          id: target.id,
          overrideAccess: true,
          depth: 0,
        })
      ).followers
    const returnTo = '/fr/requetes?type=1'

    // A citizen, twice at once and once more: counted once.
    const twice = await Promise.all(
      [1, 2].map(() =>
        postForm(
          'me-too',
          { numero: target.trackingNumber, returnTo },
          { cookie: city.citizenA.cookie },
        ),
      ),
    )
    expect(twice.map((r) => r.status)).toEqual([303, 303])
    let r = await postForm(
      'me-too',
      { numero: target.trackingNumber, returnTo },
      { cookie: city.citizenA.cookie },
    )
    expect(location(r).searchParams.get('meToo')).toBe('already')
    expect(location(r).pathname).toBe('/fr/requetes')
    expect(location(r).searchParams.get('type')).toBe('1')
    // The cached list page says from its address that the status emails will come.
    expect(location(r).searchParams.get('email')).toBe('1')
    // The form now posts the tracking number as `number`; `numero` above is an older page's field.
    r = await postForm(
      'me-too',
      { number: target.trackingNumber, returnTo },
      { cookie: city.citizenA.cookie },
    )
    expect(location(r).searchParams.get('meToo')).toBe('already')
    expect(await followers()).toBe(1)
    await postForm(
      'me-too',
      { numero: target.trackingNumber, returnTo },
      { cookie: city.citizenB.cookie },
    )
    expect(await followers()).toBe(2)
    const seen = await followedAmong({
      payload,
      requestIds: [target.id, city.type.id + 100000],
      citizenId: city.citizenA.id,
      browserId: null,
    })
    expect([...seen]).toEqual([target.id])

    // An anonymous browser: a signed cookie, then counted once.
    r = await postForm('me-too', { numero: target.trackingNumber, returnTo })
    expect(location(r).searchParams.get('meToo')).toBe('added')
    expect(location(r).searchParams.get('email')).toBeNull()
    const setCookie = r.headers.get('set-cookie')!
    expect(setCookie).toMatch(
      /^vo_request_browser=[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{22}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax/,
    )
    const browser = setCookie.split(';')[0]
    r = await postForm('me-too', { numero: target.trackingNumber, returnTo }, { cookie: browser })
    expect(location(r).searchParams.get('meToo')).toBe('already')
    expect(r.headers.get('set-cookie')).toBeNull()
    expect(await followers()).toBe(3)
    // A forged cookie is not that browser: it gets a new one.
    r = await postForm(
      'me-too',
      { numero: target.trackingNumber, returnTo },
      { cookie: `${browser.slice(0, -3)}abc` },
    )
    expect(r.headers.get('set-cookie')).toMatch(/^vo_request_browser=/)
    expect(await followers()).toBe(4)
    // The table holds no cookie value in clear.
    const { rows } = await (
      payload.db as unknown as {
        drizzle: { execute: (q: string) => Promise<{ rows: { follower_key: string }[] }> }
      }
    ).drizzle.execute(
      `SELECT follower_key FROM service_requests.followers WHERE request_id = ${target.id}`,
    )
    expect(
      rows
        .map((row) => row.follower_key)
        .some((key) => key.includes(browser.split('=')[1].split('.')[0])),
    ).toBe(false)

    // Citizens who said "me too" hear of status changes, with the public entry, not the secret link.
    await payload.update({
      collection: 'service-requests',
      id: target.id,
      data: { status: 'acknowledged' },
      overrideAccess: true,
    })
    const mail = await payload.find({
      collection: 'mail-outbox',
      where: {
        and: [
          { to: { equals: 'b@example.test' } },
          { subject: { contains: target.trackingNumber } },
        ],
      },
      overrideAccess: true,
    })
    expect(mail.docs).toHaveLength(1)
    const { text } = mail.docs[0] as unknown as { text: string }
    expect(text).toContain('Une requête que vous suivez')
    expect(text).toContain(`/fr/requetes?number=${target.trackingNumber}`)
    expect(text).not.toContain('token=')

    // Law 25: the follows are in the citizen's export, and go (with the count) on erasure.
    expect(
      await exportCitizenFollows({ citizenId: city.citizenB.id, email: 'b@example.test', payload }),
    ).toEqual([{ trackingNumber: target.trackingNumber, since: expect.any(String) }])
    await eraseCitizenFollows({ citizenId: city.citizenB.id, email: 'b@example.test', payload })
    expect(
      await exportCitizenFollows({ citizenId: city.citizenB.id, email: 'b@example.test', payload }),
    ).toEqual([])
    expect(await followers()).toBe(3)
  })

  it('should refuse a forged, unknown, closed or cross-site "me too" with a 4xx in both languages', async () => {
    const closed = await submit({ lat: 45.3, lng: -74.2 })
    const open0 = await submit({ lat: 45.3, lng: -74.21 })
    if (!closed.ok || !open0.ok) throw new Error('submit failed')
    await payload.update({
      collection: 'service-requests',
      id: closed.id,
      data: { status: 'duplicate', duplicateOf: closed.id },
      overrideAccess: true,
      context: { skipRequestEmail: true },
    })
    let r = await postForm('me-too', { numero: '2026-999999' })
    expect(r.status).toBe(404)
    const page = await r.text()
    expect(page).toContain('n’existe pas')
    expect(page).toContain('does not exist')
    r = await postForm('me-too', { numero: closed.trackingNumber })
    expect(r.status).toBe(404)
    r = await postForm('me-too', { numero: '1 OR 1=1' })
    expect(r.status).toBe(400)
    // The form is on cached pages and carries no session token: another site's post is refused by
    // its origin, and so is a post that says neither where it comes from.
    r = await postForm(
      'me-too',
      { numero: open0.trackingNumber },
      { origin: 'https://evil.example', csrf: null },
    )
    expect(r.status).toBe(403)
    expect(await r.text()).toContain('lang="en"')
    r = await postForm('me-too', { numero: open0.trackingNumber }, { origin: null, csrf: null })
    expect(r.status).toBe(403)
    r = await postForm(
      'me-too',
      { numero: open0.trackingNumber },
      { origin: null, csrf: null, secFetchSite: 'cross-site' },
    )
    expect(r.status).toBe(403)
    r = await postForm(
      'me-too',
      { numero: open0.trackingNumber },
      { origin: null, csrf: null, secFetchSite: 'same-origin' },
    )
    expect(r.status).toBe(303)
    r = await postForm(
      'me-too',
      { numero: open0.trackingNumber },
      { csrf: null, cookie: city.citizenA.cookie },
    )
    expect(r.status).toBe(303)
    // The way back never leaves the site.
    const open = await submit({ lat: 45.3, lng: -74.25 })
    if (!open.ok) throw new Error('submit failed')
    r = await postForm('me-too', {
      numero: open.trackingNumber,
      returnTo: '//evil.example/fr/requetes',
    })
    expect(location(r).origin).toBe(base)
    expect(location(r).pathname).toBe('/fr/requetes')
  })

  it('should limit anonymous "me too" per IP address', async () => {
    const target = await submit({ lat: 45.3, lng: -74.35 })
    if (!target.ok) throw new Error('submit failed')
    const ip = '198.51.100.7'
    for (let i = 0; i < options.meTooIpLimit; i++) {
      const r = await postForm('me-too', { numero: target.trackingNumber }, { ip })
      expect(r.status).toBe(303)
    }
    const r = await postForm('me-too', { numero: target.trackingNumber }, { ip })
    expect(r.status).toBe(429)
    // An hour later the IP's follows no longer count, and their IP hash is forgotten.
    const db = (
      payload.db as unknown as {
        drizzle: { execute: (q: string) => Promise<{ rows: { n: number }[] }> }
      }
    ).drizzle
    await db.execute(
      `UPDATE service_requests.followers SET created_at = now() - interval '61 minutes' WHERE request_id = ${target.id}`,
    )
    expect((await postForm('me-too', { numero: target.trackingNumber }, { ip })).status).toBe(303)
    const { rows } = await db.execute(
      `SELECT count(*)::int AS n FROM service_requests.followers WHERE request_id = ${target.id} AND ip_key IS NOT NULL`,
    )
    expect(rows[0].n).toBe(1)
    // Another connection is not held back.
    expect(
      (await postForm('me-too', { numero: target.trackingNumber }, { ip: '198.51.100.8' })).status,
    ).toBe(303)
  })
})
