import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { demoRequestTypes, seedRequestTypes } from '../seed/requestTypes'

describe('service requests: demo request types', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should seed the 12 types in French and English, routed to departments, once', async () => {
    const departmentIds: Record<string, number> = {}
    for (const code of new Set(demoRequestTypes.map((t) => t.department))) {
      departmentIds[code] = (
        await payload.create({
          collection: 'departments',
          data: { name: code, code },
          overrideAccess: true,
          context: { disableRevalidate: true },
        })
      ).id
    }
    expect(await seedRequestTypes({ payload, departmentIds })).toBe(12)
    expect(await seedRequestTypes({ payload, departmentIds })).toBe(0)
    const codes = [
      'pothole',
      'graffiti',
      'street-lighting',
      'street-furniture',
      'park-cleanliness',
      'street-cleaning',
      'branch-collection',
      'missed-collection',
      'water-leak',
      'noise',
      'suggestion',
      'service-complaint',
    ]
    const { docs: fr } = await payload.find({
      collection: 'request-types',
      locale: 'fr',
      limit: 50,
      depth: 0,
      overrideAccess: true,
    })
    expect(fr.map((d) => d.code).sort()).toEqual(codes.sort())
    const [pothole] = (
      await payload.find({
        collection: 'request-types',
        locale: 'en',
        where: { code: { equals: 'pothole' } },
        depth: 0,
        overrideAccess: true,
      })
    ).docs
    expect(pothole.name).toBe('Pothole')
    expect(pothole.department).toBe(departmentIds['travaux-publics'])
    expect(pothole.questions?.[0]).toMatchObject({
      code: 'size',
      label: 'Approximate size',
      type: 'singlevaluelist',
    })
    expect(pothole.questions?.[0]?.choices?.map((c) => c.label)).toEqual([
      'Under 30 cm',
      '30 cm to 1 m',
      'Over 1 m',
    ])
    const [frPothole] = fr.filter((d) => d.code === 'pothole')
    expect(frPothole.questions?.[0]?.choices?.map((c) => c.label)).toEqual([
      'Moins de 30 cm',
      'De 30 cm à 1 m',
      'Plus de 1 m',
    ])
  })
})
