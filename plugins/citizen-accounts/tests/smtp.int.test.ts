import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { locationOf, makeClient } from './helpers'

type Received = { from: string; to: string[]; raw: string }

describe('citizen accounts: email over a real SMTP server', () => {
  let payload: Payload
  let server: SMTPServer
  const received: Received[] = []

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      // No reverse DNS lookup of the client: a sink on this machine need not know its name.
      disableReverseLookup: true,
      logger: false,
      onData(stream, session, callback) {
        let raw = ''
        stream.setEncoding('utf8')
        stream.on('data', (chunk: string) => (raw += chunk))
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
          })
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.server.address() as AddressInfo
    // Read when the config is imported (below): SMTP replaces the outbox.
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
    process.env.MAIL_FROM = 'Ville de Lac-Azur <no-reply@lac-azur.example>'
    payload = await getTestPayload()
  })

  afterAll(async () => {
    await closePayload(payload)
    await new Promise<void>((resolve) => server.close(() => resolve()))
    delete process.env.SMTP_URL
    delete process.env.MAIL_FROM
  })

  it('should deliver the confirmation email over SMTP, in HTML and text, and write nothing to the outbox', async () => {
    const client = makeClient(payload)
    const response = await client.post('register', {
      email: 'smtp@example.test',
      password: 'correct-horse-battery',
      name: 'Sam',
      consent: 'on',
      preferredLanguage: 'en',
    })
    expect(locationOf(response)).toContain('status=registered')
    expect(received).toHaveLength(1)
    const [mail] = received
    expect(mail.from).toBe('no-reply@lac-azur.example')
    expect(mail.to).toEqual(['smtp@example.test'])
    expect(mail.raw).toMatch(/^Subject: Confirm your citizen account/m)
    expect(mail.raw).toMatch(/Content-Type: multipart\/alternative/)
    expect(mail.raw).toMatch(/Content-Type: text\/plain/)
    expect(mail.raw).toMatch(/Content-Type: text\/html/)
    expect(mail.raw.replace(/=\r?\n/g, '')).toMatch(
      /\/en\/my-account\/verify\?token=3D[A-Za-z0-9]+|\/en\/my-account\/verify\?token=[A-Za-z0-9]+/,
    )
    const outbox = await payload.count({ collection: 'mail-outbox', overrideAccess: true })
    expect(outbox.totalDocs).toBe(0)
  })

  it('should send a notice’s instructions (« Consignes ») in the alert email and in the SMS', async () => {
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [-74, 46],
          [-73, 46],
          [-73, 47],
          [-74, 47],
          [-74, 46],
        ],
      ],
    }
    const ctx = { disableRevalidate: true }
    const sector = await payload.create({
      collection: 'sectors',
      data: { name: 'Nord', code: 'nord', boundary: square } as never,
      overrideAccess: true,
      context: ctx,
    })
    const address = await payload.create({
      collection: 'addresses',
      data: { number: 1, street: 'rue du Nord', postalCode: 'J0A 1B0', lat: 46.5, lng: -73.5 },
      overrideAccess: true,
      context: ctx,
    })
    await payload.create({
      collection: 'citizens',
      data: {
        email: 'consignes@example.test',
        password: 'correct-horse-battery',
        name: 'Alix',
        preferredLanguage: 'fr',
        phone: '819 555-0177',
        address: address.id,
        alertTopics: ['all'],
        alertChannels: ['email', 'sms'],
        _verified: true,
      } as never,
      overrideAccess: true,
      disableVerificationEmail: true,
      context: { isCitizenSystem: true },
    })
    const instruction = 'Remplissez quelques bouteilles d’eau avant 9 h.'
    await payload.create({
      collection: 'notices',
      data: {
        title: 'Interruption d’eau au nord',
        summary: 'Travaux sur la conduite.',
        instruction,
        kind: 'water-outage',
        severity: 'warning',
        startsAt: new Date().toISOString(),
        sectors: [sector.id],
        _status: 'published',
      } as never,
      overrideAccess: true,
      context: { disableRevalidateTags: true },
    })
    await payload.jobs.run({ queue: 'default' })
    const mail = received.find((m) => m.to.includes('consignes@example.test'))
    expect(mail).toBeTruthy()
    // Quoted-printable, as nodemailer writes non-ASCII text.
    const decoded = Buffer.from(
      mail!.raw
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8')
    expect(decoded).toContain(`Consignes : ${instruction}`)
    const sms = await payload.find({
      collection: 'mail-outbox',
      where: { and: [{ subject: { equals: 'SMS' } }, { to: { contains: '0177' } }] },
      overrideAccess: true,
    })
    expect(sms.docs).toHaveLength(1)
    const text = String((sms.docs[0] as unknown as { text: string }).text)
    expect(text).toContain(instruction)
    expect(text).toContain('/fr/avis/')
    expect(text.length).toBeLessThanOrEqual(320)
  })
})
