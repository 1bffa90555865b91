import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getPublicPetition, getSigningContext, listPublicPetitions } from '../frontend/load'
import { readCounts } from '../lib/db'
import { closePayload, getTestPayload } from './host'
import { create, makeCitizen, post, signatureRows, signFields, square } from './helpers'

const day = 24 * 60 * 60 * 1000

describe('petitions: what the public pages read', () => {
  let payload: Payload
  let nord: number
  let typeId: number

  beforeAll(async () => {
    payload = await getTestPayload()
    nord = (await create(payload, 'sectors', { name: 'Nord', boundary: square(-74, 46) })).id
    typeId = (
      await create(payload, 'petition-types', {
        name: 'Pétition citoyenne',
        thresholds: [{ area: 'sector', signatures: 2, triggers: 'written-response' }],
      })
    ).id
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  const petition = (slug: string, data: Record<string, unknown>) =>
    create(payload, 'petitions', {
      slug,
      title: slug,
      text: 'Texte',
      request: 'Demande',
      type: typeId,
      areaKind: 'sector',
      sector: nord,
      opensAt: new Date(Date.now() - day).toISOString(),
      ...data,
    })

  it('should list only published petitions, filtered by status and area, with their counts', async () => {
    await petition('projet', { status: 'draft', opensAt: null })
    await petition('au-greffe', { status: 'submitted', opensAt: null })
    const open = await petition('ouverte', { status: 'signing' })
    await petition('refusee', {
      status: 'inadmissible',
      inadmissibleReason: 'duplicate',
      opensAt: null,
    })
    const all = await listPublicPetitions(payload, 'fr')
    expect(all.map((p) => p.slug).sort()).toEqual(['ouverte', 'refusee'])
    expect(
      (await listPublicPetitions(payload, 'fr', { status: 'signing', area: 'all' })).map(
        (p) => p.slug,
      ),
    ).toEqual(['ouverte'])
    expect(await listPublicPetitions(payload, 'fr', { status: 'all', area: 'city' })).toEqual([])
    expect((await listPublicPetitions(payload, 'fr', { status: 'all', area: nord })).length).toBe(2)
    // The English page lists only the petitions filed in English (none has a translation).
    expect(await listPublicPetitions(payload, 'en')).toEqual([])
    const english = await petition('in-english', { status: 'signing', language: 'en' })
    expect((await listPublicPetitions(payload, 'en')).map((p) => p.id)).toEqual([english.id])
    expect((await listPublicPetitions(payload, 'fr')).length).toBe(3)
    await payload.delete({
      collection: 'petitions' as never,
      id: english.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect(await getPublicPetition(payload, 'projet', 'fr')).toBeNull()
    expect(await getPublicPetition(payload, 'au-greffe', 'fr')).toBeNull()
    expect((await getPublicPetition(payload, 'ouverte', 'fr'))?.id).toBe(open.id)
  })

  it('should publish only the promoters who consented, and the thresholds reached', async () => {
    const doc = await petition('promoteurs', {
      status: 'signing',
      promoters: [
        { role: 'filer', publicName: 'Marie Gagnon', consentToPublish: true },
        { role: 'contact', publicName: 'Nom caché', consentToPublish: false },
      ],
    })
    const address = (
      await create(payload, 'addresses', {
        number: 9,
        street: 'rue Test',
        postalCode: 'J0A 1B0',
        lat: 46.5,
        lng: -73.5,
      })
    ).id
    const alice = await makeCitizen(payload, 'alice.pages@example.test', {
      address,
      household: ['Léa'],
      name: 'Alice',
    })
    await post(payload, doc.id, 'sign', { signer: alice, fields: signFields() })
    await post(payload, doc.id, 'sign', { signer: alice, fields: signFields({ member: 'Léa' }) })
    const detail = (await getPublicPetition(payload, 'promoteurs', 'fr'))!
    expect(detail.promoters).toEqual([{ publicName: 'Marie Gagnon', role: 'filer' }])
    expect(detail.count).toBe(2)
    expect(detail.reached.map((r) => r.signatures)).toEqual([2])
    expect(JSON.stringify(detail)).not.toContain('Alice')
    // Through Payload's API as the public (REST and GraphQL apply the same access): no hidden name.
    const asPublic = (await payload.findByID({
      collection: 'petitions' as 'users',
      id: doc.id,
      overrideAccess: false,
      depth: 0,
    })) as unknown as { promoters: Record<string, unknown>[] }
    expect(JSON.stringify(asPublic)).not.toContain('Nom caché')
    expect(asPublic.promoters[0]).toMatchObject({ publicName: 'Marie Gagnon' })

    // The signing block's context, for Alice's session: eligible, both signed.
    const headers = new Headers({ cookie: `payload-token=${alice.token}` })
    const context = await getSigningContext(payload, headers, detail)
    expect(context).toMatchObject({
      eligibility: 'eligible',
      citizenName: 'Alice',
      household: ['Léa'],
      signed: { self: true, members: ['lea'] },
    })
    expect((await getSigningContext(payload, new Headers(), detail)).eligibility).toBe(
      'signInRequired',
    )
  })

  it('should take a deleted petition’s signatures, events and counter with it', async () => {
    const doc = await petition('supprimee', { status: 'signing' })
    const address = (
      await create(payload, 'addresses', {
        number: 10,
        street: 'rue Test',
        postalCode: 'J0A 1B0',
        lat: 46.5,
        lng: -73.5,
      })
    ).id
    const bruno = await makeCitizen(payload, 'bruno.pages@example.test', { address })
    expect(
      (await post(payload, doc.id, 'sign', { signer: bruno, fields: signFields() })).outcome,
    ).toBe('signed')
    await payload.delete({
      collection: 'petitions' as 'users',
      id: doc.id,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect(await signatureRows(payload, doc.id)).toEqual([])
    expect((await readCounts(payload, [doc.id])).get(doc.id)).toBe(0)
  })

  it('should close the petitions whose window ended, once, and leave the open ones', async () => {
    const { closeEndedPetitions } = await import('../lib/close')
    const typeId = (await create(payload, 'petition-types', { name: 'Type', signingDays: 30 })).id
    const make = (slug: string, openedDaysAgo: number) =>
      create(payload, 'petitions', {
        slug,
        title: slug,
        text: 'Texte',
        request: 'Demande',
        type: typeId,
        status: 'signing',
        opensAt: new Date(Date.now() - openedDaysAgo * day).toISOString(),
      })
    const ended = await make('terminee', 40)
    const open = await make('en-cours', 10)
    expect(await Promise.all([closeEndedPetitions(payload), closeEndedPetitions(payload)])).toEqual(
      expect.arrayContaining([1]),
    )
    expect(await closeEndedPetitions(payload)).toBe(0)
    const read = (id: number) =>
      payload.findByID({
        collection: 'petitions' as 'users',
        id,
        overrideAccess: true,
      }) as unknown as Promise<{
        status: string
        closedAt: string | null
        thresholdReached: boolean
      }>
    expect(await read(ended.id)).toMatchObject({ status: 'closed', thresholdReached: false })
    expect((await read(ended.id)).closedAt).toBeTruthy()
    expect((await read(open.id)).status).toBe('signing')
  })

  it('should export a resident’s signatures and unlink them on deletion, the count kept', async () => {
    const { petitionsPersonalData } = await import('../lib/personalData')
    const provider = petitionsPersonalData()
    const doc = await petition('donnees', { status: 'signing' })
    const address = (
      await create(payload, 'addresses', {
        number: 11,
        street: 'rue Test',
        postalCode: 'J0A 1B0',
        lat: 46.5,
        lng: -73.5,
      })
    ).id
    const chloe = await makeCitizen(payload, 'chloe.pages@example.test', {
      address,
      household: ['Noé'],
      name: 'Chloé',
    })
    await post(payload, doc.id, 'sign', { signer: chloe, fields: signFields({ outcome: true }) })
    await post(payload, doc.id, 'sign', { signer: chloe, fields: signFields({ member: 'Noé' }) })
    const exported = (await provider.export({ payload, citizenId: chloe.id })) as {
      signatures: { petition: string; signedAs: string; wantsOutcomeEmail: boolean }[]
    }
    expect(exported.signatures.map((s) => [s.petition, s.signedAs, s.wantsOutcomeEmail])).toEqual([
      ['donnees', 'Chloé', true],
      ['donnees', 'Noé', false],
    ])
    await provider.erase({ payload, citizenId: chloe.id })
    const rows = await signatureRows(payload, doc.id)
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(row).toMatchObject({
        citizen_id: null,
        member_name: '—',
        address_id: null,
        status: 'valid',
      })
      expect(String(row.signer_key)).toMatch(/^x:[0-9a-f]{32}$/)
    }
    expect((await readCounts(payload, [doc.id])).get(doc.id)).toBe(2)
    expect(await provider.export({ payload, citizenId: chloe.id })).toEqual({
      signatures: [],
      filed: [],
    })
  })

  it('should anonymise the signatures of a closed petition once its retention has passed, the count kept', async () => {
    const { anonymiseExpiredSignatures } = await import('../lib/anonymise')
    const retained = (await create(payload, 'petition-types', { name: 'Court', retentionDays: 30 }))
      .id
    const address = (
      await create(payload, 'addresses', {
        number: 12,
        street: 'rue Test',
        postalCode: 'J0A 1B0',
        lat: 46.5,
        lng: -73.5,
      })
    ).id
    const dan = await makeCitizen(payload, 'dan.pages@example.test', { address })
    const make = async (slug: string) => {
      const doc = await petition(slug, { status: 'signing', type: retained })
      await post(payload, doc.id, 'sign', { signer: dan, fields: signFields() })
      return doc
    }
    const old = await make('ancienne')
    const recent = await make('recente')
    for (const [doc, daysAgo] of [
      [old, 40],
      [recent, 5],
    ] as const)
      await payload.update({
        collection: 'petitions' as 'users',
        id: doc.id,
        data: {
          status: 'closed',
          closedAt: new Date(Date.now() - daysAgo * day).toISOString(),
        } as never,
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    expect(await anonymiseExpiredSignatures(payload)).toBe(1)
    expect(await anonymiseExpiredSignatures(payload)).toBe(0)
    expect((await signatureRows(payload, old.id))[0]).toMatchObject({
      citizen_id: null,
      member_name: '—',
    })
    expect((await signatureRows(payload, recent.id))[0]).toMatchObject({ citizen_id: dan.id })
    expect((await readCounts(payload, [old.id])).get(old.id)).toBe(1)
  })
})
