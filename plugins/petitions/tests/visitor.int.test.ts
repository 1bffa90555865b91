import { createHash } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestSmtp, type TestMail, type TestSmtp } from '../../kit/testing/smtp'
import { getConfirmationContext } from '../frontend/loadConfirm'
import { anonymiseExpiredSignatures } from '../lib/anonymise'
import { createCsrfToken, csrfBinding } from '../lib/csrf'
import { readCounts } from '../lib/db'
import { eraseCitizenPetitions, exportCitizenPetitions } from '../lib/personalData'
import { closePayload, getTestPayload } from './host'
import { base, create, makeCitizen, type Signer, signatureRows, square } from './helpers'

/** The decoded message, both parts, as the assertions read it. */
const bodyOf = (mail: TestMail) => `${mail.text}\n${mail.html}`

const day = 24 * 60 * 60 * 1000

const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    id: number
    sid?: string
  }

/** Posts a form as a browser on this site would, from the client address `ip`. */
const postForm = async (
  payload: Payload,
  path: string,
  fields: Record<string, string>,
  { ip, signer, locale = 'fr' }: { ip: string; signer?: Signer; locale?: 'fr' | 'en' },
) => {
  const binding = signer
    ? csrfBinding({ id: claims(signer.token).id, sid: claims(signer.token).sid })
    : 'anonymous'
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    'sec-fetch-site': 'same-origin',
    origin: base,
    accept: 'text/html',
    'x-real-ip': ip,
  }
  if (signer) headers.cookie = `payload-token=${signer.token}`
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(`${base}/api/petitions${path}`, {
      method: 'POST',
      headers,
      body: new URLSearchParams({
        locale,
        csrf: createCsrfToken(payload.secret, binding),
        ...fields,
      }).toString(),
    }),
  })
  const location = response.headers.get('location') ?? ''
  const url = new URL(location || '/', base)
  return {
    status: response.status,
    location,
    path: url.pathname,
    outcome: url.searchParams.get('status'),
    error: url.searchParams.get('error'),
  }
}

describe('petitions: visitors sign by email, networks and domains, rate limits', () => {
  let payload: Payload
  let smtp: TestSmtp
  let nord: number
  let nordAddress: number
  let nordAddress2: number
  let sudAddress: number
  let visitorsType: number
  let residentsType: number
  let seq = 0
  let ipSeq = 0
  /** A network of its own for each test, so the limits of one do not reach another. */
  const freshIp = () => `198.51.${++ipSeq}.7`

  const makePetition = async (data: Record<string, unknown> = {}) =>
    create(payload, 'petitions', {
      title: `Pétition des visiteurs ${++seq}`,
      text: 'Texte',
      request: 'Demande',
      type: visitorsType,
      areaKind: 'city',
      status: 'signing',
      opensAt: new Date(Date.now() - day).toISOString(),
      ...data,
    })

  const visitorFields = (fields: Record<string, string> = {}) => ({
    fullName: 'Marie-Ève Tremblay',
    email: 'marie@exemple.ca',
    address: '1 rue Test',
    ageDeclared: '1',
    ...fields,
  })

  /** The link in the last email to `to`, and its token. */
  const lastLink = (to: string) => {
    const mail = smtp.messages
      .filter((m) => m.to.some((r) => r.toLowerCase() === to.toLowerCase()))
      .at(-1)
    const link = /https?:\/\/[^\s"<]+\/petitions\/confirm(?:er)?\?token=([A-Za-z0-9_-]{43})/.exec(
      mail ? bodyOf(mail) : '',
    )
    return { mail, link: link?.[0] ?? null, token: link?.[1] ?? '' }
  }

  const pendingRows = async () =>
    (
      await (
        payload.db as unknown as {
          drizzle: { execute: (q: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
        }
      ).drizzle.execute(sql`SELECT * FROM petitions_counts.pending_signatures ORDER BY id`)
    ).rows

  const count = async (id: number) => (await readCounts(payload, [id])).get(id)

  beforeAll(async () => {
    smtp = await startTestSmtp()
    process.env.SMTP_URL = smtp.url
    process.env.MAIL_FROM = 'Ville de Lac-Azur <no-reply@lac-azur.example>'
    payload = await getTestPayload({
      rateLimits: {
        visitor: {
          perNetwork: { points: 6, seconds: 600 },
          perEmailDomain: { points: 5, seconds: 3600 },
        },
        signedIn: { perNetwork: { points: 4, seconds: 600 } },
        exemptEmailDomains: ['grand-fournisseur.example'],
      },
    })
    nord = (
      await create(payload, 'sectors', { name: 'Nord', code: 'nord', boundary: square(-74, 46) })
    ).id
    await create(payload, 'sectors', { name: 'Sud', code: 'sud', boundary: square(-74, 44) })
    const address = (number: number, lat: number, street = 'rue Test', suffix?: string) =>
      create(payload, 'addresses', {
        number,
        suffix,
        street,
        postalCode: 'J0A 1B0',
        lat,
        lng: -73.5,
      })
    nordAddress = (await address(1, 46.5)).id
    nordAddress2 = (await address(2, 46.5)).id
    sudAddress = (await address(3, 44.5)).id
    // Two addresses "5 …": "5 test" names two streets.
    await address(5, 46.5, 'rue Test')
    await address(5, 46.5, 'avenue du Test')
    await address(9, 50.5)
    const thresholds = [{ area: 'city', signatures: 2, triggers: 'written-response' }]
    visitorsType = (
      await create(payload, 'petition-types', {
        name: 'Pétition citoyenne',
        minimumAge: 15,
        signingDays: 60,
        allowsVisitors: true,
        retentionDays: 0,
        thresholds,
      })
    ).id
    residentsType = (
      await create(payload, 'petition-types', {
        name: 'Droit d’initiative',
        minimumAge: 15,
        signingDays: 90,
        thresholds,
      })
    ).id
  })

  afterAll(async () => {
    await closePayload(payload)
    await smtp.stop()
    delete process.env.SMTP_URL
    delete process.env.MAIL_FROM
  })

  it('should freeze allowsVisitors into the rules when signing opens', async () => {
    const open = await makePetition()
    const closedToVisitors = await makePetition({ type: residentsType })
    expect((open.rules as { allowsVisitors: boolean }).allowsVisitors).toBe(true)
    expect((closedToVisitors.rules as { allowsVisitors: boolean }).allowsVisitors).toBe(false)
    const refused = await postForm(
      payload,
      `/${closedToVisitors.id}/sign-by-email`,
      visitorFields({ email: 'refus@exemple.ca' }),
      { ip: freshIp() },
    )
    expect(refused).toMatchObject({ status: 303, error: 'visitorsNotAllowed' })
    expect(lastLink('refus@exemple.ca').mail).toBeUndefined()
  })

  it('should email a link whose page signs nothing, then sign once on the button, with network, domain and language', async () => {
    const petition = await makePetition()
    const asked = await postForm(
      payload,
      `/${petition.id}/sign-by-email`,
      visitorFields({ email: 'Marie@Exemple.CA', wantsOutcome: '1' }),
      { ip: '203.0.113.45' },
    )
    expect(asked).toMatchObject({ status: 303, outcome: 'emailSent' })
    expect(asked.location).toMatch(
      /^\/fr\/petitions\/petition-des-visiteurs-\d+\?status=emailSent#signer$/,
    )
    const { mail, link, token } = lastLink('Marie@Exemple.CA')
    expect(mail?.subject).toBe(`Confirmez votre signature : ${petition.title}`)
    expect(link).toMatch(/^http:\/\/localhost:3000\/fr\/petitions\/confirmer\?token=/)
    // Only the token's hash is kept.
    const waiting = (await pendingRows()).at(-1)!
    expect(waiting.token_hash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(JSON.stringify(waiting)).not.toContain(token)
    // Opening the link (the page's loader, as a mail scanner would) signs nothing.
    for (let i = 0; i < 3; i++) {
      const page = await getConfirmationContext(payload, token)
      expect(page).toMatchObject({
        state: 'pending',
        name: 'Marie-Ève Tremblay',
        petition: { id: petition.id, title: petition.title },
        token,
      })
    }
    expect(await signatureRows(payload, petition.id)).toHaveLength(0)
    expect(await count(petition.id)).toBe(0)
    // The button.
    const confirmed = await postForm(
      payload,
      '/confirm-signature',
      { t: token },
      { ip: '203.0.113.99' },
    )
    expect(confirmed).toMatchObject({ status: 303, outcome: 'signed' })
    expect(confirmed.path).toBe(`/fr/petitions/${petition.slug}`)
    expect(await count(petition.id)).toBe(1)
    const [row] = await signatureRows(payload, petition.id)
    expect(row).toMatchObject({
      signer_key: `a:${nordAddress}:marie-eve tremblay`,
      citizen_id: null,
      member_name: 'Marie-Ève Tremblay',
      address_id: nordAddress,
      sector_id: nord,
      channel: 'online',
      status: 'valid',
      email: 'Marie@Exemple.CA',
      email_domain: 'exemple.ca',
      network: '203.0.113.0/24',
      locale: 'fr',
      wants_outcome_email: true,
    })
    // The used link forgets the person.
    const used = (await pendingRows()).find((r) => r.token_hash === waiting.token_hash)!
    expect(used).toMatchObject({ full_name: null, email: null, address_id: null })
    expect(used.confirmed_at).not.toBeNull()
    expect(await getConfirmationContext(payload, token)).toMatchObject({ state: 'confirmed' })
    // Confirming again: already signed, nothing moves.
    const again = await postForm(payload, '/confirm-signature', { t: token }, { ip: freshIp() })
    expect(again).toMatchObject({ status: 303, outcome: 'already' })
    expect(await count(petition.id)).toBe(1)
    // Asking again with the same name and address: a new link, then "already".
    await postForm(payload, `/${petition.id}/sign-by-email`, visitorFields(), { ip: freshIp() })
    const second = lastLink('marie@exemple.ca').token
    expect(second).not.toBe(token)
    expect(
      (await postForm(payload, '/confirm-signature', { t: second }, { ip: freshIp() })).outcome,
    ).toBe('already')
    expect(await signatureRows(payload, petition.id)).toHaveLength(1)
  })

  it('should sign once when the button is pressed ten times at once', async () => {
    const petition = await makePetition()
    const ip = freshIp()
    await postForm(
      payload,
      `/${petition.id}/sign-by-email`,
      visitorFields({ email: 'rafale@rafale.example', address: '2 test' }),
      { ip },
    )
    const { token } = lastLink('rafale@rafale.example')
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        postForm(payload, '/confirm-signature', { t: token }, { ip: `192.0.${i + 1}.2` }),
      ),
    )
    expect(results.filter((r) => r.outcome === 'signed')).toHaveLength(1)
    expect(results.filter((r) => r.outcome === 'already')).toHaveLength(9)
    expect(await count(petition.id)).toBe(1)
  })

  it('should send the link in English from the English page, and refuse an expired or unknown link', async () => {
    const petition = await makePetition()
    const asked = await postForm(
      payload,
      `/${petition.id}/sign-by-email`,
      visitorFields({ email: 'late@tard.example', fullName: 'Late Signer' }),
      { ip: freshIp(), locale: 'en' },
    )
    expect(asked.location).toMatch(/^\/en\/petitions\//)
    const { mail, link, token } = lastLink('late@tard.example')
    expect(mail?.subject).toBe(`Confirm your signature: ${petition.title}`)
    expect(link).toMatch(/\/en\/petitions\/confirm\?token=/)
    const db = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }
    await db.drizzle.execute(
      sql`UPDATE petitions_counts.pending_signatures SET expires_at = now() - interval '1 minute'
          WHERE token_hash = ${createHash('sha256').update(token).digest('hex')}`,
    )
    expect(await getConfirmationContext(payload, token)).toMatchObject({ state: 'expired' })
    // The daily job: an expired link forgets the person, and still says it expired.
    await anonymiseExpiredSignatures(payload)
    const forgotten = (await pendingRows()).find(
      (r) => r.token_hash === createHash('sha256').update(token).digest('hex'),
    )!
    expect(forgotten).toMatchObject({
      full_name: null,
      email: null,
      address_id: null,
      network: null,
    })
    expect(await getConfirmationContext(payload, token)).toMatchObject({ state: 'expired' })
    const expired = await postForm(
      payload,
      '/confirm-signature',
      { t: token },
      { ip: freshIp(), locale: 'en' },
    )
    expect(expired).toMatchObject({ status: 303, error: 'expired' })
    expect(expired.path).toBe('/en/petitions/confirm')
    const unknown = await postForm(
      payload,
      '/confirm-signature',
      { t: 'A'.repeat(43) },
      { ip: freshIp() },
    )
    expect(unknown).toMatchObject({
      status: 303,
      error: 'invalidLink',
      path: '/fr/petitions/confirmer',
    })
    expect(await getConfirmationContext(payload, 'pas-un-jeton')).toMatchObject({
      state: 'unknown',
      token: null,
    })
    expect(await signatureRows(payload, petition.id)).toHaveLength(0)
  })

  it('should refuse an address outside the area or not in the registry, offer a choice when it names several, and refuse bad fields', async () => {
    const sector = await makePetition({ areaKind: 'sector', sector: nord })
    const ip = freshIp()
    const ask = (fields: Record<string, string>) =>
      postForm(
        payload,
        `/${sector.id}/sign-by-email`,
        visitorFields({ email: 'adr@grand-fournisseur.example', ...fields }),
        { ip },
      )
    // Sud's address, for a Nord petition; an address in no sector; one not in the registry.
    expect((await ask({ address: '3 rue Test' })).error).toBe('outsideArea')
    expect((await ask({ address: '9 rue Test' })).error).toBe('outsideArea')
    expect((await ask({ address: '77 rue Inconnue' })).error).toBe('addressNotFound')
    const ambiguous = await ask({ address: '5 test' })
    expect(ambiguous.error).toBe('addressAmbiguous')
    // What was typed comes back, and the page offers the two.
    const typed = new URL(ambiguous.location, base).searchParams.get('typed')!
    expect(Buffer.from(typed, 'base64url').toString()).toContain('address=5+test')
    const { docs } = await payload.find({
      collection: 'addresses' as 'users',
      where: { number: { equals: 5 } },
      overrideAccess: true,
      depth: 0,
    })
    const chosen = docs.find(
      (d) => (d as unknown as { street: string }).street === 'avenue du Test',
    )!
    expect((await ask({ address: '5 test', addressId: String(chosen.id) })).outcome).toBe(
      'emailSent',
    )
    expect((await ask({ address: '5 test', addressId: String(sudAddress) })).error).toBe(
      'addressAmbiguous',
    )
    expect((await ask({ fullName: ' ' })).error).toBe('nameRequired')
    expect((await ask({ email: 'pas-un-courriel' })).error).toBe('emailInvalid')
    expect((await ask({ ageDeclared: '' })).error).toBe('ageNotDeclared')
    expect(
      smtp.messages.filter((m) => m.to.includes('adr@grand-fournisseur.example')),
    ).toHaveLength(1)
  })

  it('should refuse a visitor who already signed as a resident at that address, and a resident who signed as a visitor', async () => {
    const petition = await makePetition()
    const resident = await makeCitizen(payload, 'jean.roy@exemple.ca', {
      address: nordAddress2,
      name: 'Jean Roy',
    })
    expect(
      (
        await postForm(
          payload,
          `/${petition.id}/sign`,
          { ageDeclared: '1' },
          {
            ip: freshIp(),
            signer: resident,
          },
        )
      ).outcome,
    ).toBe('signed')
    await postForm(
      payload,
      `/${petition.id}/sign-by-email`,
      visitorFields({ fullName: 'JEAN  roy', email: 'jean@autre.example', address: '2 rue test' }),
      { ip: freshIp() },
    )
    const refused = await postForm(
      payload,
      '/confirm-signature',
      { t: lastLink('jean@autre.example').token },
      { ip: freshIp() },
    )
    expect(refused).toMatchObject({ status: 303, error: 'samePerson' })
    expect(await count(petition.id)).toBe(1)
    // The other way: a visitor first, then an account with the same name at that address.
    const other = await makePetition()
    await postForm(
      payload,
      `/${other.id}/sign-by-email`,
      visitorFields({ fullName: 'Jean Roy', email: 'jean@autre.example', address: '2 rue test' }),
      { ip: freshIp() },
    )
    expect(
      (
        await postForm(
          payload,
          '/confirm-signature',
          { t: lastLink('jean@autre.example').token },
          {
            ip: freshIp(),
          },
        )
      ).outcome,
    ).toBe('signed')
    expect(
      (
        await postForm(
          payload,
          `/${other.id}/sign`,
          { ageDeclared: '1' },
          {
            ip: freshIp(),
            signer: resident,
          },
        )
      ).error,
    ).toBe('samePerson')
    expect(await count(other.id)).toBe(1)
  })

  it('should count one person once when their accounts and their visitor link sign at the same time', async () => {
    const petition = await makePetition()
    const accounts: Signer[] = []
    for (let i = 0; i < 5; i++)
      accounts.push(
        await makeCitizen(payload, `zoe${i}@bell.example`, {
          address: nordAddress,
          name: 'Zoé Bell',
        }),
      )
    await postForm(
      payload,
      `/${petition.id}/sign-by-email`,
      visitorFields({ fullName: 'zoe bell', email: 'zoe@bell-visiteuse.example' }),
      { ip: freshIp() },
    )
    const { token } = lastLink('zoe@bell-visiteuse.example')
    const results = await Promise.all([
      postForm(payload, '/confirm-signature', { t: token }, { ip: freshIp() }),
      ...accounts.map((signer) =>
        postForm(payload, `/${petition.id}/sign`, { ageDeclared: '1' }, { ip: freshIp(), signer }),
      ),
    ])
    expect(results.filter((r) => r.outcome === 'signed')).toHaveLength(1)
    expect(results.filter((r) => r.error === 'samePerson')).toHaveLength(5)
    expect(await signatureRows(payload, petition.id)).toHaveLength(1)
    expect(await count(petition.id)).toBe(1)
  })

  it('should record the network, the account’s email domain and the language of a signed-in resident', async () => {
    const petition = await makePetition()
    const resident = await makeCitizen(payload, 'Ana@Courriel.Example', {
      address: nordAddress,
      name: 'Ana Lima',
    })
    const signed = await postForm(
      payload,
      `/${petition.id}/sign`,
      { ageDeclared: '1' },
      {
        ip: '2001:db8:abcd:12::1',
        signer: resident,
        locale: 'en',
      },
    )
    expect(signed.outcome).toBe('signed')
    expect((await signatureRows(payload, petition.id))[0]).toMatchObject({
      citizen_id: resident.id,
      email: null,
      email_domain: 'courriel.example',
      network: '2001:db8:abcd::/48',
      locale: 'en',
    })
  })

  it('should limit signing per network and per email domain, sparing loopback and exempted domains', async () => {
    const petition = await makePetition()
    // Visitors: 6 requests per network.
    const ip = freshIp()
    const asks = []
    for (let i = 0; i < 7; i++)
      asks.push(
        await postForm(
          payload,
          `/${petition.id}/sign-by-email`,
          visitorFields({ fullName: `Réseau ${i}`, email: `r${i}@reseau${i}.example` }),
          { ip },
        ),
      )
    expect(asks.slice(0, 6).every((r) => r.outcome === 'emailSent')).toBe(true)
    expect(asks[6]).toMatchObject({ status: 303, error: 'rateLimited' })
    expect(smtp.messages.filter((m) => m.to.includes('r6@reseau6.example'))).toHaveLength(0)
    // Another network still may.
    expect(
      (
        await postForm(
          payload,
          `/${petition.id}/sign-by-email`,
          visitorFields({ email: 'autre@reseau-b.example' }),
          { ip: freshIp() },
        )
      ).outcome,
    ).toBe('emailSent')
    // 5 per email domain, from as many networks.
    const byDomain = []
    for (let i = 0; i < 6; i++)
      byDomain.push(
        await postForm(
          payload,
          `/${petition.id}/sign-by-email`,
          visitorFields({ fullName: `Domaine ${i}`, email: `d${i}@meme-domaine.example` }),
          { ip: freshIp() },
        ),
      )
    expect(byDomain.slice(0, 5).every((r) => r.outcome === 'emailSent')).toBe(true)
    expect(byDomain[5]!.error).toBe('rateLimited')
    // An exempted domain is not counted per domain; loopback is not counted at all.
    for (let i = 0; i < 6; i++)
      expect(
        (
          await postForm(
            payload,
            `/${petition.id}/sign-by-email`,
            visitorFields({ fullName: `Grand ${i}`, email: `g${i}@grand-fournisseur.example` }),
            { ip: freshIp() },
          )
        ).outcome,
      ).toBe('emailSent')
    for (let i = 0; i < 8; i++)
      expect(
        (
          await postForm(
            payload,
            `/${petition.id}/sign-by-email`,
            visitorFields({ fullName: `Local ${i}`, email: `l${i}@local${i}.example` }),
            { ip: '127.0.0.1' },
          )
        ).outcome,
      ).toBe('emailSent')
    // Signed-in residents: 4 per network here.
    const signedIp = freshIp()
    const results = []
    for (let i = 0; i < 5; i++) {
      const resident = await makeCitizen(payload, `limite${i}@residents${i}.example`, {
        address: nordAddress,
        name: `Limite ${i}`,
      })
      results.push(
        await postForm(
          payload,
          `/${petition.id}/sign`,
          { ageDeclared: '1' },
          { ip: signedIp, signer: resident },
        ),
      )
    }
    expect(results.slice(0, 4).every((r) => r.outcome === 'signed')).toBe(true)
    expect(results[4]).toMatchObject({ status: 303, error: 'rateLimited' })
  })

  it('should clear the email, domain and network on anonymisation and on account deletion, and export them', async () => {
    const petition = await makePetition()
    await postForm(
      payload,
      `/${petition.id}/sign-by-email`,
      visitorFields({ fullName: 'Anonyme Un', email: 'anon@exemple.ca' }),
      { ip: freshIp() },
    )
    await postForm(
      payload,
      '/confirm-signature',
      { t: lastLink('anon@exemple.ca').token },
      { ip: freshIp() },
    )
    const resident = await makeCitizen(payload, 'loi25@exemple.ca', {
      address: nordAddress2,
      name: 'Loi Vingt-Cinq',
    })
    await postForm(
      payload,
      `/${petition.id}/sign`,
      { ageDeclared: '1' },
      { ip: '203.0.113.8', signer: resident },
    )
    const exported = await exportCitizenPetitions(payload, resident.id)
    expect(exported.signatures).toHaveLength(1)
    expect(exported.signatures[0]).toMatchObject({
      emailDomain: 'exemple.ca',
      network: '203.0.113.0/24',
      language: 'fr',
    })
    await eraseCitizenPetitions(payload, resident.id)
    const afterErase = (await signatureRows(payload, petition.id)).find(
      (r) => r.member_name === '—',
    )!
    expect(afterErase).toMatchObject({
      email: null,
      email_domain: null,
      network: null,
      citizen_id: null,
    })
    // Closed, and a retention of 0 days: every signature loses its identity, the count stays.
    await payload.update({
      collection: 'petitions' as 'users',
      id: petition.id,
      data: { status: 'closed' } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const db = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<unknown> } }
    await db.drizzle.execute(
      sql`UPDATE petitions SET closed_at = now() - interval '1 day' WHERE id = ${petition.id}`,
    )
    expect(await anonymiseExpiredSignatures(payload)).toBeGreaterThanOrEqual(1)
    for (const row of await signatureRows(payload, petition.id))
      expect(row).toMatchObject({
        email: null,
        email_domain: null,
        network: null,
        address_id: null,
        member_name: '—',
      })
    expect(await count(petition.id)).toBe(2)
  })
})
