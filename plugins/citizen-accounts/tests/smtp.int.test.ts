import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestSmtp, type TestSmtp } from '../../kit/testing/smtp'
import { closePayload, getTestPayload } from './host'
import { locationOf, makeClient } from './helpers'

describe('citizen accounts: email over a real SMTP server', () => {
  let payload: Payload
  let smtp: TestSmtp

  beforeAll(async () => {
    smtp = await startTestSmtp()
    // Read when the config is imported (below): SMTP replaces the outbox.
    process.env.SMTP_URL = smtp.url
    process.env.MAIL_FROM = 'Ville de Lac-Azur <no-reply@lac-azur.example>'
    payload = await getTestPayload()
  })

  afterAll(async () => {
    await closePayload(payload)
    await smtp.stop()
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
    expect(smtp.messages).toHaveLength(1)
    const [mail] = smtp.messages
    expect(mail.from).toBe('no-reply@lac-azur.example')
    expect(mail.to).toEqual(['smtp@example.test'])
    expect(mail.subject).toMatch(/^Confirm your citizen account/)
    // multipart/alternative: a text part and an HTML part.
    expect(mail.text).not.toBe('')
    expect(mail.html).not.toBe('')
    expect(`${mail.text}\n${mail.html}`).toMatch(/\/en\/my-account\/verify\?token=[A-Za-z0-9]+/)
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
    const mail = smtp.messages.find((m) => m.to.includes('consignes@example.test'))
    expect(mail).toBeTruthy()
    expect(mail!.text).toContain(`Consignes : ${instruction}`)
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
