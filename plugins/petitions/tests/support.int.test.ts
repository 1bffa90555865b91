import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getFilingContext } from '../frontend/loadFiling'
import { getSupportContext } from '../frontend/loadSupport'
import { createCsrfToken, csrfBinding } from '../lib/csrf'
import { readCounts } from '../lib/db'
import { closePayload, getTestPayload } from './host'
import {
  base,
  create,
  makeCitizen,
  makeStaff,
  post,
  signatureRows,
  signFields,
  type Signer,
  square,
} from './helpers'

const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    id: number
    sid?: string
  }

type Draft = { id: number; slug: string; status: string; shareToken?: string | null } & Record<
  string,
  unknown
>

describe('petitions: supporting signatures by shared link', () => {
  let payload: Payload
  let nord: number
  let typeId: number
  let nordAddress: number
  let sudAddress: number
  let filer: Signer

  const postForm = async (
    path: string,
    signer: Signer | null,
    fields: [string, string][],
    { origin = base }: { origin?: string } = {},
  ) => {
    const binding = signer ? csrfBinding(claims(signer.token)) : 'anonymous'
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/petitions${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin,
          'sec-fetch-site': origin === base ? 'same-origin' : 'cross-site',
          accept: 'text/html',
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
    const query = new URL(location || '/', base).searchParams
    return { status: response.status, location, status_: query.get('status'), query }
  }

  const support = (draft: Draft, signer: Signer | null, over: Record<string, string> = {}) =>
    postForm(
      `/${draft.id}/support`,
      signer,
      Object.entries({ token: draft.shareToken ?? '', ageDeclared: '1', ...over }),
    )

  const read = async (id: number) =>
    (await payload.findByID({
      collection: 'petitions' as 'users',
      id,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Draft

  /** A draft of the filer's, in the north sector, submitted for support through the endpoint. */
  const supportingDraft = async (slug: string, areaKind: 'sector' | 'city' = 'sector') => {
    const draft = await create(payload, 'petitions', {
      slug,
      title: `Projet ${slug}`,
      text: 'Le texte du projet de pétition, assez long.',
      request: 'Une demande',
      type: typeId,
      areaKind,
      sector: areaKind === 'sector' ? nord : null,
      filedBy: filer.id,
      status: 'draft',
    })
    const submitted = await postForm(`/${draft.id}/submit-draft`, filer, [])
    expect(submitted.query.get('status')).toBe('submitted')
    return read(draft.id)
  }

  const residents = async (prefix: string, n: number, address: number) => {
    const made: Signer[] = []
    for (let i = 0; i < n; i++)
      made.push(await makeCitizen(payload, `${prefix}${i}@example.test`, { address }))
    return made
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    nord = (await create(payload, 'sectors', { name: 'Nord', boundary: square(-74, 46) })).id
    await create(payload, 'sectors', { name: 'Sud', boundary: square(-74, 44) })
    typeId = (
      await create(payload, 'petition-types', {
        name: 'Droit d’initiative',
        contacts: 0,
        draftQuorum: 25,
        thresholds: [{ area: 'sector', signatures: 100, triggers: 'public-consultation' }],
      })
    ).id
    const address = (lat: number, number: number) =>
      create(payload, 'addresses', {
        number,
        street: 'rue Test',
        postalCode: 'J0A 1B0',
        lat,
        lng: -73.5,
      })
    nordAddress = (await address(46.5, 1)).id
    sudAddress = (await address(44.5, 2)).id
    filer = await makeCitizen(payload, 'filer@example.test', { address: nordAddress })
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should give a draft entering supporting an unguessable share token and freeze its quorum, shown to its filer', async () => {
    const draft = await supportingDraft('jeton')
    expect(draft.status).toBe('supporting')
    expect(draft.shareToken).toMatch(/^[A-Za-z0-9_-]{24}$/)
    expect((draft.rules as { draftQuorum: number }).draftQuorum).toBe(25)
    const other = await supportingDraft('jeton-autre')
    expect(other.shareToken).not.toBe(draft.shareToken)
    // A token sent in an update is ignored: only the workflow hook writes it.
    await payload.update({
      collection: 'petitions' as 'users',
      id: draft.id,
      data: { shareToken: 'choisi-par-moi-1234567890' } as never,
      overrideAccess: true,
    })
    expect((await read(draft.id)).shareToken).toBe(draft.shareToken)
    // The filer's draft page: the link and "0 of 25".
    const context = await getFilingContext(
      payload,
      new Headers({ cookie: `payload-token=${filer.token}` }),
      { locale: 'fr', draftId: draft.id },
    )
    expect(context.draft?.support).toEqual({
      shareUrl: `http://localhost:3000/fr/petitions/jeton?appui=${draft.shareToken}`,
      count: 0,
      quorum: 25,
    })
    // The public and other residents never read the token.
    const visitor = await payload.find({
      collection: 'petitions' as 'users',
      where: { id: { equals: draft.id } },
      overrideAccess: false,
    })
    expect(visitor.docs).toHaveLength(0)
  })

  it('should refuse a wrong token, a resident outside the area, an undeclared age, a signed-out visitor and a post from another site', async () => {
    const draft = await supportingDraft('refus')
    const [neighbour] = await residents('refus-nord', 1, nordAddress)
    const [outsider] = await residents('refus-sud', 1, sudAddress)
    // A wrong token: back to the list, nothing said about the draft, nothing written.
    const wrong = await support(draft, neighbour!, { token: `${draft.shareToken!.slice(0, -1)}x` })
    expect(wrong.status).toBe(303)
    expect(wrong.location).toBe('/fr/petitions')
    const missing = await support(draft, neighbour!, { token: '' })
    expect(missing.location).toBe('/fr/petitions')
    expect(
      await getSupportContext(payload, new Headers(), { slug: 'refus', token: 'x'.repeat(24) }),
    ).toBeNull()
    // The right token on another petition's id is wrong too.
    const other = await supportingDraft('refus-autre')
    expect((await support({ ...other, shareToken: draft.shareToken }, neighbour!)).location).toBe(
      '/fr/petitions',
    )
    const outside = await support(draft, outsider!)
    expect(outside.query.get('error')).toBe('outsideArea')
    expect(outside.location).toContain(`/fr/petitions/refus?appui=${draft.shareToken}`)
    expect((await support(draft, neighbour!, { ageDeclared: '' })).query.get('error')).toBe(
      'ageNotDeclared',
    )
    expect((await support(draft, null)).query.get('error')).toBe('signInRequired')
    const crossSite = await postForm(
      `/${draft.id}/support`,
      neighbour!,
      [
        ['token', draft.shareToken!],
        ['ageDeclared', '1'],
      ],
      { origin: 'https://evil.example' },
    )
    expect(crossSite.status).toBe(403)
    expect(await signatureRows(payload, draft.id)).toHaveLength(0)
    // A draft not yet submitted for support has no link at all; one moved back to draft refuses.
    await payload.update({
      collection: 'petitions' as 'users',
      id: draft.id,
      data: { status: 'draft' } as never,
      overrideAccess: true,
    })
    expect((await support(draft, neighbour!)).query.get('error')).toBe('notSupporting')
  })

  it('should submit the draft to the greffe exactly once when 30 residents support it at once, at 25 supports', async () => {
    const draft = await supportingDraft('quorum')
    const people = await residents('quorum', 30, nordAddress)
    // One before the rush, twice: one support per person.
    expect((await support(draft, people[0]!)).query.get('status')).toBe('supported')
    expect((await support(draft, people[0]!)).query.get('status')).toBe('already')
    const context = await getSupportContext(
      payload,
      new Headers({ cookie: `payload-token=${people[0]!.token}` }),
      { slug: 'quorum', token: draft.shareToken! },
    )
    expect(context).toMatchObject({ eligibility: 'eligible', hasSupported: true })
    expect(context?.petition).toMatchObject({ supports: 1, quorum: 25, status: 'supporting' })
    const results = await Promise.all(people.slice(1).map((person) => support(draft, person)))
    const supported = results.filter((r) => r.query.get('status') === 'supported')
    const refused = results.filter((r) => r.query.get('error') === 'notSupporting')
    expect(supported).toHaveLength(24)
    expect(refused).toHaveLength(5)
    const rows = await signatureRows(payload, draft.id)
    expect(rows).toHaveLength(25)
    expect(
      rows.every((r) => r.phase === 'support' && String(r.signer_key).startsWith('s:c:')),
    ).toBe(true)
    const after = await read(draft.id)
    expect(after.status).toBe('submitted')
    expect(after.submittedAt).toBeTruthy()
    // Supports are not signatures: the petition's count is untouched.
    expect((await readCounts(payload, [draft.id])).get(draft.id)).toBe(0)
    // The filer's page says it went to the greffe.
    const filing = await getFilingContext(
      payload,
      new Headers({ cookie: `payload-token=${filer.token}` }),
      { locale: 'fr', draftId: draft.id },
    )
    expect(filing.draft).toMatchObject({ status: 'submitted', support: null })

    // The greffe moderates it, signing opens, and a supporter signs too (a distinct key).
    const greffe = await makeStaff(payload, 'greffe-support@example.test', ['greffe'])
    for (const status of ['admissible', 'signing'])
      await payload.update({
        collection: 'petitions' as 'users',
        id: draft.id,
        data: { status } as never,
        overrideAccess: false,
        user: greffe.user as never,
      })
    const signed = await post(payload, draft.id, 'sign', {
      signer: people[0]!,
      fields: signFields(),
    })
    expect(signed.outcome).toBe('signed')
    expect((await readCounts(payload, [draft.id])).get(draft.id)).toBe(1)
  })
})
