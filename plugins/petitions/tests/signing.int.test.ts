import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readCounts } from '../lib/db'
import { closePayload, getTestPayload } from './host'
import {
  create,
  eventRows,
  makeCitizen,
  makeStaff,
  post,
  signatureRows,
  type Signer,
  signFields,
  square,
} from './helpers'

const day = 24 * 60 * 60 * 1000

describe('petitions: signing, one per person, thresholds, access', () => {
  let payload: Payload
  let nord: number
  let sud: number
  let nordAddress: number
  let nordAddress2: number
  let sudAddress: number
  let outsideAddress: number
  let typeId: number
  let seq = 0

  /** A petition open for signing (or as told), its type's rules frozen by the workflow hook. */
  const makePetition = async (data: Record<string, unknown> = {}) =>
    create(payload, 'petitions', {
      title: `Pétition ${++seq}`,
      text: 'Texte',
      request: 'Demande',
      type: typeId,
      areaKind: 'city',
      status: 'signing',
      opensAt: new Date(Date.now() - day).toISOString(),
      ...data,
    })

  let citizenSeq = 0
  // Each resident their own name: the same name at the same address is one person (signed once).
  const citizenAt = (address: number | null, household: string[] = []) => {
    const n = ++citizenSeq
    return makeCitizen(payload, `resident${n}@example.test`, {
      address,
      household,
      name: `Résidente ${n}`,
    })
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    nord = (
      await create(payload, 'sectors', { name: 'Nord', code: 'nord', boundary: square(-74, 46) })
    ).id
    sud = (
      await create(payload, 'sectors', { name: 'Sud', code: 'sud', boundary: square(-74, 44) })
    ).id
    const address = (number: number, lat: number) =>
      create(payload, 'addresses', {
        number,
        street: 'rue Test',
        postalCode: 'J0A 1B0',
        lat,
        lng: -73.5,
      })
    nordAddress = (await address(1, 46.5)).id
    nordAddress2 = (await address(2, 46.5)).id
    sudAddress = (await address(3, 44.5)).id
    // A point in no sector: not in the city.
    outsideAddress = (await address(4, 50.5)).id
    typeId = (
      await create(payload, 'petition-types', {
        name: 'Droit d’initiative',
        minimumAge: 15,
        signingDays: 90,
        thresholds: [
          { area: 'city', signatures: 10, triggers: 'written-response' },
          { area: 'city', signatures: 20, triggers: 'public-consultation' },
          { area: 'sector', signatures: 3, triggers: 'public-consultation' },
        ],
      })
    ).id
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should freeze the type’s rules and the signing window when signing opens', async () => {
    const petition = await makePetition()
    const rules = petition.rules as {
      minimumAge: number
      thresholds: unknown[]
      signingDays: number
    }
    expect(rules.minimumAge).toBe(15)
    expect(rules.thresholds).toHaveLength(3)
    const window =
      new Date(String(petition.closesAt)).getTime() - new Date(String(petition.opensAt)).getTime()
    expect(window).toBe(90 * day)
    // A later edit of the type changes nothing for it; rules sent in an update are ignored.
    await payload.update({
      collection: 'petition-types' as 'users',
      id: typeId,
      data: { minimumAge: 18 } as never,
      overrideAccess: true,
    })
    const updated = (await payload.update({
      collection: 'petitions' as 'users',
      id: petition.id,
      data: { title: 'Nouveau titre', rules: { minimumAge: 99 } } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })) as unknown as { rules: { minimumAge: number } }
    expect(updated.rules.minimumAge).toBe(15)
    await payload.update({
      collection: 'petition-types' as 'users',
      id: typeId,
      data: { minimumAge: 15 } as never,
      overrideAccess: true,
    })
  })

  it('should refuse a status that does not follow, and an inadmissible petition without its reason', async () => {
    const draft = await makePetition({ status: 'draft', opensAt: null })
    await expect(
      payload.update({
        collection: 'petitions' as 'users',
        id: draft.id,
        data: { status: 'signing' } as never,
        overrideAccess: true,
        context: { disableRevalidate: true },
      }),
    ).rejects.toThrow()
    const submitted = await makePetition({ status: 'submitted', opensAt: null })
    await expect(
      payload.update({
        collection: 'petitions' as 'users',
        id: submitted.id,
        data: { status: 'inadmissible' } as never,
        overrideAccess: true,
        context: { disableRevalidate: true },
      }),
    ).rejects.toThrow()
  })

  it('should refuse a signer without the age declared, outside the area, without an address, or when not open', async () => {
    const city = await makePetition()
    const sector = await makePetition({ areaKind: 'sector', sector: nord })
    const nordResident = await citizenAt(nordAddress)
    const sudResident = await citizenAt(sudAddress)
    const homeless = await citizenAt(null)
    const outsider = await citizenAt(outsideAddress)
    const fields = signFields()

    expect(
      (
        await post(payload, city.id, 'sign', {
          signer: nordResident,
          fields: signFields({ age: false }),
        })
      ).error,
    ).toBe('ageNotDeclared')
    expect((await post(payload, sector.id, 'sign', { signer: sudResident, fields })).error).toBe(
      'outsideArea',
    )
    expect((await post(payload, city.id, 'sign', { signer: outsider, fields })).error).toBe(
      'outsideArea',
    )
    expect((await post(payload, city.id, 'sign', { signer: homeless, fields })).error).toBe(
      'noAddress',
    )
    expect((await post(payload, city.id, 'sign', { fields })).error).toBe('signInRequired')

    const upcoming = await makePetition({ opensAt: new Date(Date.now() + day).toISOString() })
    const admissible = await makePetition({ status: 'admissible', opensAt: null })
    const closed = await makePetition({ status: 'closed' })
    for (const petition of [upcoming, closed]) {
      const refused = await post(payload, petition.id, 'sign', { signer: nordResident, fields })
      expect(refused.status).toBe(303)
      expect(refused.error).toBe('notOpen')
    }
    // Not public yet: back to the list, nothing said.
    expect(
      (await post(payload, admissible.id, 'sign', { signer: nordResident, fields })).location,
    ).toBe('/fr/petitions')

    // A forged post: another site, or no valid token.
    expect(
      (
        await post(payload, city.id, 'sign', {
          signer: nordResident,
          fields,
          origin: 'https://evil.example',
        })
      ).status,
    ).toBe(403)
    expect(
      (await post(payload, city.id, 'sign', { signer: nordResident, fields, csrf: '1.abc' })).error,
    ).toBe('csrf')

    for (const petition of [city, sector, upcoming, closed, admissible])
      expect(await signatureRows(payload, petition.id)).toHaveLength(0)

    // The resident of the area signs the sector's petition.
    const ok = await post(payload, sector.id, 'sign', { signer: nordResident, fields })
    expect(ok).toMatchObject({ status: 303, outcome: 'signed' })
    expect(ok.location).toMatch(/^\/fr\/petitions\/petition-\d+\?status=signed#signer$/)
  })

  it('should keep exactly one row and a count of one under 50 concurrent identical signs', async () => {
    const petition = await makePetition()
    const signer = await citizenAt(nordAddress)
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        post(payload, petition.id, 'sign', { signer, fields: signFields() }),
      ),
    )
    expect(results.every((r) => r.status === 303)).toBe(true)
    expect(results.filter((r) => r.outcome === 'signed')).toHaveLength(1)
    expect(results.filter((r) => r.outcome === 'already')).toHaveLength(49)
    expect(await signatureRows(payload, petition.id)).toHaveLength(1)
    expect((await readCounts(payload, [petition.id])).get(petition.id)).toBe(1)
  })

  it('should let household members at the same address each sign once with their own name', async () => {
    const petition = await makePetition()
    const parent = await citizenAt(nordAddress2, ['Léa', 'Noé'])
    const neighbour = await citizenAt(nordAddress2)
    expect(
      (await post(payload, petition.id, 'sign', { signer: parent, fields: signFields() })).outcome,
    ).toBe('signed')
    expect(
      (
        await post(payload, petition.id, 'sign', {
          signer: parent,
          fields: signFields({ member: 'Léa' }),
        })
      ).outcome,
    ).toBe('signed')
    // Léa again (the same name), and a name not in the household.
    expect(
      (
        await post(payload, petition.id, 'sign', {
          signer: parent,
          fields: signFields({ member: 'Léa' }),
        })
      ).outcome,
    ).toBe('already')
    expect(
      (
        await post(payload, petition.id, 'sign', {
          signer: parent,
          fields: signFields({ member: 'Inconnu' }),
        })
      ).error,
    ).toBe('unknownMember')
    // Another account at the same address signs too.
    expect(
      (await post(payload, petition.id, 'sign', { signer: neighbour, fields: signFields() }))
        .outcome,
    ).toBe('signed')
    const rows = await signatureRows(payload, petition.id)
    expect(rows.map((r) => r.member_name)).toHaveLength(3)
    expect(rows.map((r) => r.member_name)).toContain('Léa')
    expect(new Set(rows.map((r) => r.address_id))).toEqual(new Set([nordAddress2]))
    expect((await readCounts(payload, [petition.id])).get(petition.id)).toBe(3)
  })

  it('should withdraw a signature while signing is open, off the count, and sign again', async () => {
    const petition = await makePetition()
    const signer = await citizenAt(nordAddress)
    expect(
      (await post(payload, petition.id, 'sign', { signer, fields: signFields({ outcome: true }) }))
        .outcome,
    ).toBe('signed')
    const withdrawn = await post(payload, petition.id, 'withdraw', { signer })
    expect(withdrawn.outcome).toBe('withdrawn')
    expect((await readCounts(payload, [petition.id])).get(petition.id)).toBe(0)
    expect((await signatureRows(payload, petition.id))[0]).toMatchObject({ status: 'withdrawn' })
    expect((await post(payload, petition.id, 'withdraw', { signer })).outcome).toBe('notSigned')
    expect(
      (await post(payload, petition.id, 'sign', { signer, fields: signFields() })).outcome,
    ).toBe('signed')
    expect(await signatureRows(payload, petition.id)).toHaveLength(1)
    expect((await readCounts(payload, [petition.id])).get(petition.id)).toBe(1)
    // Closed: nothing is withdrawn any more.
    await payload.update({
      collection: 'petitions' as 'users',
      id: petition.id,
      data: { status: 'closed' } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect((await post(payload, petition.id, 'withdraw', { signer })).error).toBe('notOpen')
    expect((await readCounts(payload, [petition.id])).get(petition.id)).toBe(1)
  })

  it('should record a threshold exactly once when 30 residents sign at the same time', async () => {
    const petition = await makePetition()
    const signers: Signer[] = []
    for (let i = 0; i < 30; i++) signers.push(await citizenAt(i % 2 ? nordAddress : sudAddress))
    const results = await Promise.all(
      signers.map((signer) => post(payload, petition.id, 'sign', { signer, fields: signFields() })),
    )
    expect(results.filter((r) => r.outcome === 'signed')).toHaveLength(30)
    expect((await readCounts(payload, [petition.id])).get(petition.id)).toBe(30)
    const events = await eventRows(payload, petition.id)
    // The two city-wide thresholds (10, 20), once each; the sector threshold does not apply.
    expect(
      events.map((e) => [Number(e.threshold_index), Number(e.signatures), e.triggers]),
    ).toEqual([
      [0, 10, 'written-response'],
      [1, 20, 'public-consultation'],
    ])
    // Withdrawn below the threshold and signed again: still one event each.
    await post(payload, petition.id, 'withdraw', { signer: signers[0] })
    for (const signer of signers.slice(1, 12))
      await post(payload, petition.id, 'withdraw', { signer })
    for (const signer of signers.slice(0, 12))
      await post(payload, petition.id, 'sign', { signer, fields: signFields() })
    expect((await readCounts(payload, [petition.id])).get(petition.id)).toBe(30)
    expect(await eventRows(payload, petition.id)).toHaveLength(2)
    // Closing says whether a threshold was reached.
    const closed = (await payload.update({
      collection: 'petitions' as 'users',
      id: petition.id,
      data: { status: 'closed' } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })) as unknown as { thresholdReached: boolean; signatureCount: number }
    expect(closed.thresholdReached).toBe(true)
    expect(closed.signatureCount).toBe(30)
  })

  it('should let the greffe alone read signatures, and a resident their own', async () => {
    const petition = await makePetition()
    const alice = await citizenAt(nordAddress)
    const bruno = await citizenAt(sudAddress)
    await post(payload, petition.id, 'sign', { signer: alice, fields: signFields() })
    const greffe = await makeStaff(payload, 'greffe@ville.example', ['greffe'])
    const agent = await makeStaff(payload, 'agent@ville.example', ['agent'])
    const editor = await makeStaff(payload, 'editor@ville.example', ['editor'])
    const read = async (user: unknown) =>
      (
        await payload.find({
          collection: 'petition-signatures' as 'users',
          where: { petition: { equals: petition.id } },
          overrideAccess: false,
          user: user as never,
          depth: 0,
        })
      ).docs.length
    const citizen = async (signer: Signer) =>
      (await payload.findByID({
        collection: 'citizens' as 'users',
        id: signer.id,
        overrideAccess: true,
      })) as unknown as Record<string, unknown>
    expect(await read(greffe.user)).toBe(1)
    await expect(read(agent.user)).rejects.toThrow()
    await expect(read(editor.user)).rejects.toThrow()
    await expect(read(null)).rejects.toThrow()
    expect(await read({ ...(await citizen(alice)), collection: 'citizens' })).toBe(1)
    expect(await read({ ...(await citizen(bruno)), collection: 'citizens' })).toBe(0)
  })
})
