import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from './host'
import { startTestSmtp, type TestMail, type TestSmtp } from '../../kit/testing/smtp'
import { createCsrfToken, csrfBinding } from '../residents/csrf'
import { submitRequest } from '../form/submit'
import { base, type City, makeCity, newKey, options, rest } from './helpers'

/** The decoded message, both parts, as the assertions read it. */
const bodyOf = (mail: TestMail) => `${mail.text}\n${mail.html}`

describe('service requests: status emails over a real SMTP server', () => {
  let payload: Payload
  let smtp: TestSmtp
  let city: City

  beforeAll(async () => {
    smtp = await startTestSmtp()
    // Read when the config is imported (below): SMTP replaces the outbox.
    process.env.SMTP_URL = smtp.url
    process.env.MAIL_FROM = 'Ville de Lac-Azur <no-reply@lac-azur.example>'
    payload = await getTestPayload()
    city = await makeCity(payload)
  })

  afterAll(async () => {
    await closePayload(payload)
    await smtp.stop()
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
    const mine = await submitRequest(payload, options, {
      typeId: city.type.id,
      description: 'Trou',
      answers: { size: 'small' },
      addressId: city.westAddress.id,
      language: 'fr',
      citizenId: city.citizenA.id,
      idempotencyKey: newKey(),
    })
    if (!anonymous.ok || !mine.ok) throw new Error('refused')
    const about = (number: string) => smtp.messages.filter((m) => m.subject.includes(number))
    const patch = async (id: number, body: Record<string, unknown>) => {
      const response = await rest(payload, 'PATCH', `/api/service-requests/${id}`, {
        cookie: city.agentA.cookie,
        body,
      })
      expect(response.status).toBe(200)
    }

    // An internal note alone: no email.
    await patch(anonymous.id, { note: 'Voisin difficile, appeler avant', isNotePublic: false })
    expect(about(anonymous.trackingNumber)).toHaveLength(0)
    // A status change said with an internal note: an email, without the note.
    await patch(anonymous.id, {
      status: 'in_progress',
      note: 'Équipe de nuit seulement',
      isNotePublic: false,
    })
    expect(about(anonymous.trackingNumber)).toHaveLength(1)
    // Resolved with a public note.
    await patch(anonymous.id, {
      status: 'resolved',
      note: 'Filled this morning.',
      isNotePublic: true,
    })
    const anonymousMails = about(anonymous.trackingNumber)
    expect(anonymousMails).toHaveLength(2)
    const [progress, resolved] = anonymousMails
    expect(progress.to).toEqual(['witness@example.test'])
    expect(progress.subject).toBe(`Request ${anonymous.trackingNumber}: In progress`)
    expect(resolved.subject).toBe(`Request ${anonymous.trackingNumber}: Resolved`)
    expect(bodyOf(resolved)).toContain('Filled this morning.')
    expect(bodyOf(resolved)).toContain(
      `/en/requests/${anonymous.trackingNumber}?token=${anonymous.followToken}`,
    )
    for (const mail of anonymousMails) {
      expect(bodyOf(mail)).not.toContain('Voisin difficile')
      expect(bodyOf(mail)).not.toContain('Équipe de nuit')
    }

    await patch(mine.id, { status: 'resolved', note: 'Réparé ce matin.', isNotePublic: true })
    const citizenMails = about(mine.trackingNumber)
    expect(citizenMails).toHaveLength(1)
    expect(citizenMails[0].to).toEqual(['a@example.test'])
    expect(citizenMails[0].subject).toBe(`Requête ${mine.trackingNumber} : Résolue`)
    expect(bodyOf(citizenMails[0])).toContain('Message du service : Réparé ce matin.')
    expect(bodyOf(citizenMails[0])).toContain(`/fr/requetes/${mine.trackingNumber}`)
    // A signed-in citizen follows it from their account: no secret in their link.
    expect(bodyOf(citizenMails[0])).not.toContain('token=')
    // Nothing went to the outbox: SMTP replaced it.
    expect(
      (await payload.count({ collection: 'mail-outbox', overrideAccess: true })).totalDocs,
    ).toBe(0)
  })

  it('should send the public note when the agent assigns and resolves the request in the same save', async () => {
    const r = await submitRequest(payload, options, {
      typeId: city.type.id,
      description: 'Trou profond',
      answers: { size: 'large' },
      addressId: city.westAddress.id,
      contact: { email: 'one-save@example.test' },
      language: 'fr',
      citizenId: null,
      idempotencyKey: newKey(),
    })
    if (!r.ok) throw new Error('refused')
    // Status, assignee and a public note in one PATCH: the history ends with the (internal) assignment.
    const response = await rest(payload, 'PATCH', `/api/service-requests/${r.id}`, {
      cookie: city.agentA.cookie,
      body: {
        status: 'resolved',
        assignee: city.agentA.id,
        note: 'Colmaté cet après-midi.',
        isNotePublic: true,
      },
    })
    expect(response.status).toBe(200)
    const stored = await payload.findByID({
      collection: 'service-requests',
      id: r.id,
      depth: 0,
      overrideAccess: true,
    })
    expect((stored.history ?? []).at(-1)?.kind).toBe('assignment')
    const mails = smtp.messages.filter((m) => m.subject.includes(r.trackingNumber))
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe(`Requête ${r.trackingNumber} : Résolue`)
    expect(bodyOf(mails[0])).toContain('Message du service : Colmaté cet après-midi.')
  })

  it('should acknowledge a request sent from the form, with its number, type and follow-up link, to the contact email or the citizen, once', async () => {
    const postStep = (fields: Record<string, string>, cookie?: string) => {
      const token = cookie?.split('; ').find((c) => c.startsWith('payload-token='))
      const claims = token
        ? (JSON.parse(
            Buffer.from(token.split('=')[1].split('.')[1], 'base64url').toString('utf8'),
          ) as { id: number; sid?: string })
        : null
      const body = new URLSearchParams({
        locale: 'fr',
        csrf: createCsrfToken(
          payload.secret,
          claims ? csrfBinding({ id: claims.id, _sid: claims.sid }) : 'anonymous',
        ),
        ...fields,
      })
      const headers: Record<string, string> = {
        'content-type': 'application/x-www-form-urlencoded',
        origin: base,
      }
      if (cookie) headers.cookie = cookie
      return handleEndpoints({
        config: payload.config,
        request: new Request(`${base}/api/service-requests-form/step`, {
          method: 'POST',
          headers,
          body: body.toString(),
        }),
      })
    }
    const send = async (contact: Record<string, string>, cookie?: string) => {
      let r = await postStep({ step: 'type', typeId: String(city.type.id) }, cookie)
      const draft = new URL(r.headers.get('location')!, base).searchParams.get('draft')!
      const formCookie = r.headers.get('set-cookie')?.split(';')[0]
      const both = [cookie, formCookie].filter(Boolean).join('; ') || undefined
      await postStep({ step: 'details', draft, description: 'Un trou' }, both)
      await postStep({ step: 'location', draft, addressId: String(city.westAddress.id) }, both)
      await postStep({ step: 'photos', draft }, both)
      await postStep({ step: 'questions', draft, q_size: 'small' }, both)
      r = await postStep({ step: 'review', draft, ...contact }, both)
      const followUp = new URL(r.headers.get('location')!, base)
      // A repeat of the last step (a reload) sends nothing more.
      await postStep({ step: 'review', draft, ...contact }, both)
      const number = followUp.pathname.split('/').at(-1)!
      // The acknowledgement leaves after the answer (the resident never waits on the mail server).
      if (contact.email !== '')
        await expect
          .poll(() => smtp.messages.filter((m) => m.subject.includes(number)).length)
          .toBeGreaterThan(0)
      else await new Promise((resolve) => setTimeout(resolve, 500))
      return { number, followUp }
    }
    const anonymous = await send({ email: 'ack@example.test', name: 'Témoin' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const ack = smtp.messages.filter((m) => m.subject.includes(anonymous.number))
    expect(ack).toHaveLength(1)
    expect(ack[0].to).toEqual(['ack@example.test'])
    expect(ack[0].subject).toBe(`Requête ${anonymous.number} reçue`)
    expect(bodyOf(ack[0])).toContain(anonymous.number)
    expect(bodyOf(ack[0])).toContain('Nid-de-poule')
    expect(bodyOf(ack[0])).toContain(
      `${anonymous.followUp.pathname}${anonymous.followUp.search.replace('&sent=1', '').replace('?sent=1&', '?')}`,
    )

    // No email left: nobody to acknowledge.
    const silent = await send({ email: '' })
    expect(smtp.messages.filter((m) => m.subject.includes(silent.number))).toHaveLength(0)

    // A signed-in citizen: to their account's address, with a link that needs no secret.
    const mine = await send({}, city.citizenB.cookie)
    const citizenAck = smtp.messages.filter((m) => m.subject.includes(mine.number))
    expect(citizenAck).toHaveLength(1)
    expect(citizenAck[0].to).toEqual(['b@example.test'])
    expect(bodyOf(citizenAck[0])).toContain(`/fr/requetes/${mine.number}`)
    expect(bodyOf(citizenAck[0])).not.toContain('token=')
  })
})
