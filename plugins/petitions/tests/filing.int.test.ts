import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findSimilarPetitions } from '../lib/similar'
import { closePayload, getTestPayload } from './host'
import { base, create, makeCitizen, type Signer, square } from './helpers'
import { createCsrfToken, csrfBinding } from '../lib/csrf'
import { handleEndpoints } from 'payload'

const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    id: number
    sid?: string
  }

describe('petitions: filing a draft, similar petitions first', () => {
  let payload: Payload
  let nord: number
  let sud: number
  let typeId: number
  let resident: Signer

  const postForm = async (path: string, signer: Signer | null, fields: [string, string][]) => {
    const binding = signer ? csrfBinding(claims(signer.token)) : 'anonymous'
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/petitions${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: base,
          'sec-fetch-site': 'same-origin',
          ...(signer ? { cookie: `payload-token=${signer.token}` } : {}),
        },
        body: new URLSearchParams([
          ['locale', 'fr'],
          ['csrf', createCsrfToken(payload.secret, binding)],
          ...fields,
        ]).toString(),
      }),
    })
    const location = response.headers.get('location') ?? ''
    return { status: response.status, location, query: new URL(location, base).searchParams }
  }

  const filing = (over: Record<string, string> = {}): [string, string][] =>
    Object.entries({
      title: 'Des pistes cyclables sur la rue Principale',
      text: 'La rue Principale est dangereuse pour les cyclistes, surtout les enfants.',
      request: 'Aménager des pistes protégées.',
      type: String(typeId),
      area: 'city',
      filerName: 'Marie Gagnon',
      filerConsent: '1',
      contact1Name: 'Louis Tremblay',
      contact1Consent: '1',
      contact2Name: 'Amina Diallo',
      contact3Name: 'Paul Roy',
      ageDeclared: '1',
      ...over,
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    nord = (await create(payload, 'sectors', { name: 'Nord', boundary: square(-74, 46) })).id
    sud = (await create(payload, 'sectors', { name: 'Sud', boundary: square(-74, 44) })).id
    typeId = (await create(payload, 'petition-types', { name: 'Droit d’initiative', contacts: 3 }))
      .id
    const address = (
      await create(payload, 'addresses', {
        number: 1,
        street: 'rue Test',
        postalCode: 'J0A 1B0',
        lat: 46.5,
        lng: -73.5,
      })
    ).id
    resident = await makeCitizen(payload, 'filer@example.test', { address })
    const petition = (slug: string, title: string, status: string, text = 'Texte de la pétition') =>
      create(payload, 'petitions', {
        slug,
        title,
        text,
        request: 'Demande',
        type: typeId,
        areaKind: 'city',
        status,
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      })
    await petition('velo', 'Pistes cyclables protégées rue Principale', 'signing')
    await petition('parc', 'Un parc à chiens au bord du lac', 'signing')
    await petition('velo-brouillon', 'Pistes cyclables rue Principale (brouillon)', 'draft')
    await petition(
      'bibliotheque',
      'Ouvrir la bibliothèque le dimanche',
      'closed',
      'Des pistes cyclables aussi',
    )
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should find the similar public petitions, never a draft', async () => {
    const similar = await findSimilarPetitions(payload, {
      title: 'Des pistes cyclables sur la rue Principale',
    })
    expect(similar.map((p) => p.slug)).toContain('velo')
    expect(similar.map((p) => p.slug)).not.toContain('velo-brouillon')
    expect(similar.map((p) => p.slug)).not.toContain('parc')
    expect(await findSimilarPetitions(payload, { title: 'Déneigement des trottoirs' })).toEqual([])
  })

  it('should save a resident’s draft, filed by them, and let only them submit it for support', async () => {
    const filed = await postForm('/file', resident, filing())
    expect(filed.status).toBe(303)
    expect(filed.query.get('status')).toBe('filed')
    const id = Number(filed.query.get('draft'))
    const draft = (await payload.findByID({
      collection: 'petitions' as 'users',
      id,
      overrideAccess: true,
      depth: 0,
    })) as unknown as Record<string, unknown> & {
      promoters: { role: string; publicName: string }[]
    }
    expect(draft).toMatchObject({
      status: 'draft',
      filedBy: resident.id,
      language: 'fr',
      areaKind: 'city',
    })
    expect(draft.promoters.map((p) => [p.role, p.publicName])).toEqual([
      ['filer', 'Marie Gagnon'],
      ['contact', 'Louis Tremblay'],
      ['contact', 'Amina Diallo'],
      ['contact', 'Paul Roy'],
    ])
    // Its filer reads it; the public does not.
    const asFiler = await payload.find({
      collection: 'petitions' as 'users',
      where: { id: { equals: id } },
      overrideAccess: false,
      user: {
        ...(await payload.findByID({
          collection: 'citizens' as 'users',
          id: resident.id,
          overrideAccess: true,
        })),
        collection: 'citizens',
      } as never,
    })
    expect(asFiler.docs).toHaveLength(1)
    expect((asFiler.docs[0] as unknown as { filedBy: { id: number } }).filedBy.id).toBe(resident.id)
    expect(
      (
        await payload.find({
          collection: 'petitions' as 'users',
          where: { id: { equals: id } },
          overrideAccess: false,
        })
      ).docs,
    ).toHaveLength(0)

    const other = await makeCitizen(payload, 'other@example.test', { address: null })
    expect((await postForm(`/${id}/submit-draft`, other, [])).query.get('error')).toBe('notDraft')
    expect((await postForm(`/${id}/submit-draft`, resident, [])).query.get('status')).toBe(
      'submitted',
    )
    expect((await postForm(`/${id}/submit-draft`, resident, [])).query.get('error')).toBe(
      'notDraft',
    )
  })

  it('should refuse a filing with missing fields, contacts, age, or a sector not the filer’s', async () => {
    const refused = await postForm(
      '/file',
      resident,
      filing({ title: 'x', contact3Name: '', ageDeclared: '', area: String(sud) }),
    )
    expect(refused.query.get('error')).toBe('invalid')
    expect(refused.query.get('fields')!.split(',').sort()).toEqual([
      'ageNotDeclared',
      'area',
      'contacts',
      'title',
    ])
    // What was typed comes back with the error.
    const typed = new URLSearchParams(
      Buffer.from(refused.query.get('typed')!, 'base64url').toString(),
    )
    expect(typed.get('text')).toContain('rue Principale')
    expect(
      (await postForm('/file', resident, filing({ area: String(nord) }))).query.get('status'),
    ).toBe('filed')
    expect((await postForm('/file', null, filing())).query.get('error')).toBe('signInRequired')
    const homeless = await makeCitizen(payload, 'homeless@example.test', { address: null })
    expect((await postForm('/file', homeless, filing())).query.get('error')).toBe('noAddress')
  })
})
