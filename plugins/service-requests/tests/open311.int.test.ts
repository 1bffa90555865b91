import Ajv from 'ajv'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { submitRequest } from '../form/submit'
import { handleOpen311Get, open311Response } from '../open311/handlers'
import discoverySchema from './fixtures/open311/discovery.json'
import errorsSchema from './fixtures/open311/errors.json'
import requestsSchema from './fixtures/open311/requests.json'
import serviceDefinitionSchema from './fixtures/open311/service_definition.json'
import servicesSchema from './fixtures/open311/services.json'
import { type City, makeCity, newKey, options } from './helpers'

const ajv = new Ajv({ allErrors: true, strict: false })
const validators = {
  discovery: ajv.compile(discoverySchema),
  services: ajv.compile(servicesSchema),
  service_definition: ajv.compile(serviceDefinitionSchema),
  requests: ajv.compile(requestsSchema),
  errors: ajv.compile(errorsSchema),
}

describe('service requests: Open311 GeoReport v2 (read side)', () => {
  let payload: Payload
  let city: City
  let numbers: string[]

  const get = async (path: string, query = '') => {
    const segments = path.split('/')
    const answer = await handleOpen311Get({
      payload,
      options,
      path: segments,
      query: new URLSearchParams(query),
      baseUrl: 'https://ville.example',
    })
    const response = open311Response(answer)
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text: await response.text(),
    }
  }
  const json = async (path: string, query = '') => {
    const r = await get(path, query)
    return { ...r, body: JSON.parse(r.text) as unknown }
  }
  const expectValid = (kind: keyof typeof validators, body: unknown) => {
    const ok = validators[kind](body)
    expect(validators[kind].errors ?? []).toEqual([])
    expect(ok).toBe(true)
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    city = await makeCity(payload)
    numbers = []
    for (const [i, contact] of [
      { name: 'Jeanne Secret', email: 'jeanne.secret@example.test', phone: '819 555-0199' },
      null,
    ].entries()) {
      const r = await submitRequest(payload, options, {
        typeId: city.type.id,
        description: `Trou ${i}`,
        answers: { size: 'small' },
        addressId: city.westAddress.id,
        language: 'fr',
        citizenId: contact ? null : city.citizenA.id,
        contact,
        idempotencyKey: newKey(),
      })
      if (!r.ok) throw new Error('refused')
      numbers.push(r.trackingNumber)
    }
    const [first] = (
      await payload.find({
        collection: 'service-requests',
        where: { trackingNumber: { equals: numbers[0] } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs
    await payload.update({
      collection: 'service-requests',
      id: first.id,
      data: { status: 'resolved', note: 'Réparé', isNotePublic: true } as never,
      overrideAccess: true,
      context: { skipRequestEmail: true },
    })
    await payload.update({
      collection: 'service-requests',
      id: first.id,
      data: { note: 'Note interne secrète', isNotePublic: false } as never,
      overrideAccess: true,
    })
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should answer discovery, services and a service definition per the spec, in JSON and well-formed XML', async () => {
    expectValid('discovery', (await json('discovery.json')).body)
    const services = await json('services.json')
    expect(services.status).toBe(200)
    expectValid('services', services.body)
    expect(services.body).toEqual([
      expect.objectContaining({
        service_code: 'pothole',
        service_name: 'Nid-de-poule',
        metadata: true,
      }),
    ])
    const english = await json('services.json', 'locale=en')
    expectValid('services', english.body)
    const definition = await json('services/pothole.json')
    expectValid('service_definition', definition.body)
    expect(
      (definition.body as { attributes: { code: string; datatype: string }[] }).attributes.map(
        (a) => [a.code, a.datatype],
      ),
    ).toEqual([
      ['size', 'singlevaluelist'],
      ['depth', 'number'],
    ])
    for (const path of ['discovery.xml', 'services.xml', 'services/pothole.xml', 'requests.xml']) {
      const xml = await get(path)
      expect(xml.type).toMatch(/text\/xml/)
      expect(XMLValidator.validate(xml.text)).toBe(true)
    }
    const parsed = new XMLParser().parse((await get('services.xml')).text) as {
      services: { service: { service_code: string } }
    }
    expect(parsed.services.service.service_code).toBe('pothole')
  })

  it('should list requests with ISO 8601 offsets and the due date, without the submitter or internal notes', async () => {
    const list = await json('requests.json')
    expectValid('requests', list.body)
    const items = list.body as {
      service_request_id: string
      status: string
      status_notes: string | null
      expected_datetime: string
      requested_datetime: string
    }[]
    expect(items.map((i) => i.service_request_id).sort()).toEqual([...numbers].sort())
    const resolved = items.find((i) => i.service_request_id === numbers[0])!
    expect(resolved).toMatchObject({ status: 'closed', status_notes: 'Réparé' })
    expect(resolved.requested_datetime).toMatch(/[+-]0[45]:00$/)
    expect(resolved.expected_datetime).toMatch(/T23:59:00-0[45]:00$/)
    const raw = JSON.stringify(list.body) + (await get('requests.xml')).text
    expect(raw).not.toMatch(/Jeanne|jeanne\.secret|555-0199|Note interne|a@example\.test/)
    // Descriptions are the resident's own words (names, phone numbers): never in the public feed.
    expect(raw).not.toMatch(/Trou [01]/)
    expectValid('requests', (await json(`requests/${numbers[1]}.json`)).body)
    expect(((await json('requests.json', 'status=open')).body as unknown[]).length).toBe(1)
    expect(
      ((await json('requests.json', `service_request_id=${numbers[0]}`)).body as unknown[]).length,
    ).toBe(1)
    expect(((await json('requests.json', 'service_code=graffiti')).body as unknown[]).length).toBe(
      0,
    )
    expect(
      ((await json('requests.json', 'end_date=2000-01-01T00:00:00-05:00')).body as unknown[])
        .length,
    ).toBe(0)
  })

  it('should answer errors arrays with 4xx statuses', async () => {
    for (const [path, query, status] of [
      ['services/nope.json', '', 404],
      ['requests/1999-000000.json', '', 404],
      ['requests.json', 'status=maybe', 400],
      ['requests.json', 'start_date=yesterday', 400],
      ['services.json', 'locale=de', 400],
      ['nothing.json', '', 404],
      ['services', '', 404],
    ] as const) {
      const answer = await json(path, query)
      expect(answer.status).toBe(status)
      expectValid('errors', answer.body)
    }
    const xml = await get('services/nope.xml')
    expect(xml.status).toBe(404)
    expect(XMLValidator.validate(xml.text)).toBe(true)
    expect(xml.text).toMatch(/<errors><error><code>404<\/code>/)
  })
})
