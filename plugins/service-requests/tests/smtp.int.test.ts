import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from '../../../tests/helpers/payload'
import { submitRequest } from '../lib/submit'
import { type City, makeCity, newKey, options, rest } from './helpers'

type Received = { to: string[]; subject: string; body: string }

/** Quoted-printable, as nodemailer writes non-ASCII text. */
const decodeQp = (value: string) =>
  Buffer.from(value.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8')

/** An RFC 2047 header (`=?UTF-8?Q?…?=` or `=?UTF-8?B?…?=` words, possibly folded). */
const decodeHeader = (value: string) =>
  value
    .replace(/\r?\n[ \t]+/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQp(text.replace(/_/g, ' ')),
    )

describe('service requests: status emails over a real SMTP server', () => {
  let payload: Payload
  let server: SMTPServer
  let city: City
  const received: Received[] = []

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      onData(stream, session, callback) {
        let raw = ''
        stream.setEncoding('utf8')
        stream.on('data', (chunk: string) => (raw += chunk))
        stream.on('end', () => {
          const [head] = raw.split(/\r?\n\r?\n/)
          const subject = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(head)?.[1] ?? ''
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: decodeHeader(subject), body: decodeQp(raw) })
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
    city = await makeCity(payload)
  })

  afterAll(async () => {
    await closePayload(payload)
    await new Promise<void>((resolve) => server.close(() => resolve()))
    delete process.env.SMTP_URL
    delete process.env.MAIL_FROM
  })

  it('should mail the submitter (citizen or anonymous contact) once per public status change, in their language, with the public note and the follow-up link, never an internal note', async () => {
    const anonymous = await submitRequest(payload, options, {
      typeId: city.type.id,
      description: 'Pothole',
      answers: { size: 'large' },
      addressId: city.westAddress.id,
      contact: { email: 'witness@example.test' },
      language: 'en',
      citizenId: null,
      idempotencyKey: newKey(),
    })
    const mine = await submitRequest(payload, options, { typeId: city.type.id, description: 'Trou', answers: { size: 'small' }, addressId: city.westAddress.id, language: 'fr', citizenId: city.citizenA.id, idempotencyKey: newKey() })
    if (!anonymous.ok || !mine.ok) throw new Error('refused')
    const about = (number: string) => received.filter((m) => m.subject.includes(number))
    const patch = async (id: number, body: Record<string, unknown>) => {
      const response = await rest(payload, 'PATCH', `/api/service-requests/${id}`, { cookie: city.agentA.cookie, body })
      expect(response.status).toBe(200)
    }

    // An internal note alone: no email.
    await patch(anonymous.id, { note: 'Voisin difficile, appeler avant', isNotePublic: false })
    expect(about(anonymous.trackingNumber)).toHaveLength(0)
    // A status change said with an internal note: an email, without the note.
    await patch(anonymous.id, { status: 'in_progress', note: 'Équipe de nuit seulement', isNotePublic: false })
    expect(about(anonymous.trackingNumber)).toHaveLength(1)
    // Resolved with a public note.
    await patch(anonymous.id, { status: 'resolved', note: 'Filled this morning.', isNotePublic: true })
    const anonymousMails = about(anonymous.trackingNumber)
    expect(anonymousMails).toHaveLength(2)
    const [progress, resolved] = anonymousMails
    expect(progress.to).toEqual(['witness@example.test'])
    expect(progress.subject).toBe(`Request ${anonymous.trackingNumber}: In progress`)
    expect(resolved.subject).toBe(`Request ${anonymous.trackingNumber}: Resolved`)
    expect(resolved.body).toContain('Filled this morning.')
    expect(resolved.body).toContain(`/en/requests/${anonymous.trackingNumber}?cle=${anonymous.followToken}`)
    for (const mail of anonymousMails) {
      expect(mail.body).not.toContain('Voisin difficile')
      expect(mail.body).not.toContain('Équipe de nuit')
    }

    await patch(mine.id, { status: 'resolved', note: 'Réparé ce matin.', isNotePublic: true })
    const citizenMails = about(mine.trackingNumber)
    expect(citizenMails).toHaveLength(1)
    expect(citizenMails[0].to).toEqual(['a@example.test'])
    expect(citizenMails[0].subject).toBe(`Requête ${mine.trackingNumber} : Résolue`)
    expect(citizenMails[0].body).toContain('Message du service : Réparé ce matin.')
    expect(citizenMails[0].body).toContain(`/fr/requetes/${mine.trackingNumber}`)
    // A signed-in citizen follows it from their account: no secret in their link.
    expect(citizenMails[0].body).not.toContain('cle=')
    // Nothing went to the outbox: SMTP replaced it.
    expect((await payload.count({ collection: 'mail-outbox', overrideAccess: true })).totalDocs).toBe(0)
  })
})
