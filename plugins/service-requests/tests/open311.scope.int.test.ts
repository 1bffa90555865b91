import Ajv from 'ajv'
import { XMLValidator } from 'fast-xml-parser'
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { RequestHistory } from '../components/RequestHistory'
import { listPublicRequests as listForTheSite } from '../public/publicList'
import { submitRequest } from '../form/submit'
import { handleOpen311Get, open311Response } from '../open311/handlers'
import { handleOpen311Post, readOpen311Form } from '../open311/post'
import errorsSchema from './fixtures/open311/errors.json'
import requestsSchema from './fixtures/open311/requests.json'
import { type City, base, makeCity, newKey, options, rest } from './helpers'

const ajv = new Ajv({ allErrors: true, strict: false })
const validators = { errors: ajv.compile(errorsSchema), requests: ajv.compile(requestsSchema) }

type Fields = Record<string, string>
type Pool = { query: <T>(text: string, values?: unknown[]) => Promise<{ rows: T[] }> }
type History = {
  kind: string
  status?: string | null
  note?: string | null
  isPublic?: boolean | null
  partner?: string | null
}[]
type Listed = {
  service_request_id: string
  address: string | null
  address_id: string | null
  lat: number | null
  long: number | null
}

/**
 * Issue #11, point 4: what an Open311 partner's key may do. A key updates only the requests its
 * client created, or those of the request types an administrator granted it; every update names
 * the partner in the history; public reads have the site's public list's precision, and only a
 * key an administrator trusts reads exact positions and civic addresses.
 */
describe('service requests: Open311 partners’ scope and the precision of public reads', () => {
  let payload: Payload
  let city: City
  let pool: Pool
  let graffiti: { id: number }
  let clientA: { id: number; apiKey: string }
  let clientB: { id: number; apiKey: string }

  const expectValid = (kind: keyof typeof validators, body: unknown) => {
    const ok = validators[kind](body)
    expect(validators[kind].errors ?? []).toEqual([])
    expect(ok).toBe(true)
  }
  const post = async (path: string, fields: Fields) => {
    const body = new URLSearchParams(fields).toString()
    const request = new Request(`${base}/open311/v2/${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(body)),
      },
      body,
    })
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
      text,
      body: path.endsWith('.json') ? (JSON.parse(text) as unknown) : null,
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
      headers: response.headers,
      text,
      body: path.endsWith('.json') ? (JSON.parse(text) as unknown) : null,
    }
  }
  const createClient = async (data: Record<string, unknown>) => {
    const response = await rest(payload, 'POST', '/api/open311-clients', {
      cookie: city.admin.cookie,
      body: data,
    })
    expect(response.status).toBe(201)
    return ((await response.json()) as { doc: { id: number; apiKey: string } }).doc
  }
  /** A pothole reported by a partner (west sector, roads), its tracking number. */
  const report = async (apiKey: string, extra: Fields = {}) => {
    const created = await post('requests.json', {
      api_key: apiKey,
      service_code: 'pothole',
      lat: '45.5',
      long: '-74.5',
      'attribute[size]': 'small',
      description: 'Signalé par un partenaire',
      ...extra,
    })
    expect(created.status).toBe(201)
    return (created.body as { service_request_id: string }[])[0].service_request_id
  }
  /** A resident's request through the site's form (no partner). */
  const webRequest = async (
    typeId: number,
    addressId: number,
    answers: Record<string, string> = {},
  ) => {
    const result = await submitRequest(payload, options, {
      typeId,
      description: 'Par le site',
      answers,
      addressId,
      language: 'fr',
      citizenId: null,
      contact: { name: 'Résidente' },
      idempotencyKey: newKey(),
    })
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`)
    return result.trackingNumber
  }
  const stored = async (trackingNumber: string) => {
    const { docs } = await payload.find({
      collection: 'service-requests',
      where: { trackingNumber: { equals: trackingNumber } },
      overrideAccess: true,
      depth: 0,
      limit: 1,
    })
    return docs[0] as unknown as {
      id: number
      status: string
      history: History
      open311Client?: number | null
    }
  }
  const claims = async (clientId: number) =>
    (
      await pool.query<{ external_id: string }>(
        'select external_id from service_requests.open311_updates where client_id = $1',
        [clientId],
      )
    ).rows.map((r) => r.external_id)

  beforeAll(async () => {
    payload = await getTestPayload()
    pool = (payload.db as unknown as { pool: Pool }).pool
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
        locationRequired: true,
        allowAnonymous: true,
      },
      overrideAccess: true,
    })
    clientA = await createClient({ name: 'Partenaire A', rateLimit: 1000 })
    clientB = await createClient({ name: 'Partenaire B', rateLimit: 1000 })
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should refuse a partner’s update of a resident’s web request or of another partner’s request with a bilingual 403, changing nothing', async () => {
    // A resident's request of another department (east sector → parks), and partner B's own.
    const web = await webRequest(city.type.id, city.eastAddress.id, { size: 'large' })
    const theirs = await report(clientB.apiKey)
    for (const number of [web, theirs]) {
      const before = await stored(number)
      const refused = await post('servicerequestupdates.json', {
        api_key: clientA.apiKey,
        service_request_id: number,
        status: 'fixed',
        description: 'Réparé (vraiment ?)',
        update_id: `a-${number}`,
      })
      expect({ number, status: refused.status }).toEqual({ number, status: 403 })
      expectValid('errors', refused.body)
      // No locale given: English then French, like every Open311 error here.
      expect((refused.body as { description: string }[])[0].description).toMatch(/^[^/]+ \/ [^/]+$/)
      const french = await post('servicerequestupdates.json', {
        api_key: clientA.apiKey,
        service_request_id: number,
        description: 'Note',
        locale: 'fr',
      })
      expect(french.status).toBe(403)
      expect((french.body as { description: string }[])[0].description).not.toContain(' / ')
      const xml = await post('servicerequestupdates.xml', {
        api_key: clientA.apiKey,
        service_request_id: number,
        description: 'Note',
      })
      expect(xml.status).toBe(403)
      expect(XMLValidator.validate(xml.text)).toBe(true)
      const after = await stored(number)
      expect(after.status).toBe(before.status)
      expect(after.history).toEqual(before.history)
    }
    // A refused update does not use up the client's update_id.
    expect(await claims(clientA.id)).toEqual([])
  })

  it('should let a partner update the requests it created, each entry naming the partner', async () => {
    const mine = await report(clientA.apiKey)
    const created = await stored(mine)
    expect(created.open311Client).toBe(clientA.id)
    expect(created.history[0]).toMatchObject({ kind: 'created', partner: 'Partenaire A' })
    const moved = await post('servicerequestupdates.json', {
      api_key: clientA.apiKey,
      service_request_id: mine,
      status: 'in_progress',
      description: 'Équipe envoyée',
    })
    expect(moved.status).toBe(200)
    const noted = await post('servicerequestupdates.json', {
      api_key: clientA.apiKey,
      service_request_id: mine,
      description: 'Photo ajoutée',
    })
    expect(noted.status).toBe(200)
    const { history } = await stored(mine)
    expect(history.slice(-2)).toEqual([
      expect.objectContaining({
        kind: 'status',
        status: 'in_progress',
        note: 'Équipe envoyée',
        isPublic: true,
        partner: 'Partenaire A',
      }),
      expect.objectContaining({
        kind: 'note',
        note: 'Photo ajoutée',
        isPublic: true,
        partner: 'Partenaire A',
      }),
    ])
    // Staff's own changes name no partner.
    await payload.update({
      collection: 'service-requests',
      id: created.id,
      data: { note: 'Vu par la Ville', isNotePublic: false } as never,
      overrideAccess: false,
      user: {
        ...(await payload.findByID({
          collection: 'users',
          id: city.admin.id,
          overrideAccess: true,
        })),
        collection: 'users',
      } as never,
    })
    expect((await stored(mine)).history.at(-1)).toMatchObject({
      kind: 'note',
      note: 'Vu par la Ville',
    })
    expect((await stored(mine)).history.at(-1)?.partner ?? null).toBeNull()
    // The creating client is the system's to record: an administrator cannot move it to another client.
    const patched = await rest(payload, 'PATCH', `/api/service-requests/${created.id}`, {
      cookie: city.admin.cookie,
      body: { open311Client: clientB.id },
    })
    expect(patched.status).toBe(200)
    expect((await stored(mine)).open311Client).toBe(clientA.id)
    // The admin's history panel says who wrote it.
    const user = {
      ...(await payload.findByID({ collection: 'users', id: city.admin.id, overrideAccess: true })),
      collection: 'users',
    }
    const render = RequestHistory as unknown as (props: unknown) => Promise<unknown>
    const element = await render({
      id: created.id,
      payload,
      req: { user, payload },
      i18n: { language: 'fr' },
    })
    const html = renderToStaticMarkup(element as never)
    expect(html).toContain('Photo ajoutée')
    expect(html).toMatch(/par Partenaire A \(partenaire Open311\)/)
  })

  it('should let an administrator, and no one else, grant request types to a key, whose requests the partner may then update', async () => {
    const tag = await webRequest(graffiti.id, city.westAddress.id)
    const pothole = await webRequest(city.type.id, city.westAddress.id, { size: 'small' })
    expect(
      (
        await post('servicerequestupdates.json', {
          api_key: clientA.apiKey,
          service_request_id: tag,
          description: 'Nettoyé',
        })
      ).status,
    ).toBe(403)
    for (const who of [city.editor, city.agentA]) {
      const refused = await rest(payload, 'PATCH', `/api/open311-clients/${clientA.id}`, {
        cookie: who.cookie,
        body: { requestTypes: [graffiti.id] },
      })
      expect(refused.status).toBe(403)
    }
    const granted = await rest(payload, 'PATCH', `/api/open311-clients/${clientA.id}`, {
      cookie: city.admin.cookie,
      body: { requestTypes: [graffiti.id] },
    })
    expect(granted.status).toBe(200)
    const read = (await (
      await rest(payload, 'GET', `/api/open311-clients/${clientA.id}?depth=0`, {
        cookie: city.admin.cookie,
      })
    ).json()) as { requestTypes?: number[] }
    expect(read.requestTypes).toEqual([graffiti.id])
    const cleaned = await post('servicerequestupdates.json', {
      api_key: clientA.apiKey,
      service_request_id: tag,
      status: 'fixed',
      description: 'Nettoyé',
    })
    expect(cleaned.status).toBe(200)
    expect((await stored(tag)).status).toBe('resolved')
    expect((await stored(tag)).history.at(-1)).toMatchObject({
      kind: 'status',
      status: 'resolved',
      partner: 'Partenaire A',
    })
    // Another type stays out of reach, and another key gets nothing from A's grant.
    expect(
      (
        await post('servicerequestupdates.json', {
          api_key: clientA.apiKey,
          service_request_id: pothole,
          description: 'Bouché',
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await post('servicerequestupdates.json', {
          api_key: clientB.apiKey,
          service_request_id: tag,
          description: 'Vu',
        })
      ).status,
    ).toBe(403)
  })

  it('should give anonymous reads the public list’s precision, and the exact place only to a key an administrator trusts', async () => {
    const address = await payload.create({
      collection: 'addresses',
      data: {
        number: 42,
        street: 'rue des Érables',
        postalCode: 'J0A 1B0',
        lat: 45.512345,
        lng: -74.456789,
      },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const atAddress = await webRequest(city.type.id, address.id, { size: 'small' })
    const atPoint = await report(clientB.apiKey, { lat: '45.523456', long: '-74.534567' })
    const site = async (trackingNumber: string) =>
      (
        await listForTheSite({
          payload,
          options,
          locale: 'fr',
          filters: { trackingNumber },
          page: 1,
        })
      ).requests[0]
    const one = async (number: string, query = '') => {
      const answer = await get(`requests/${number}.json`, query)
      expect(answer.status).toBe(200)
      expectValid('requests', answer.body)
      return (answer.body as Listed[])[0]
    }
    // Anonymous: the street without its number, no address id (the registry would give the number), the point rounded.
    for (const [number, street] of [
      [atAddress, 'rue des Érables'],
      [atPoint, null],
    ] as const) {
      const item = await one(number)
      const shown = await site(number)
      expect(item).toMatchObject({ address: street, address_id: null })
      expect(item.address).toBe(shown.street)
      expect({ lat: item.lat, lng: item.long }).toEqual(shown.point)
    }
    expect(await one(atAddress)).toMatchObject({ lat: 45.512, long: -74.457 })
    expect(await one(atPoint)).toMatchObject({ lat: 45.523, long: -74.535 })
    const everything =
      JSON.stringify((await get('requests.json')).body) +
      (await get('requests.xml')).text +
      (await get(`requests/${atAddress}.xml`)).text
    expect(everything).not.toMatch(/45\.512345|74\.456789|45\.523456|74\.534567|42, rue/)
    expect(everything).toContain('rue des Érables')
    // A key that is not trusted reads what anyone reads; a wrong or disabled key is refused.
    expect(await one(atAddress, `api_key=${clientA.apiKey}`)).toMatchObject({
      address: 'rue des Érables',
      address_id: null,
      lat: 45.512,
    })
    expect((await get('requests.json', 'api_key=o311_not-a-real-key-at-all-000000')).status).toBe(
      403,
    )
    const disabled = await createClient({
      name: 'Ancien partenaire',
      active: false,
      readPrecision: 'exact',
    })
    expect((await get('requests.json', `api_key=${disabled.apiKey}`)).status).toBe(403)
    // Only an administrator trusts a key.
    expect(
      (
        await rest(payload, 'PATCH', `/api/open311-clients/${clientA.id}`, {
          cookie: city.agentA.cookie,
          body: { readPrecision: 'exact' },
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await rest(payload, 'PATCH', `/api/open311-clients/${clientA.id}`, {
          cookie: city.admin.cookie,
          body: { readPrecision: 'exact' },
        })
      ).status,
    ).toBe(200)
    expect(await one(atAddress, `api_key=${clientA.apiKey}`)).toMatchObject({
      address: '42, rue des Érables',
      address_id: String(address.id),
      lat: 45.512345,
      long: -74.456789,
    })
    expect(await one(atPoint, `api_key=${clientA.apiKey}`)).toMatchObject({
      lat: 45.523456,
      long: -74.534567,
    })
    const trusted = await get('requests.json', `api_key=${clientA.apiKey}`)
    expect(trusted.headers.get('cache-control')).toMatch(/no-store/)
    expect(JSON.stringify(trusted.body)).toContain('45.512345')
    // The anonymous answer may be cached by anyone; it never depends on a key.
    expect((await get('requests.json')).headers.get('cache-control')).toMatch(/public/)
  })
})
