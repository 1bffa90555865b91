import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sql } from '@payloadcms/db-postgres'

import { newReference } from '../lib/reference'
import { holdPlaces } from '../lib/register'
import { releaseDue } from '../lib/releaseDue'
import { activitiesOptions } from '../lib/options'
import { closePayload, getTestPayload } from './host'
import {
  create,
  expireHoldsOf,
  makeResident,
  makeSession,
  placesRow,
  post,
  registrationRows,
  type Resident,
  sqlExecute,
} from './helpers'

const square = (lng: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng + 1, lat],
      [lng + 1, lat + 1],
      [lng, lat + 1],
      [lng, lat],
    ],
  ],
})

describe('activities: register with a hold, no oversell', () => {
  let payload: Payload
  let inCity: number
  let outside: number
  let seq = 0
  const resident = (options: Parameters<typeof makeResident>[2] = { address: inCity }) =>
    makeResident(payload, `resident${++seq}@example.test`, options)
  const register = (
    who: Resident,
    sessionId: number,
    fields: [string, string][] = [['member', 'self']],
  ) =>
    post(payload, 'register', {
      resident: who,
      fields: [['session', String(sessionId)], ...fields],
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    await create(payload, 'sectors', { name: 'Centre', code: 'centre', boundary: square(-74, 46) })
    const address = (number: number, lat: number) =>
      create(payload, 'addresses', {
        number,
        street: 'rue Test',
        postalCode: 'J0A 1B0',
        lat,
        lng: -73.5,
      })
    inCity = (await address(1, 46.5)).id
    outside = (await address(2, 50.5)).id
  })
  afterAll(async () => closePayload(payload))

  it('should hold places for 15 minutes at the resident price, with the receipt lines and a reference', async () => {
    const { session } = await makeSession(payload, { capacity: 5 })
    const who = await resident({
      address: inCity,
      household: [{ firstName: 'Léa', birthDate: '2016-05-01' }],
    })
    const before = Date.now()
    const result = await register(who, session.id, [
      ['member', 'self'],
      ['member', `m:${who.household[0].id}`],
      ['requestKey', 'k1'],
    ])
    expect(result.status).toBe(303)
    expect(result.error).toBeNull()
    expect(result.path).toMatch(/^\/fr\/loisirs\/reservation\/\d{12}$/)
    const rows = await registrationRows(payload, session.id)
    expect(rows.map((row) => [row.member_name, row.status, Number(row.price_cents)])).toEqual([
      ['Résidente Test', 'held', 5000],
      ['Léa', 'held', 5000],
    ])
    expect(rows.every((row) => row.payment_reference === result.reference)).toBe(true)
    const expires = new Date(String(rows[0].hold_expires_at)).getTime()
    expect(expires - before).toBeGreaterThanOrEqual(15 * 60_000 - 1000)
    expect(expires - before).toBeLessThanOrEqual(15 * 60_000 + 5000)
    expect((rows[1].receipt as { label: { fr: string } }[])[0].label.fr).toContain('Léa')
    expect(await placesRow(payload, session.id)).toEqual({ taken: 2, capacity: 5 })
  })

  it('should answer a double submit with the first hold, holding nothing more', async () => {
    const { session } = await makeSession(payload, { capacity: 5 })
    const who = await resident()
    const fields: [string, string][] = [
      ['member', 'self'],
      ['requestKey', 'same-form'],
    ]
    const [a, b] = await Promise.all([
      register(who, session.id, fields),
      register(who, session.id, fields),
    ])
    expect(a.reference).toBe(b.reference)
    expect(await registrationRows(payload, session.id)).toHaveLength(1)
    expect((await placesRow(payload, session.id))?.taken).toBe(1)
    // The same member again from another form: already registered.
    const again = await register(who, session.id, [
      ['member', 'self'],
      ['requestKey', 'other'],
    ])
    expect(again.error).toBe('ineligible')
    expect(again.query.get('reasons')).toBe('alreadyRegistered')
  })

  it('should hold exactly 10 of 100 concurrent registrations for 10 places, never below zero, also after expiries', async () => {
    const { session } = await makeSession(payload, { capacity: 10 })
    // 100 households, written straight to the table: creating accounts through Payload hashes a
    // password each (a second apiece on this busy machine); the endpoint's own path is the next test.
    const { rows } = await sqlExecute(
      payload,
      sql`INSERT INTO citizens (email, name, hash, salt, _verified, updated_at, created_at)
          SELECT 'crowd' || n || '@example.test', 'Foule ' || n, 'x', 'x', true, now(), now()
          FROM generate_series(1, 100) n RETURNING id`,
    )
    const ids = rows.map((row) => Number(row.id))
    const options = activitiesOptions(payload)
    const hold = (citizenId: number, key = `rush-${citizenId}`) =>
      holdPlaces({
        payload,
        sessionId: session.id,
        citizenId,
        members: [{ key: 'self', name: `#${citizenId}`, birthDate: null, cents: 5000, lines: [] }],
        isResident: true,
        reference: newReference(),
        requestKey: key,
        holdMinutes: 15,
        offerHours: 24,
      })
    const results = await Promise.all(ids.map((id) => hold(id)))
    expect(results.filter((r) => r.outcome === 'held')).toHaveLength(10)
    expect(results.filter((r) => r.outcome === 'full')).toHaveLength(90)
    expect(await placesRow(payload, session.id)).toEqual({ taken: 10, capacity: 10 })
    expect(
      (await registrationRows(payload, session.id)).filter((r) => r.status === 'held'),
    ).toHaveLength(10)

    // The holds run out unpaid: the job gives the places back once, however often it runs.
    await expireHoldsOf(payload, session.id)
    const [first, second] = await Promise.all([
      releaseDue(payload, options),
      releaseDue(payload, options),
    ])
    expect(first.expired + second.expired).toBe(10)
    expect((await placesRow(payload, session.id))?.taken).toBe(0)
    expect((await releaseDue(payload, options)).expired).toBe(0)

    // A second rush among the 90 who lost: 10 again, and the counter matches the rows.
    const losers = ids.filter((_, index) => results[index].outcome === 'full')
    const rush = await Promise.all(losers.map((id) => hold(id, `second-${id}`)))
    expect(rush.filter((r) => r.outcome === 'held')).toHaveLength(10)
    let all = await registrationRows(payload, session.id)
    expect(all.filter((r) => r.status === 'held')).toHaveLength(10)
    expect(all.filter((r) => r.status === 'expired')).toHaveLength(10)
    expect(await placesRow(payload, session.id)).toEqual({ taken: 10, capacity: 10 })

    // Expired but not released by any job: the next registrations release them themselves, racing.
    await expireHoldsOf(payload, session.id)
    const late = await Promise.all(losers.slice(20, 80).map((id) => hold(id, `late-${id}`)))
    expect(late.filter((r) => r.outcome === 'held')).toHaveLength(10)
    all = await registrationRows(payload, session.id)
    expect(all.filter((r) => r.status === 'held')).toHaveLength(10)
    expect(all.filter((r) => r.status === 'expired')).toHaveLength(20)
    expect(await placesRow(payload, session.id)).toEqual({ taken: 10, capacity: 10 })
  })

  it('should hold exactly 3 of 12 concurrent posts of the register form for 3 places', async () => {
    const { session } = await makeSession(payload, { capacity: 3 })
    const residents: Resident[] = []
    for (let i = 0; i < 12; i += 1) residents.push(await resident())
    const results = await Promise.all(residents.map((who) => register(who, session.id)))
    expect(results.every((r) => r.status === 303)).toBe(true)
    expect(results.filter((r) => r.outcome === 'held')).toHaveLength(3)
    expect(results.filter((r) => r.error === 'full')).toHaveLength(9)
    expect(await placesRow(payload, session.id)).toEqual({ taken: 3, capacity: 3 })
  }, 180_000)

  it('should refuse with every reason: too young, residents only, not open yet; the non-resident price outside the city', async () => {
    const { session } = await makeSession(payload, {
      capacity: 5,
      activity: { ageMin: 6, ageMax: 12 },
      session: {
        openTo: 'residentsOnly',
        residentsFrom: new Date(Date.now() - 3_600_000).toISOString(),
      },
    })
    const toddler = await resident({
      address: inCity,
      household: [{ firstName: 'Bébé', birthDate: '2025-01-01' }],
    })
    const young = await register(toddler, session.id, [['member', `m:${toddler.household[0].id}`]])
    expect(young.error).toBe('ineligible')
    expect(young.query.get('reasons')).toBe('tooYoung')
    const far = await resident({
      address: outside,
      household: [{ firstName: 'Zoé', birthDate: '2017-01-01' }],
    })
    const refused = await register(far, session.id, [['member', `m:${far.household[0].id}`]])
    expect(refused.query.get('reasons')).toBe('residentsOnly')
    expect(await registrationRows(payload, session.id)).toHaveLength(0)

    const open = await makeSession(payload, { capacity: 5 })
    const priced = await register(far, open.session.id, [['member', 'self']])
    expect(priced.outcome).toBe('held')
    expect(Number((await registrationRows(payload, open.session.id))[0].price_cents)).toBe(8000)

    const later = await makeSession(payload, {
      session: { everyoneFrom: new Date(Date.now() + 3_600_000).toISOString() },
    })
    // Not open yet, and at the same hour as the session just held: both said at once.
    expect((await register(far, later.session.id)).query.get('reasons')).toBe(
      'notOpenYet,scheduleConflict',
    )
  })

  it('should refuse a forged or unsigned post, a stranger’s member and an unknown session, never a 500', async () => {
    const { session } = await makeSession(payload)
    const who = await resident()
    expect(
      (
        await post(payload, 'register', {
          resident: who,
          fields: [
            ['session', String(session.id)],
            ['member', 'self'],
          ],
          csrf: 'x',
        })
      ).error,
    ).toBe('csrf')
    expect(
      (
        await post(payload, 'register', {
          fields: [
            ['session', String(session.id)],
            ['member', 'self'],
          ],
        })
      ).error,
    ).toBe('signInRequired')
    expect((await register(who, session.id, [['member', 'm:nope']])).error).toBe('unknownMember')
    expect((await register(who, session.id, [])).error).toBe('noMember')
    expect((await register(who, 999999)).error).toBe('notFound')
    const cross = await post(payload, 'register', {
      resident: who,
      fields: [
        ['session', String(session.id)],
        ['member', 'self'],
      ],
      origin: 'https://evil.example',
    })
    expect(cross.status).toBe(403)
    expect(await registrationRows(payload, session.id)).toHaveLength(0)
  })
})
