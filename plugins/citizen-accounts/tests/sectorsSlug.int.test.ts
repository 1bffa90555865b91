import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { locationOf, makeClient } from './helpers'
import { accountOptions } from '../frontend/citizen'
import { loadAccountPage } from '../frontend/account/load'
import { sendCollectionReminders } from '../jobs/collectionReminders'

/**
 * A host whose sectors are a `districts` collection (`sectorsCollection`): the resident's sector,
 * the sign-ups without an account, the reminders and the pages follow it, and no table or query
 * names `sectors`.
 */
describe('citizen accounts: the sectors collection named by the host', () => {
  let payload: Payload
  let district: number
  let citizen: number
  const email = 'district@example.test'
  const password = 'correct-horse-battery'

  beforeAll(async () => {
    payload = await getTestPayload({ sectorsCollection: 'districts' })
    const ctx = { disableRevalidate: true }
    district = (
      await payload.create({
        collection: 'districts' as 'sectors',
        data: { name: 'Vieux-Port', code: 'vieux-port' } as never,
        overrideAccess: true,
        context: ctx,
      })
    ).id
    const address = (
      await payload.create({
        collection: 'addresses',
        data: { label: '1 rue du Quai', sector: district } as never,
        overrideAccess: true,
        context: ctx,
      })
    ).id
    citizen = (
      await payload.create({
        collection: 'citizens',
        data: {
          email,
          password,
          name: 'District',
          preferredLanguage: 'fr',
          address,
          alertTopics: ['collection-reminders'],
          alertChannels: ['email'],
          _verified: true,
        } as never,
        overrideAccess: true,
        disableVerificationEmail: true,
        context: { isCitizenSystem: true },
      })
    ).id
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should have no sectors collection, and give the resident the district of their address', async () => {
    expect(payload.collections.sectors).toBeUndefined()
    const doc = await payload.findByID({
      collection: 'citizens',
      id: citizen,
      depth: 0,
      overrideAccess: true,
    })
    expect(doc.sector).toBe(district)
  })

  it('should sign up a resident without an account for a district, and refuse a forged one', async () => {
    const client = makeClient(payload)
    const ok = await client.post('alert-signup', {
      email: 'voisin@example.test',
      sectorId: String(district),
    })
    expect(locationOf(ok)).toBe('/fr/mon-dossier/alertes-secteur?status=alertSignupSent')
    const { docs } = await payload.find({
      collection: 'alert-signups',
      where: { email: { equals: 'voisin@example.test' } },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs.map((d) => d.sector)).toEqual([district])
    const forged = await client.post(
      'alert-signup',
      { email: 'autre@example.test', sectorId: String(district + 1000) },
      { ip: '10.0.0.2' },
    )
    expect(locationOf(forged)).toContain('error=sectorRequired')
  })

  it('should list the districts on the sign-up page', async () => {
    const page = await loadAccountPage({
      locale: 'fr',
      searchParams: {},
      payload,
      headers: new Headers(),
      segments: ['alertes-secteur'],
    })
    expect(page.data).toMatchObject({
      page: 'sectorAlerts',
      sectors: [{ id: district, name: 'Vieux-Port' }],
    })
  })

  it('should remind the residents of each district collected tomorrow', async () => {
    const base = accountOptions(payload)
    const options = {
      ...base,
      notifications: {
        ...base.notifications,
        collectionsOn: async ({ sectorId }: { sectorId: number }) =>
          sectorId === district ? [{ fr: 'Compost', en: 'Compost' }] : [],
      },
    }
    expect(await sendCollectionReminders({ payload, options, date: '2026-12-02' })).toEqual({
      sent: 1,
      skipped: 0,
    })
  })
})
