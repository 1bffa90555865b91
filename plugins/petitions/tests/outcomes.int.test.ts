import { sql } from '@payloadcms/db-postgres'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestSmtp, type TestMail, type TestSmtp } from '../../kit/testing/smtp'
import { getUnsubscribeContext } from '../frontend/loadSupport'
import { dbOf } from '../lib/db'
import { sendOutcomes } from '../lib/outcomes'
import { petitionsOptions } from '../lib/options'
import { closePayload, getTestPayload } from './host'
import {
  base,
  create,
  eventRows,
  makeCitizen,
  makeStaff,
  post,
  signatureRows,
  signFields,
  type Signer,
  square,
} from './helpers'

/** The decoded message, both parts, as the assertions read it. */
const bodyOf = (mail: TestMail) => `${mail.text}\n${mail.html}`

describe('petitions: outcome and threshold emails over a real SMTP server', () => {
  let payload: Payload
  let smtp: TestSmtp
  let petitionId: number
  let greffe: Awaited<ReturnType<typeof makeStaff>>
  const signers: Record<string, Signer> = {}
  const signatureOf: Record<string, number> = {}

  const to = (email: string) => smtp.messages.filter((m) => m.to.includes(email))
  const runJobs = () => payload.jobs.run({ queue: 'default' })
  const publish = async (data: Record<string, unknown>, locale: 'fr' | 'en' = 'fr') => {
    await payload.update({
      collection: 'petitions' as 'users',
      id: petitionId,
      data: data as never,
      locale,
      overrideAccess: false,
      user: greffe.user as never,
    })
  }
  const wantsOutcome = async (id: number) =>
    (
      await dbOf(payload).drizzle.execute(
        sql`SELECT wants_outcome_email FROM petition_signatures WHERE id = ${id}`,
      )
    ).rows[0]?.wants_outcome_email
  const postUnsubscribe = async (fields: Record<string, string>) => {
    const response = await handleEndpoints({
      config: payload.config,
      request: new Request(`${base}/api/petitions/unsubscribe`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: base,
          'sec-fetch-site': 'same-origin',
          accept: 'text/html',
        },
        body: new URLSearchParams({ locale: 'fr', ...fields }).toString(),
      }),
    })
    return {
      status: response.status,
      query: new URL(response.headers.get('location') || '/', base).searchParams,
    }
  }
  const unsubscribeLink = (message: TestMail) => {
    const match =
      /http:\/\/localhost:3000\/(fr|en)\/petitions\/(desabonnement|unsubscribe)\?signature=(\d+)&s=([A-Za-z0-9_-]+)/.exec(
        bodyOf(message),
      )
    if (!match) throw new Error('no unsubscribe link')
    return { locale: match[1]!, signature: match[3]!, s: match[4]! }
  }

  beforeAll(async () => {
    smtp = await startTestSmtp()
    // Read when the host's config is built (getTestPayload): SMTP replaces the outbox.
    process.env.SMTP_URL = smtp.url
    process.env.MAIL_FROM = 'Ville de Lac-Azur <no-reply@lac-azur.example>'
    payload = await getTestPayload()
    await create(payload, 'sectors', { name: 'Nord', boundary: square(-74, 46) })
    const address = (
      await create(payload, 'addresses', {
        number: 1,
        street: 'rue Test',
        postalCode: 'J0A 1B0',
        lat: 46.5,
        lng: -73.5,
      })
    ).id
    const typeId = (
      await create(payload, 'petition-types', {
        name: 'Droit d’initiative',
        thresholds: [
          { area: 'city', signatures: 3, triggers: 'written-response' },
          { area: 'city', signatures: 50, triggers: 'public-consultation' },
        ],
      })
    ).id
    greffe = await makeStaff(payload, 'greffe@lac-azur.example', ['greffe'])
    await makeStaff(payload, 'agent@lac-azur.example', ['agent'])
    const filer = await makeCitizen(payload, 'filer@example.test', { address, name: 'Filer' })
    petitionId = (
      await create(payload, 'petitions', {
        slug: 'piscine',
        title: 'Une piscine publique',
        text: 'Le texte de la pétition pour une piscine.',
        request: 'Construire une piscine',
        type: typeId,
        areaKind: 'city',
        language: 'fr',
        filedBy: filer.id,
        status: 'signing',
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      })
    ).id
    for (const name of ['fr', 'en', 'silent', 'leaver'])
      signers[name] = await makeCitizen(payload, `${name}@example.test`, { address, name })
    for (const [name, outcome] of [
      ['fr', true],
      ['en', true],
      ['silent', false],
      ['leaver', true],
    ] as const) {
      const signed = await post(payload, petitionId, 'sign', {
        signer: signers[name],
        fields: signFields({ outcome }),
      })
      expect(signed.outcome).toBe('signed')
    }
    const rows = await signatureRows(payload, petitionId)
    for (const name of Object.keys(signers))
      signatureOf[name] = Number(rows.find((r) => r.citizen_id === signers[name]!.id)!.id)
    const db = dbOf(payload).drizzle
    // The English signer signed from the English page; a visitor confirmed by email (no account).
    await db.execute(
      sql`UPDATE petition_signatures SET locale = 'en' WHERE id = ${signatureOf.en!}`,
    )
    const visitor = await db.execute(sql`
      INSERT INTO petition_signatures
        (petition_id, signer_key, member_name, address_id, channel, status, phase, email, locale, wants_outcome_email)
      VALUES (${petitionId}, 'a:1:visiteuse', 'Visiteuse', ${address}, 'online', 'valid', 'signing', 'visitor@example.test', 'en', true)
      RETURNING id`)
    signatureOf.visitor = Number(visitor.rows[0]!.id)
    // A withdrawn signer who had asked gets nothing either.
    await db.execute(sql`
      INSERT INTO petition_signatures
        (petition_id, signer_key, member_name, address_id, channel, status, phase, email, locale, wants_outcome_email)
      VALUES (${petitionId}, 'a:1:partie', 'Partie', ${address}, 'online', 'withdrawn', 'signing', 'gone@example.test', 'fr', true)`)
  })

  afterAll(async () => {
    await closePayload(payload)
    await smtp.stop()
    delete process.env.SMTP_URL
    delete process.env.MAIL_FROM
  })

  it('should email the promoters and the greffe once when a threshold is crossed, running twice', async () => {
    const [event] = await eventRows(payload, petitionId)
    expect(event).toMatchObject({ notified_at: null })
    expect(Number(event!.threshold_index)).toBe(0)
    for (let run = 0; run < 2; run++) {
      await payload.jobs.queue({ task: 'petitions-notify-thresholds' as never, input: {} as never })
      await runJobs()
    }
    expect(to('filer@example.test')).toHaveLength(1)
    expect(to('filer@example.test')[0]!.subject).toBe(
      'Seuil atteint : « Une piscine publique » (3 signatures)',
    )
    expect(bodyOf(to('filer@example.test')[0]!)).toContain('obtenir une réponse écrite de la Ville')
    expect(bodyOf(to('filer@example.test')[0]!)).toContain(
      'http://localhost:3000/fr/petitions/piscine',
    )
    expect(to('greffe@lac-azur.example')).toHaveLength(1)
    expect(bodyOf(to('greffe@lac-azur.example')[0]!)).toContain(
      `http://localhost:3000/admin/collections/petitions/${petitionId}`,
    )
    expect(to('agent@lac-azur.example')).toHaveLength(0)
    expect((await eventRows(payload, petitionId))[0]!.notified_at).toBeTruthy()
    // Run again straight through the task's logic: nothing more.
    const before = smtp.messages.length
    await payload.jobs.queue({ task: 'petitions-notify-thresholds' as never, input: {} as never })
    await runJobs()
    expect(smtp.messages.length).toBe(before)
  })

  it('should show the unsubscribe page without changing anything, refuse a forged signature, and unsubscribe on the POST', async () => {
    // No email yet: the leaver unsubscribes from the first one, by its link.
    await publish({ outcomeSummary: 'La Ville étudiera un site au parc Central.' })
    await publish({ outcomeSummary: 'The City will study a site in Central Park.' }, 'en')
    await runJobs()
    const first = to('leaver@example.test')
    expect(first).toHaveLength(1)
    const link = unsubscribeLink(first[0]!)
    expect(link).toMatchObject({ locale: 'fr', signature: String(signatureOf.leaver) })
    // GET: the page reads the link, never unsubscribes; the endpoint has no GET.
    const context = await getUnsubscribeContext(payload, link)
    expect(context).toMatchObject({ petitionTitle: 'Une piscine publique', isSubscribed: true })
    const get = await handleEndpoints({
      config: payload.config,
      request: new Request(
        `${base}/api/petitions/unsubscribe?signature=${link.signature}&s=${link.s}`,
        { headers: { accept: 'text/html' } },
      ),
    })
    expect(get.status).toBe(303)
    expect(get.headers.get('location')).toBe(
      `/fr/petitions/desabonnement?signature=${link.signature}&s=${link.s}`,
    )
    expect(await wantsOutcome(signatureOf.leaver!)).toBe(true)
    // Forged: another signature with this link's HMAC, or a changed HMAC.
    expect(
      await getUnsubscribeContext(payload, { signature: String(signatureOf.fr), s: link.s }),
    ).toBeNull()
    for (const forged of [
      { signature: String(signatureOf.fr), s: link.s },
      { signature: link.signature, s: `${link.s.slice(0, -2)}AA` },
      { signature: link.signature, s: '' },
    ]) {
      const refused = await postUnsubscribe(forged)
      expect(refused.status).toBe(303)
      expect(refused.query.get('error')).toBe('invalid')
    }
    expect(await wantsOutcome(signatureOf.fr!)).toBe(true)
    expect(await wantsOutcome(signatureOf.leaver!)).toBe(true)
    const done = await postUnsubscribe({ signature: link.signature, s: link.s })
    expect(done.query.get('status')).toBe('unsubscribed')
    expect(await wantsOutcome(signatureOf.leaver!)).toBe(false)
    expect(await getUnsubscribeContext(payload, link)).toMatchObject({ isSubscribed: false })
  })

  it('should email each opted-in signer once per kind in their language, nothing more when run twice, nothing to the unsubscribed', async () => {
    // Response: once each, though both languages' edits queued the job.
    expect(to('fr@example.test').map((m) => m.subject)).toEqual([
      'Réponse de la Ville à la pétition « Une piscine publique »',
    ])
    expect(bodyOf(to('fr@example.test')[0]!)).toContain(
      'La Ville étudiera un site au parc Central.',
    )
    expect(bodyOf(to('fr@example.test')[0]!)).toContain('lang="fr-CA"')
    expect(to('en@example.test')).toHaveLength(1)
    expect(to('en@example.test')[0]!.subject).toBe(
      'The City’s response to the petition “Une piscine publique”',
    )
    expect(to('visitor@example.test')).toHaveLength(1)
    expect(to('silent@example.test')).toHaveLength(0)
    expect(to('gone@example.test')).toHaveLength(0)
    expect(to('leaver@example.test')).toHaveLength(1)

    await publish({ consultationAt: '2027-03-15T19:00:00.000Z' })
    await publish({ reportUrl: '/documents/rapport-piscine.pdf' })
    await runJobs()
    // Twice more: the job queued again, and the scheduled scan over every petition.
    await payload.jobs.queue({
      task: 'petitions-send-outcomes' as never,
      input: { petitionId } as never,
    })
    await runJobs()
    const again = await sendOutcomes({ payload, options: petitionsOptions(payload) })
    expect(again.sent).toBe(0)

    expect(to('fr@example.test').map((m) => m.subject)).toEqual([
      'Réponse de la Ville à la pétition « Une piscine publique »',
      'Consultation publique sur la pétition « Une piscine publique »',
      'Rapport de consultation publié : « Une piscine publique »',
    ])
    expect(bodyOf(to('fr@example.test')[1]!)).toContain('15 mars 2027')
    expect(bodyOf(to('fr@example.test')[2]!)).toContain(
      'http://localhost:3000/documents/rapport-piscine.pdf',
    )
    expect(to('en@example.test').map((m) => m.subject)).toEqual([
      'The City’s response to the petition “Une piscine publique”',
      'Public consultation on the petition “Une piscine publique”',
      'Consultation report published: “Une piscine publique”',
    ])
    expect(bodyOf(to('en@example.test')[0]!)).toContain(
      'The City will study a site in Central Park.',
    )
    expect(bodyOf(to('en@example.test')[1]!)).toContain('March 15, 2027')
    expect(unsubscribeLink(to('en@example.test')[0]!)).toMatchObject({
      locale: 'en',
      signature: String(signatureOf.en),
    })
    expect(to('visitor@example.test')).toHaveLength(3)
    expect(to('silent@example.test')).toHaveLength(0)
    expect(to('leaver@example.test')).toHaveLength(1)
    const log = await dbOf(payload).drizzle.execute(
      sql`SELECT kind, status, count(*)::int AS n FROM petitions_counts.deliveries
          WHERE signature_id IS NOT NULL GROUP BY kind, status ORDER BY kind`,
    )
    expect(log.rows).toEqual([
      { kind: 'consultation', status: 'sent', n: 3 },
      { kind: 'report', status: 'sent', n: 3 },
      { kind: 'response', status: 'sent', n: 4 },
    ])
  })
})
