import type { FlattenedField, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, as, type City, graphql, makeCity, rest } from '../helpers/city'
import { closePayload, getTestPayload } from '../helpers/payload'

/**
 * Sorting is an oracle when it reaches a field the caller cannot read: the order of the documents
 * tells the value, one probe at a time. Every such path must be refused, on every collection,
 * through the Local API acting for a person, REST and GraphQL alike.
 */
describe('sort paths and field access', () => {
  let payload: Payload
  let city: City
  let people: Actor[]

  beforeAll(async () => {
    payload = await getTestPayload()
    city = await makeCity(payload)
    people = [city.admin, city.editor, city.agentX, city.agentY, city.citizenA, city.citizenB]
    for (const [citizen, description] of [
      [city.citizenA, 'Mon voisin Jean Tremblay, 819 555-0199'],
      [city.citizenB, 'Zut, un nid-de-poule'],
    ] as const) {
      await payload.create({
        collection: 'service-requests',
        data: {
          type: city.type.id,
          description,
          language: 'fr',
          submitter: citizen.id,
          followTokenHash: `hash-${citizen.name}`,
        } as never,
        overrideAccess: true,
      })
    }
    // Two different reset tokens: sorting by them would order the requests by a secret.
    await payload.forgotPassword({
      collection: 'citizens',
      data: { email: 'citizenA@example.test' },
      disableEmail: true,
      overrideAccess: true,
    })
    await payload.forgotPassword({
      collection: 'citizens',
      data: { email: 'citizenB@example.test' },
      disableEmail: true,
      overrideAccess: true,
    })
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  /** Every path that ends on a hidden field: the collection's own, and one relationship away. */
  const hiddenPaths = () => {
    const paths: { collection: string; path: string }[] = []
    const hidden = (fields: FlattenedField[]) =>
      fields.filter((f) => 'hidden' in f && f.hidden).map((f) => f.name)
    for (const collection of payload.config.collections) {
      for (const name of hidden(collection.flattenedFields))
        paths.push({ collection: collection.slug, path: name })
      for (const field of collection.flattenedFields) {
        if (
          (field.type !== 'relationship' && field.type !== 'upload') ||
          typeof field.relationTo !== 'string'
        )
          continue
        const related = payload.collections[field.relationTo]?.config
        for (const name of hidden(related?.flattenedFields ?? []))
          paths.push({ collection: collection.slug, path: `${field.name}.${name}` })
      }
    }
    return paths
  }

  it('should find the hidden fields the probes need (the walk is not empty)', () => {
    const paths = hiddenPaths().map((p) => `${p.collection}:${p.path}`)
    expect(paths).toEqual(
      expect.arrayContaining([
        'service-requests:submitter.hash',
        'service-requests:submitter.resetPasswordToken',
        'service-requests:followTokenHash',
        'request-photos:owner.resetPasswordToken',
        'request-photos:request.followTokenHash',
      ]),
    )
  })

  it('should refuse, for everybody, a sort by any hidden field, directly or through a relationship', async () => {
    const allowed: string[] = []
    for (const { collection, path } of hiddenPaths()) {
      for (const person of people) {
        for (const sort of [path, `-${path}`]) {
          const outcome = await payload
            .find({ collection: collection as 'news', sort, limit: 5, depth: 0, ...as(person) })
            .then(() => 'allowed')
            .catch((err: { status?: number }) => err.status)
          if (outcome === 'allowed' || (outcome !== 400 && outcome !== 403))
            allowed.push(`${person.name} ${collection}?sort=${sort} → ${outcome}`)
        }
      }
    }
    expect(allowed).toEqual([])
  })

  it('should refuse a sort by a field the caller may not read (field access), but allow readable ones', async () => {
    // Residents never read who submitted a request; agents do for their department.
    await expect(
      payload.find({ collection: 'service-requests', sort: 'submitter', ...as(city.citizenA) }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(
      payload.find({ collection: 'service-requests', sort: 'contact.email', ...as(city.citizenA) }),
    ).rejects.toMatchObject({ status: 400 })
    const readable = await payload.find({
      collection: 'service-requests',
      sort: '-createdAt',
      ...as(city.agentX),
    })
    expect(readable.totalDocs).toBe(2)
    const byType = await payload.find({
      collection: 'service-requests',
      sort: 'type.code',
      ...as(city.agentX),
    })
    expect(byType.totalDocs).toBe(2)
  })

  it('should answer REST and GraphQL sorts through hidden paths with a 400 and a French and English message', async () => {
    for (const path of [
      '/api/service-requests?sort=submitter.hash',
      '/api/service-requests?sort=-submitter.resetPasswordToken',
      '/api/service-requests?sort=followTokenHash',
      '/api/request-photos?sort=owner.hash',
    ]) {
      const response = await rest(payload, 'GET', path, { actor: city.agentX })
      expect(response.status, path).toBe(400)
      const body = (await response.json()) as { errors: { message: string }[] }
      expect(body.errors[0].message, path).toMatch(/Tri impossible.*Cannot sort/)
    }
    const answer = await graphql(
      payload,
      '{ ServiceRequests(sort: "submitter__hash") { docs { id } } }',
      city.agentX,
    )
    expect(answer.errors?.[0]?.message).toMatch(/Tri impossible.*Cannot sort/)
    expect(answer.data?.ServiceRequests ?? null).toBeNull()
  })
})
