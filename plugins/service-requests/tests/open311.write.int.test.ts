import { createHash } from 'node:crypto'

import Ajv from 'ajv'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { submitRequest } from '../form/submit'
import { seedOpen311Client } from '../seed/open311Client'
import { handleOpen311Get, open311Response } from '../open311/handlers'
import { handleOpen311Post, readOpen311Form } from '../open311/post'
import errorsSchema from './fixtures/open311/errors.json'
import postRequestSchema from './fixtures/open311/post_request.json'
import postUpdateSchema from './fixtures/open311/post_servicerequestupdates.json'
import requestsSchema from './fixtures/open311/requests.json'
import updatesSchema from './fixtures/open311/servicerequestupdates.json'
import tokensSchema from './fixtures/open311/tokens.json'
import { type City, base, makeCity, newKey, options, rest } from './helpers'

const ajv = new Ajv({ allErrors: true, strict: false })
const validators = {
  post_request: ajv.compile(postRequestSchema),
  post_update: ajv.compile(postUpdateSchema),
  tokens: ajv.compile(tokensSchema),
  updates: ajv.compile(updatesSchema),
  requests: ajv.compile(requestsSchema),
  errors: ajv.compile(errorsSchema),
}

type Fields = Record<string, string | string[]>
type Pool = { query: <T>(text: string, values?: unknown[]) => Promise<{ rows: T[] }> }

describe('service requests: Open311 GeoReport v2 (write side, clients, FixMyStreet updates)', () => {
  let payload: Payload
  let city: City
  let pool: Pool
  let key: string
  let clientId: number

  const expectValid = (kind: keyof typeof validators, body: unknown) => {
    const ok = validators[kind](body)
    expect(validators[kind].errors ?? []).toEqual([])
    expect(ok).toBe(true)
  }

  const post = async (
    path: string,
    fields: Fields,
    { headers = {}, query = '' }: { headers?: Record<string, string>; query?: string } = {},
  ) => {
    const form = new URLSearchParams()
    for (const [name, value] of Object.entries(fields))
      for (const v of Array.isArray(value) ? value : [value]) form.append(name, v)
    const body = form.toString()
    const request = new Request(`${base}/open311/v2/${path}${query ? `?${query}` : ''}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(body)),
        ...headers,
      },
      body,
    })
    return send(request, path)
  }
  const send = async (request: Request, path: string) => {
    const segments = path.split('/')
    const form = await readOpen311Form(request, segments)
    const answer =
      form instanceof URLSearchParams
        ? await handleOpen311Post({
            payload,
            options,
            path: segments,
            form,
            headers: request.headers,
          })
        : form
    const response = open311Response(answer)
    const text = await response.text()
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: (response.headers.get('content-type') ?? '').includes('json')
        ? (JSON.parse(text) as unknown)
        : null,
    }
  }
  const get = async (path: string, query = '') => {
    const response = open311Response(
      await handleOpen311Get({
        payload,
        options,
        path: path.split('/'),
        query: new URLSearchParams(query),
        baseUrl: base,
      }),
    )
    const text = await response.text()
    return {
      status: response.status,
      text,
      body: path.endsWith('.json') ? (JSON.parse(text) as unknown) : null,
    }
  }
  const count = async () =>
    (await payload.count({ collection: 'service-requests', overrideAccess: true })).totalDocs
  const pothole = (extra: Fields = {}): Fields => ({
    api_key: key,
    service_code: 'pothole',
    lat: '45.5',
    long: '-74.5',
    'attribute[size]': 'small',
    description: 'Trou profond devant le 12',
    email: 'jeanne.secret@example.test',
    first_name: 'Jeanne',
    last_name: 'Secret',
    phone: '819 555-0199',
    device_id: 'device-123',
    account_id: 'acct-9',
    ...extra,
  })
  const createClient = async (data: Record<string, unknown>) => {
    const response = await rest(payload, 'POST', '/api/open311-clients', {
      cookie: city.admin.cookie,
      body: data,
    })
    expect(response.status).toBe(201)
    return (
      (await response.json()) as {
        doc: { id: number; apiKey: string; keyPrefix: string; keyHash?: string }
      }
    ).doc
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    pool = (payload.db as unknown as { pool: Pool }).pool
    city = await makeCity(payload)
    const client = await createClient({
      name: 'FixMyStreet',
      contactEmail: 'dev@fixmystreet.example',
      rateLimit: 1000,
    })
    key = client.apiKey
    clientId = client.id
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should issue a key once to administrators and store only its SHA-256 hash', async () => {
    expect(key).toMatch(/^o311_[A-Za-z0-9_-]{32}$/)
    const { rows } = await pool.query<Record<string, unknown>>('select * from open311_clients')
    expect(JSON.stringify(rows)).not.toContain(key)
    const stored = rows.find((r) => r.id === clientId)!
    expect(stored.key_hash).toBe(createHash('sha256').update(key).digest('hex'))
    expect(stored.key_prefix).toBe(`${key.slice(0, 9)}…`)
    // Read back: no key, no hash.
    const read = (await (
      await rest(payload, 'GET', `/api/open311-clients/${clientId}`, { cookie: city.admin.cookie })
    ).json()) as Record<string, unknown>
    expect(read).toMatchObject({ name: 'FixMyStreet', active: true, rateLimit: 1000 })
    expect(read).not.toHaveProperty('apiKey')
    expect(read).not.toHaveProperty('keyHash')
    // Nobody but administrators: agents and anonymous visitors neither read nor create nor regenerate.
    expect(
      (await rest(payload, 'GET', '/api/open311-clients', { cookie: city.agentA.cookie })).status,
    ).toBe(403)
    expect((await rest(payload, 'GET', '/api/open311-clients')).status).toBe(403)
    expect(
      (
        await rest(payload, 'POST', '/api/open311-clients', {
          cookie: city.agentA.cookie,
          body: { name: 'X' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest(payload, 'POST', `/api/open311-clients/${clientId}/regenerate-key`, {
          cookie: city.agentA.cookie,
        })
      ).status,
    ).toBe(403)
    // A keyHash sent through the API is ignored (hidden, set by the hook only).
    const forged = await createClient({
      name: 'Forge',
      keyHash: createHash('sha256').update('o311_chosen-by-attacker-123').digest('hex'),
    })
    expect(
      (await post('requests.json', pothole({ api_key: 'o311_chosen-by-attacker-123' }))).status,
    ).toBe(403)
    expect(forged.apiKey).not.toBe('o311_chosen-by-attacker-123')
  })

  it('should seed the demo client once, with the key the installation chose', async () => {
    const demoKey = 'demo-key-from-env-0123456789'
    await expect(seedOpen311Client({ payload, apiKey: 'short' })).rejects.toThrow(
      /OPEN311_DEMO_API_KEY/,
    )
    expect(await seedOpen311Client({ payload, apiKey: demoKey })).toBe(1)
    expect(await seedOpen311Client({ payload, apiKey: demoKey })).toBe(0)
    const { docs } = await payload.find({
      collection: 'open311-clients',
      where: { name: { equals: 'Démo Open311' } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ active: true, rateLimit: 60, keyPrefix: 'demo-key-…' })
    expect((await post('requests.json', pothole({ api_key: demoKey }))).status).toBe(201)
  })

  it('should regenerate a key: the new one works at once, the old one is refused', async () => {
    const client = await createClient({ name: 'Partenaire', rateLimit: 100 })
    const before = await post('requests.json', pothole({ api_key: client.apiKey }))
    expect(before.status).toBe(201)
    const response = await rest(
      payload,
      'POST',
      `/api/open311-clients/${client.id}/regenerate-key`,
      { cookie: city.admin.cookie },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const { apiKey } = (await response.json()) as { apiKey: string }
    expect(apiKey).not.toBe(client.apiKey)
    expect((await post('requests.json', pothole({ api_key: client.apiKey }))).status).toBe(403)
    expect((await post('requests.json', pothole({ api_key: apiKey }))).status).toBe(201)
    const { rows } = await pool.query<Record<string, unknown>>(
      'select * from open311_clients where id = $1',
      [client.id],
    )
    expect(JSON.stringify(rows)).not.toContain(apiKey)
  })

  it('should create a request through the form’s path: routed, due date, contact kept staff-only, token', async () => {
    const before = await count()
    const created = await post('requests.json', pothole({ 'attribute[depth]': '12' }))
    expect(created.status).toBe(201)
    expectValid('post_request', created.body)
    const [answer] = created.body as {
      service_request_id: string
      token: string
      service_notice: string
      account_id: null
    }[]
    expect(answer.service_request_id).toMatch(/^\d{4}-\d{6}$/)
    expect(answer.account_id).toBeNull()
    expect(answer.service_notice).toMatch(
      /Expected to be handled by \d{4}-\d{2}-\d{2}\. \/ Traitement prévu/,
    )
    expect(await count()).toBe(before + 1)
    const { docs } = await payload.find({
      collection: 'service-requests',
      where: { trackingNumber: { equals: answer.service_request_id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(docs[0]).toMatchObject({
      status: 'submitted',
      department: city.roads.id,
      sector: city.west.id,
      language: 'fr',
      answers: { size: 'small', depth: '12' },
      contact: {
        name: 'Jeanne Secret',
        email: 'jeanne.secret@example.test',
        phone: '819 555-0199',
      },
      submitter: null,
    })
    expect(docs[0].dueAt).toBeTruthy()
    expect(JSON.stringify(docs[0])).not.toMatch(/device-123|acct-9/)
    // The token answers with the request's number, per the spec.
    const token = await get(`tokens/${answer.token}.json`)
    expect(token.status).toBe(200)
    expectValid('tokens', token.body)
    expect(token.body).toEqual([
      { service_request_id: answer.service_request_id, token: answer.token },
    ])
    expect(XMLValidator.validate((await get(`tokens/${answer.token}.xml`)).text)).toBe(true)
    expect((await get('tokens/o311-unknown-token-abcdef.json')).status).toBe(404)
    // A form draft's key is never a token.
    const draftKey = newKey()
    await submitRequest(payload, options, {
      typeId: city.type.id,
      description: 'Par le formulaire',
      answers: { size: 'small' },
      addressId: city.westAddress.id,
      language: 'fr',
      citizenId: null,
      idempotencyKey: draftKey,
    })
    expect((await get(`tokens/${draftKey}.json`)).status).toBe(404)
    // Public reads never carry the contact.
    const one = await get(`requests/${answer.service_request_id}.json`)
    expectValid('requests', one.body)
    const all =
      JSON.stringify((await get('requests.json')).body) +
      (await get('requests.xml')).text +
      (await get(`requests/${answer.service_request_id}.xml`)).text
    expect(all).not.toMatch(/Jeanne|jeanne\.secret|555-0199/)
  })

  it('should answer the XML form of a POST, and route by the place (east sector → parks)', async () => {
    const created = await post(
      'requests.xml',
      pothole({ lat: '45.5', long: '-73.5', locale: 'en' }),
    )
    expect(created.status).toBe(201)
    expect(created.headers.get('content-type')).toMatch(/text\/xml/)
    expect(XMLValidator.validate(created.text)).toBe(true)
    const parsed = new XMLParser().parse(created.text) as {
      service_requests: { request: { service_request_id: string; service_notice: string } }
    }
    expect(parsed.service_requests.request.service_notice).toMatch(/^Expected to be handled by/)
    const { docs } = await payload.find({
      collection: 'service-requests',
      where: { trackingNumber: { equals: parsed.service_requests.request.service_request_id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(docs[0]).toMatchObject({
      department: city.parks.id,
      assignee: city.agentB.id,
      sector: city.east.id,
      language: 'en',
    })
  })

  it('should take an address_string or an address_id from the registry, and multivalue attributes', async () => {
    const byString = await post(
      'requests.json',
      pothole({ lat: '', long: '', address_string: '10, rue de l’Ouest, J0A 1B0' }),
    )
    expect(byString.status).toBe(201)
    const byId = await post(
      'requests.json',
      pothole({ lat: '', long: '', address_id: String(city.eastAddress.id) }),
    )
    expect(byId.status).toBe(201)
    const numbers = [byString, byId].map(
      (r) => (r.body as { service_request_id: string }[])[0].service_request_id,
    )
    const { docs } = await payload.find({
      collection: 'service-requests',
      where: { trackingNumber: { in: numbers } },
      overrideAccess: true,
      depth: 0,
      sort: 'id',
    })
    expect(docs.map((d) => d.address)).toEqual([city.westAddress.id, city.eastAddress.id])
    expect(docs.map((d) => d.department)).toEqual([city.roads.id, city.parks.id])
    // multivaluelist: attribute[CODE][]=a&attribute[CODE][]=b, each value checked against the list.
    await payload.create({
      collection: 'request-types',
      locale: 'fr',
      data: {
        code: 'tree',
        name: 'Arbre',
        department: city.parks.id,
        deadlineDays: 10,
        photo: 'none',
        locationRequired: true,
        allowAnonymous: true,
        questions: [
          {
            code: 'kind',
            label: 'Genre',
            type: 'multivaluelist',
            required: true,
            choices: [
              { value: 'branch', label: 'Branche' },
              { value: 'trunk', label: 'Tronc' },
            ],
          },
        ],
      },
      overrideAccess: true,
    })
    const tree = {
      api_key: key,
      service_code: 'tree',
      lat: '45.5',
      long: '-74.5',
      description: 'Branche cassée',
    }
    const multi = await post('requests.json', { ...tree, 'attribute[kind][]': ['branch', 'trunk'] })
    expect(multi.status).toBe(201)
    const [treeRequest] = (
      await payload.find({
        collection: 'service-requests',
        where: {
          trackingNumber: {
            equals: (multi.body as { service_request_id: string }[])[0].service_request_id,
          },
        },
        overrideAccess: true,
        depth: 0,
      })
    ).docs
    expect(treeRequest.answers).toEqual({ kind: ['branch', 'trunk'] })
    const wrong = await post('requests.json', { ...tree, 'attribute[kind][]': ['branch', 'root'] })
    expect(wrong.status).toBe(400)
    expect(wrong.text).toMatch(/attribute\[kind\]: value not in the list/)
  })

  it('should be idempotent per client and Idempotency-Key', async () => {
    const before = await count()
    const first = await post('requests.json', pothole(), {
      headers: { 'idempotency-key': 'fms-report-4242' },
    })
    const again = await post('requests.json', pothole({ description: 'Renvoyé' }), {
      headers: { 'idempotency-key': 'fms-report-4242' },
    })
    expect(first.status).toBe(201)
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
    expect(await count()).toBe(before + 1)
    // Another client's same key is another request.
    const other = await createClient({ name: 'Autre', rateLimit: 100 })
    const theirs = await post('requests.json', pothole({ api_key: other.apiKey }), {
      headers: { 'idempotency-key': 'fms-report-4242' },
    })
    expect(theirs.status).toBe(201)
    expect((theirs.body as { service_request_id: string }[])[0].service_request_id).not.toBe(
      (first.body as { service_request_id: string }[])[0].service_request_id,
    )
    expect(await count()).toBe(before + 2)
  })

  it('should refuse bad input with spec errors arrays and 4xx statuses, saving nothing', async () => {
    const inactive = await createClient({ name: 'Ancien', active: false })
    const inactiveType = await payload.create({
      collection: 'request-types',
      locale: 'fr',
      data: {
        code: 'old',
        name: 'Ancien type',
        department: city.roads.id,
        deadlineDays: 5,
        photo: 'none',
        active: false,
        locationRequired: false,
        allowAnonymous: true,
      },
      overrideAccess: true,
    })
    const accountOnly = await payload.create({
      collection: 'request-types',
      locale: 'fr',
      data: {
        code: 'permit',
        name: 'Permis',
        department: city.roads.id,
        deadlineDays: 5,
        photo: 'none',
        locationRequired: false,
        allowAnonymous: false,
      },
      overrideAccess: true,
    })
    expect(inactiveType.id && accountOnly.id).toBeTruthy()
    const before = await count()
    const cases: [Fields, number, RegExp][] = [
      [pothole({ api_key: '' }), 403, /api_key is required/],
      [pothole({ api_key: 'o311_not-a-real-key-at-all-000000' }), 403, /Invalid api_key/],
      [pothole({ api_key: inactive.apiKey }), 403, /disabled/],
      [pothole({ service_code: '' }), 400, /service_code is required/],
      [pothole({ service_code: 'nope' }), 404, /Unknown or inactive service_code nope/],
      [pothole({ service_code: 'old' }), 404, /inactive/],
      [pothole({ service_code: 'permit' }), 400, /resident account/],
      [pothole({ 'attribute[size]': 'huge' }), 400, /attribute\[size\]: value not in the list/],
      [pothole({ 'attribute[size]': '' }), 400, /attribute\[size\] is required/],
      [pothole({ 'attribute[depth]': 'deep' }), 400, /attribute\[depth\] must be a number/],
      [pothole({ long: '' }), 400, /lat and long must come together/],
      [pothole({ lat: 'north' }), 400, /lat and long/],
      [pothole({ lat: '95', long: '-74.5' }), 400, /out of range/],
      [pothole({ lat: '10', long: '10' }), 400, /outside the city/],
      [pothole({ lat: '', long: '' }), 400, /location is required/],
      [pothole({ lat: '', long: '', address_id: '999999' }), 400, /Unknown address_id/],
      [
        pothole({ lat: '', long: '', address_string: '77, rue Inexistante' }),
        400,
        /address_string not found/,
      ],
      [pothole({ media_url: 'javascript:alert(1)' }), 400, /media_url/],
      [pothole({ email: 'pas-un-courriel' }), 400, /Invalid email/],
      [pothole({ description: '' }), 400, /description is required/],
      [pothole({ description: 'x'.repeat(5001) }), 400, /5,000/],
      [pothole({ locale: 'de' }), 400, /locale must be fr or en/],
    ]
    for (const [fields, status, message] of cases) {
      const answer = await post('requests.json', fields)
      expect({ fields, status: answer.status }).toEqual({ fields, status })
      expectValid('errors', answer.body)
      expect(answer.text).toMatch(message)
      expect(answer.headers.get('cache-control')).toBe('no-store')
    }
    // Several problems at once: one error each.
    const many = await post(
      'requests.json',
      pothole({ 'attribute[size]': 'huge', email: 'x', description: '' }),
    )
    expect((many.body as unknown[]).length).toBe(3)
    // locale picks the language of the descriptions.
    const french = await post('requests.json', pothole({ service_code: 'nope', locale: 'fr' }))
    expect(french.body).toEqual([
      { code: 404, description: 'service_code nope inconnu ou inactif' },
    ])
    // Transport errors.
    const xml = await post('requests.xml', pothole({ api_key: 'nope-nope-nope-nope' }))
    expect(xml.status).toBe(403)
    expect(XMLValidator.validate(xml.text)).toBe(true)
    expect(xml.text).toMatch(/<errors><error><code>403<\/code>/)
    const multipart = new FormData()
    multipart.set('api_key', key)
    multipart.set('service_code', 'pothole')
    multipart.append(
      'media',
      new File([new Uint8Array([0xff, 0xd8, 0xff])], 'a.jpg', { type: 'image/jpeg' }),
    )
    const encoded = new Response(multipart)
    const bytes = new Uint8Array(await encoded.arrayBuffer())
    const withFile = await send(
      new Request(`${base}/open311/v2/requests.json`, {
        method: 'POST',
        headers: {
          'content-type': encoded.headers.get('content-type')!,
          'content-length': String(bytes.length),
        },
        body: bytes,
      }),
      'requests.json',
    )
    expect(withFile.status).toBe(400)
    expect(withFile.text).toMatch(/media_url/)
    const huge = 'description=' + 'x'.repeat(70 * 1024)
    expect(
      (
        await send(
          new Request(`${base}/open311/v2/requests.json`, {
            method: 'POST',
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'content-length': String(huge.length),
            },
            body: huge,
          }),
          'requests.json',
        )
      ).status,
    ).toBe(413)
    expect(
      (
        await send(
          new Request(`${base}/open311/v2/requests.json`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': '2' },
            body: '{}',
          }),
          'requests.json',
        )
      ).status,
    ).toBe(415)
    expect((await post('services.json', pothole())).status).toBe(405)
    expect((await post('requests/2026-000001.json', pothole())).status).toBe(405)
    expect((await post('nothing.json', pothole())).status).toBe(404)
    expect((await post('requests', pothole())).status).toBe(404)
    expect(await count()).toBe(before)
  })

  it('should accept a multipart form without files', async () => {
    const multipart = new FormData()
    for (const [name, value] of Object.entries(pothole())) multipart.set(name, String(value))
    const encoded = new Response(multipart)
    const bytes = new Uint8Array(await encoded.arrayBuffer())
    const created = await send(
      new Request(`${base}/open311/v2/requests.json`, {
        method: 'POST',
        headers: {
          'content-type': encoded.headers.get('content-type')!,
          'content-length': String(bytes.length),
        },
        body: bytes,
      }),
      'requests.json',
    )
    expect(created.status).toBe(201)
  })

  it('should answer 429 beyond the client’s per-minute limit, counted in Postgres', async () => {
    const slow = await createClient({ name: 'Lent', rateLimit: 2 })
    const before = await count()
    const statuses = []
    for (let i = 0; i < 3; i++)
      statuses.push((await post('requests.json', pothole({ api_key: slow.apiKey }))).status)
    expect(statuses).toEqual([201, 201, 429])
    const limited = await post('requests.json', pothole({ api_key: slow.apiKey }))
    expect(limited.status).toBe(429)
    expectValid('errors', limited.body)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await count()).toBe(before + 2)
    const { rows } = await pool.query<{ key: string; points: number }>(
      'select key, points from service_requests.open311_rate_limits where key = $1',
      [`o311:${slow.id}`],
    )
    expect(rows[0].points).toBeGreaterThanOrEqual(3)
    // Other clients are not slowed down.
    expect((await post('requests.json', pothole())).status).toBe(201)
  })

  it('should show staff-public photos as media_url, and only those', async () => {
    const created = await post('requests.json', pothole())
    const number = (created.body as { service_request_id: string }[])[0].service_request_id
    const { docs } = await payload.find({
      collection: 'service-requests',
      where: { trackingNumber: { equals: number } },
      overrideAccess: true,
      depth: 0,
    })
    const data = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#36c' } })
      .jpeg()
      .toBuffer()
    const photo = await payload.create({
      collection: 'request-photos',
      data: { request: docs[0].id } as never,
      file: { data, mimetype: 'image/jpeg', name: 'a.jpg', size: data.length },
      overrideAccess: true,
    })
    const mediaUrl = async () =>
      ((await get(`requests/${number}.json`)).body as { media_url: string | null }[])[0].media_url
    expect(await mediaUrl()).toBeNull()
    await payload.update({
      collection: 'request-photos',
      id: photo.id,
      data: { isPublic: true },
      overrideAccess: true,
    })
    expect(await mediaUrl()).toBe(`${base}/api/request-photos/file/${photo.filename}`)
  })

  it('should take FixMyStreet updates: public note, status moved only when the machine allows it', async () => {
    const created = await post('requests.json', pothole())
    const number = (created.body as { service_request_id: string }[])[0].service_request_id
    const { docs } = await payload.find({
      collection: 'service-requests',
      where: { trackingNumber: { equals: number } },
      overrideAccess: true,
      depth: 0,
    })
    const id = docs[0].id
    const since = new Date(Date.now() - 1000).toISOString()
    await payload.update({
      collection: 'service-requests',
      id,
      data: { note: 'Note interne secrète', isNotePublic: false } as never,
      overrideAccess: true,
    })

    const fixed = await post('servicerequestupdates.json', {
      api_key: key,
      service_request_id: number,
      status: 'FIXED',
      description: 'Réparé, merci !',
      updated_datetime: '2026-11-24T10:00:00-05:00',
      email: 'fms-user@example.test',
      first_name: 'Paul',
      last_name: 'Témoin',
      update_id: '991',
    })
    expect(fixed.status).toBe(200)
    expectValid('post_update', fixed.body)
    let doc = await payload.findByID({
      collection: 'service-requests',
      id,
      overrideAccess: true,
      depth: 0,
    })
    expect(doc.status).toBe('resolved')
    expect(doc.history!.at(-1)).toMatchObject({
      kind: 'status',
      status: 'resolved',
      note: 'Réparé, merci !',
      isPublic: true,
    })
    expect(JSON.stringify(doc)).not.toMatch(/fms-user|Paul|Témoin/)
    // FixMyStreet retries: the same client update_id adds nothing and answers the same update.
    const historyLength = doc.history!.length
    const retried = await post('servicerequestupdates.json', {
      api_key: key,
      service_request_id: number,
      status: 'FIXED',
      description: 'Réparé, merci !',
      update_id: '991',
    })
    expect(retried.status).toBe(200)
    expect(retried.body).toEqual(fixed.body)
    expect(
      (
        await payload.findByID({
          collection: 'service-requests',
          id,
          overrideAccess: true,
          depth: 0,
        })
      ).history,
    ).toHaveLength(historyLength)

    // investigating → acknowledged is not a legal step from resolved: a note, the status stays.
    const note = await post('servicerequestupdates.xml', {
      api_key: key,
      service_request_id: number,
      status: 'investigating',
      description: 'Encore visible ce matin',
    })
    expect(note.status).toBe(200)
    expect(XMLValidator.validate(note.text)).toBe(true)
    expect(note.text).toMatch(/<service_request_updates><request_update><update_id>/)
    doc = await payload.findByID({
      collection: 'service-requests',
      id,
      overrideAccess: true,
      depth: 0,
    })
    expect(doc.status).toBe('resolved')
    expect(doc.history!.at(-1)).toMatchObject({
      kind: 'note',
      note: 'Encore visible ce matin',
      isPublic: true,
    })

    // OPEN on a resolved request reopens it.
    expect(
      (
        await post('servicerequestupdates.json', {
          api_key: key,
          service_request_id: number,
          status: 'open',
          description: 'Le trou est revenu',
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await payload.findByID({
          collection: 'service-requests',
          id,
          overrideAccess: true,
          depth: 0,
        })
      ).status,
    ).toBe('in_progress')

    for (const [fields, status] of [
      [{ api_key: key, service_request_id: number, status: 'bogus', description: 'x' }, 400],
      [{ api_key: key, service_request_id: '1999-000000', status: 'open', description: 'x' }, 404],
      [{ api_key: key, status: 'open', description: 'x' }, 400],
      [{ api_key: key, service_request_id: number, status: 'open', description: '' }, 400],
      [
        { api_key: key, service_request_id: number, description: 'x', updated_datetime: 'hier' },
        400,
      ],
      [
        { api_key: 'o311_wrong-wrong-wrong-wrong', service_request_id: number, description: 'x' },
        403,
      ],
    ] as [Fields, number][]) {
      const answer = await post('servicerequestupdates.json', fields)
      expect({ fields, status: answer.status }).toEqual({ fields, status })
      expectValid('errors', answer.body)
    }

    const updates = await get(
      'servicerequestupdates.json',
      `start_date=${encodeURIComponent(since)}`,
    )
    expect(updates.status).toBe(200)
    expectValid('updates', updates.body)
    const mine = (
      updates.body as {
        service_request_id: string
        status: string
        description: string
        update_id: string
      }[]
    ).filter((u) => u.service_request_id === number)
    expect(mine.map((u) => [u.status, u.description])).toEqual([
      ['fixed', 'Réparé, merci !'],
      ['fixed', 'Encore visible ce matin'],
      ['in_progress', 'Le trou est revenu'],
    ])
    expect(mine[0].update_id).toBe((fixed.body as { update_id: string }[])[0].update_id)
    const xml = await get('servicerequestupdates.xml', `start_date=${encodeURIComponent(since)}`)
    expect(XMLValidator.validate(xml.text)).toBe(true)
    expect(JSON.stringify(updates.body) + xml.text).not.toMatch(/Note interne|Jeanne|fms-user/)
    expect(
      (
        (await get('servicerequestupdates.json', 'end_date=2000-01-01T00:00:00-05:00'))
          .body as unknown[]
      ).length,
    ).toBe(0)
    expect((await get('servicerequestupdates.json', 'start_date=hier')).status).toBe(400)
    // A refused update does not use up its id: sent again correctly, it is applied.
    expect(
      (
        await post('servicerequestupdates.json', {
          api_key: key,
          service_request_id: number,
          status: 'nonsense',
          description: 'Plus tard',
          update_id: '992',
        })
      ).status,
    ).toBe(400)
    const later = await post('servicerequestupdates.json', {
      api_key: key,
      service_request_id: number,
      status: 'in_progress',
      description: 'Plus tard',
      update_id: '992',
    })
    expect(later.status).toBe(200)
    expect((later.body as { update_id: string }[])[0].update_id).not.toBe(mine[2].update_id)
    // Another client's same update_id is its own (that client is granted the type: a key only
    // updates its own requests and those of its granted types, see open311.scope.int.test.ts).
    const other = await createClient({
      name: 'Autre FMS',
      rateLimit: 100,
      requestTypes: [city.type.id],
    })
    const theirs = await post('servicerequestupdates.json', {
      api_key: other.apiKey,
      service_request_id: number,
      description: 'Vu aussi',
      update_id: '991',
    })
    expect(theirs.status).toBe(200)
    expect(theirs.body).not.toEqual(fixed.body)
  })
})
