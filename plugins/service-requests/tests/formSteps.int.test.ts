import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createCsrfToken } from '../residents/csrf'
import { base, type City, makeCity } from './helpers'
import { closePayload, getTestPayload } from './host'

describe('service requests: the step table parses each post with its schema', () => {
  let payload: Payload
  let city: City

  const post = (fields: [string, string][]) => {
    const body = new URLSearchParams([
      ['locale', 'fr'],
      ['csrf', createCsrfToken(payload.secret, 'anonymous')],
      ...fields,
    ])
    return handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/service-requests-form/step`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
        body: body.toString(),
      }),
    })
  }
  const location = (r: Response) => new URL(r.headers.get('location') ?? '', base)

  beforeAll(async () => {
    payload = await getTestPayload()
    city = await makeCity(payload)
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should answer odd or refused bodies with the step’s 303 and error key, never a 500', async () => {
    // Repeated fields read as their first value, as before.
    let r = await post([
      ['step', 'type'],
      ['typeId', String(city.type.id)],
      ['typeId', 'x'],
    ])
    expect(r.status).toBe(303)
    const draft = location(r).searchParams.get('draft')!
    expect(location(r).searchParams.get('step')).toBe('details')
    r = await post([
      ['step', 'type'],
      ['typeId', 'pas-un-nombre'],
    ])
    expect(location(r).searchParams.get('error')).toBe('typeUnknown')
    r = await post([
      ['step', 'details'],
      ['draft', draft],
      ['go', 'next'],
      ['description', 'x'.repeat(5001)],
    ])
    expect(r.status).toBe(303)
    expect(location(r).searchParams.get('error')).toBe('descriptionTooLong')
    r = await post([
      ['step', 'details'],
      ['draft', draft],
      ['go', 'next'],
      ['description', '   '],
    ])
    expect(location(r).searchParams.get('error')).toBe('descriptionRequired')
    r = await post([
      ['step', 'details'],
      ['draft', draft],
      ['go', 'next'],
      ['description', 'Un trou'],
      ['description', 'ignoré'],
    ])
    expect(location(r).searchParams.get('step')).toBe('location')
    r = await post([
      ['step', 'location'],
      ['draft', draft],
      ['go', 'next'],
      ['addressId', '-3'],
    ])
    expect(location(r).searchParams.get('error')).toBe('locationInvalid')
    r = await post([
      ['step', 'questions'],
      ['draft', draft],
      ['go', 'next'],
      ['q_size', 'huge'],
      ['q_depth', 'x'.repeat(3000)],
    ])
    expect(r.status).toBe(303)
    expect(location(r).searchParams.get('error')).toMatch(/^answer:/)
    const saved = await payload.find({
      collection: 'request-drafts',
      where: { key: { equals: draft } },
      overrideAccess: true,
    })
    const answers = (saved.docs[0] as unknown as { data: { answers: Record<string, string> } }).data
      .answers
    expect(answers.depth).toHaveLength(2000)
  })
})
