import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { activitiesPersonalData } from '..'
import { closePayload, getTestPayload } from './host'
import {
  makeResident,
  makeSession,
  placesRow,
  post,
  registrationRows,
  type Resident,
  waitlistRows,
} from './helpers'

describe('activities: Law 25, the household’s registrations in the export, unlinked by deletion', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })
  afterAll(async () => closePayload(payload))

  const fields = (sessionId: number): [string, string][] => [
    ['session', String(sessionId)],
    ['member', 'self'],
  ]

  it('should export the registrations and waitlist entries, then on deletion give held places to the next waiting and strip the names', async () => {
    const { session } = await makeSession(payload, { capacity: 1 })
    const leaving: Resident = await makeResident(payload, 'leaving@example.test', {
      address: null,
      name: 'Camille Départ',
      birthDate: '1990-01-02',
    })
    const next = await makeResident(payload, 'next@example.test', { address: null })
    expect(
      (await post(payload, 'register', { resident: leaving, fields: fields(session.id) })).outcome,
    ).toBe('held')
    expect(
      (await post(payload, 'waitlist', { resident: next, fields: fields(session.id) })).outcome,
    ).toBe('joined')
    const first = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)
    const last = new Date(Date.now() + 80 * 86_400_000).toISOString().slice(0, 10)
    const other = await makeSession(payload, {
      capacity: 0,
      session: {
        name: 'Complet',
        schedule: {
          firstDate: first,
          lastDate: last,
          weekdays: ['WE'],
          startTime: '18:00',
          durationMinutes: 60,
        },
      },
    })
    expect(
      (await post(payload, 'waitlist', { resident: leaving, fields: fields(other.session.id) }))
        .outcome,
    ).toBe('joined')

    const provider = activitiesPersonalData()
    const exported = await provider.export({ payload, citizenId: leaving.id })
    expect(exported.registrations).toMatchObject([
      { member: 'Camille Départ', birthDate: '1990-01-02', status: 'held', priceCents: 8000 },
    ])
    expect(exported.waitlist).toMatchObject([{ session: 'Complet', status: 'waiting' }])

    await provider.erase({ payload, citizenId: leaving.id })
    const [row] = await registrationRows(payload, session.id)
    expect([row.status, row.citizen_id, row.member_name, row.birth_date]).toEqual([
      'cancelled',
      null,
      '—',
      null,
    ])
    expect((await waitlistRows(payload, session.id)).map((r) => r.status)).toEqual(['offered'])
    expect(await placesRow(payload, session.id)).toEqual({ taken: 1, capacity: 1 })
    const [gone] = await waitlistRows(payload, other.session.id)
    expect([gone.status, gone.citizen_id, gone.member_name]).toEqual(['withdrawn', null, '—'])
    expect(await provider.export({ payload, citizenId: leaving.id })).toEqual({
      registrations: [],
      waitlist: [],
      cancellations: [],
    })
    // The account itself can now be deleted: nothing points at it.
    await payload.delete({
      collection: 'citizens' as 'users',
      id: leaving.id,
      overrideAccess: true,
    })
  })
})
