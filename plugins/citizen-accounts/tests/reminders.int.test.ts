import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { accountOptions } from '../frontend/citizen'
import { localNow, nextDay, sendCollectionReminders } from '../jobs/collectionReminders'

const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ],
})

describe('citizen accounts: collection reminders the evening before', () => {
  let payload: Payload
  let nord: number
  let sud: number

  beforeAll(async () => {
    payload = await getTestPayload()
    const ctx = { disableRevalidate: true }
    nord = (
      await payload.create({
        collection: 'sectors',
        data: { name: 'Nord', code: 'nord', boundary: square(-74, 46) },
        overrideAccess: true,
        context: ctx,
      })
    ).id
    sud = (
      await payload.create({
        collection: 'sectors',
        data: { name: 'Sud', code: 'sud', boundary: square(-74, 44) },
        overrideAccess: true,
        context: ctx,
      })
    ).id
    const people: [string, number, string[]][] = [
      ['r1', nord, ['collection-reminders']],
      ['r2', nord, ['all']],
      ['r3', sud, ['collection-reminders']],
    ]
    for (const [name, sector, alertTopics] of people) {
      const address = (
        await payload.create({
          collection: 'addresses',
          data: {
            number: 1,
            street: `rue ${name}`,
            postalCode: 'J0A 1B0',
            lat: sector === nord ? 46.5 : 44.5,
            lng: -73.5,
          },
          overrideAccess: true,
          context: ctx,
        })
      ).id
      await payload.create({
        collection: 'citizens',
        data: {
          email: `${name}@example.test`,
          password: 'correct-horse-battery',
          name,
          preferredLanguage: 'fr',
          address,
          alertTopics,
          alertChannels: ['email'],
          _verified: true,
        } as never,
        overrideAccess: true,
        disableVerificationEmail: true,
        context: { isCitizenSystem: true },
      })
    }
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should remind once the subscribed citizens of a sector collected tomorrow, and nobody else', async () => {
    const base = accountOptions(payload)
    const options = {
      ...base,
      notifications: {
        ...base.notifications,
        collectionsOn: async ({ sectorId }: { sectorId: number }) =>
          sectorId === nord ? [{ fr: 'Matières recyclables', en: 'Recycling' }] : [],
      },
    }
    expect(await sendCollectionReminders({ payload, options, date: '2026-12-02' })).toEqual({
      sent: 1,
      skipped: 0,
    })
    expect(await sendCollectionReminders({ payload, options, date: '2026-12-02' })).toEqual({
      sent: 0,
      skipped: 1,
    })
    const mail = await payload.find({
      collection: 'mail-outbox',
      where: { to: { equals: 'r1@example.test' } },
      overrideAccess: true,
    })
    expect(mail.docs.map((m) => m.subject)).toEqual(['Collecte demain : Matières recyclables'])
    expect(mail.docs[0].text).toContain(
      'Demain, mercredi 2 décembre, collecte à votre adresse : Matières recyclables.',
    )
    expect(mail.docs[0].text).toMatch(/\/fr\/collectes\?id=\d+/)
    for (const other of ['r2', 'r3']) {
      expect(
        (
          await payload.count({
            collection: 'mail-outbox',
            where: { to: { equals: `${other}@example.test` } },
            overrideAccess: true,
          })
        ).totalDocs,
      ).toBe(0)
    }
    // Next collection day: a new reminder.
    expect(await sendCollectionReminders({ payload, options, date: '2026-12-09' })).toEqual({
      sent: 1,
      skipped: 0,
    })
  })

  it('should tell the local hour and date in the city’s time zone', () => {
    // 23:30 UTC on Dec 1 is 18:30 in Montréal/Toronto (UTC-5): reminder hour, for Dec 2.
    expect(localNow('America/Toronto', new Date('2026-12-01T23:30:00Z'))).toEqual({
      date: '2026-12-01',
      hour: 18,
    })
    expect(nextDay('2026-12-31')).toBe('2027-01-01')
  })
})
