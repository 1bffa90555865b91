import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from '../../../tests/helpers/payload'
import { accountOptions } from '../frontend/citizen'
import { fanOutNotice, notifyTaskSlug } from '../jobs/notifyNotice'
import { locationOf, makeClient, tokenFrom } from './helpers'

const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ],
})

describe('citizen accounts: notice alerts fan-out', () => {
  let payload: Payload
  let nord: number
  let sud: number
  const ids: Record<string, number> = {}

  const outboxFor = async (to: string) =>
    (
      await payload.find({
        collection: 'mail-outbox',
        where: { to: { equals: to } },
        sort: 'createdAt',
        limit: 100,
        overrideAccess: true,
      })
    ).docs

  const publishNotice = async (
    title: string,
    sectors: number[],
    extra: Record<string, unknown> = {},
  ) =>
    payload.create({
      collection: 'notices',
      data: {
        title,
        summary: `Résumé ${title}`,
        kind: 'boil-water',
        severity: 'warning',
        startsAt: new Date().toISOString(),
        sectors,
        _status: 'published',
        ...extra,
      } as never,
      overrideAccess: true,
      context: { disableRevalidateTags: true },
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    const ctx = { disableRevalidate: true }
    nord = (
      await payload.create({
        collection: 'sectors',
        data: { name: 'Nord', code: 'nord', boundary: square(-74, 46) },
        overrideAccess: true,
        context: ctx,
      })
    ).id
    sud = (
      await payload.create({
        collection: 'sectors',
        data: { name: 'Sud', code: 'sud', boundary: square(-74, 44) },
        overrideAccess: true,
        context: ctx,
      })
    ).id
    const inNord = (
      await payload.create({
        collection: 'addresses',
        data: { number: 1, street: 'rue du Nord', postalCode: 'J0A 1B0', lat: 46.5, lng: -73.5 },
        overrideAccess: true,
        context: ctx,
      })
    ).id
    const inSud = (
      await payload.create({
        collection: 'addresses',
        data: { number: 1, street: 'rue du Sud', postalCode: 'J0A 1B0', lat: 44.5, lng: -73.5 },
        overrideAccess: true,
        context: ctx,
      })
    ).id
    const people: [string, number, string[], string[], boolean, 'fr' | 'en'][] = [
      ['n1', inNord, ['boil-water'], ['email', 'sms'], true, 'fr'],
      ['n2', inNord, ['all'], ['email'], true, 'en'],
      ['n3', inNord, ['road-closure'], ['email'], true, 'fr'],
      ['n4', inNord, ['boil-water'], ['email'], false, 'fr'],
      ['n5', inNord, ['boil-water'], [], true, 'fr'],
      ['s1', inSud, ['boil-water'], ['email'], true, 'fr'],
    ]
    for (const [
      name,
      address,
      alertTopics,
      alertChannels,
      isVerified,
      preferredLanguage,
    ] of people) {
      const doc = await payload.create({
        collection: 'citizens',
        data: {
          email: `${name}@example.test`,
          password: 'correct-horse-battery',
          name,
          preferredLanguage,
          phone: `819 555-01${String(Object.keys(ids).length).padStart(2, '0')}`,
          address,
          alertTopics,
          alertChannels,
          _verified: isVerified,
        } as never,
        overrideAccess: true,
        disableVerificationEmail: true,
        context: { isCitizenSystem: true },
      })
      ids[name] = doc.id
    }
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should queue the fan-out when a notice is published and send once per subscribed citizen and channel in its sectors', async () => {
    const notice = await publishNotice('Avis d’ébullition au nord', [nord])
    const queued = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: notifyTaskSlug } },
      overrideAccess: true,
    })
    expect(queued.docs.map((j) => (j.input as { noticeId: number }).noticeId)).toEqual([notice.id])
    await payload.jobs.run({ queue: 'default' })
    expect((await outboxFor('n1@example.test')).map((m) => m.subject)).toEqual([
      'Avis de la Ville : Avis d’ébullition au nord',
    ])
    expect((await outboxFor('819 555-0100')).map((m) => m.subject)).toEqual(['SMS'])
    // English is off in the site settings: n2 prefers English but gets French.
    expect((await outboxFor('n2@example.test')).map((m) => m.subject)).toEqual([
      'Avis de la Ville : Avis d’ébullition au nord',
    ])
    for (const none of ['n3', 'n4', 'n5', 's1'])
      expect(await outboxFor(`${none}@example.test`)).toEqual([])
    const log = await payload.find({
      collection: 'alert-deliveries',
      where: { notice: { equals: notice.id } },
      overrideAccess: true,
      limit: 100,
    })
    expect(log.docs.map((d) => [d.key, d.status]).sort()).toEqual(
      [
        [`${ids.n1}:${notice.id}:email`, 'sent'],
        [`${ids.n1}:${notice.id}:sms`, 'sent'],
        [`${ids.n2}:${notice.id}:email`, 'sent'],
      ].sort(),
    )
    // Run again (a retried job): nothing more is sent.
    expect(
      await fanOutNotice({ payload, options: accountOptions(payload), noticeId: notice.id }),
    ).toEqual({ sent: 0, skipped: 3 })
    expect(await outboxFor('n1@example.test')).toHaveLength(1)
  })

  it('should resume after a crash halfway without sending anything twice', async () => {
    const notice = await publishNotice('Deuxième avis', [nord], {})
    await payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: notifyTaskSlug } },
      overrideAccess: true,
    })
    // One citizen at a time, so "the second message" is always the same one.
    const options = {
      ...accountOptions(payload),
      notifications: { ...accountOptions(payload).notifications, concurrency: 1 },
    }
    let calls = 0
    const crashing = async () => {
      calls++
      if (calls === 2) throw new Error('killed')
    }
    await expect(
      fanOutNotice({ payload, options, noticeId: notice.id, send: crashing }),
    ).rejects.toThrow('killed')
    const afterCrash = await payload.find({
      collection: 'alert-deliveries',
      where: { notice: { equals: notice.id } },
      overrideAccess: true,
    })
    expect(afterCrash.docs.map((d) => d.status).sort()).toEqual(['failed', 'sent'])
    const resumed = await fanOutNotice({ payload, options, noticeId: notice.id })
    expect(resumed).toEqual({ sent: 2, skipped: 1 })
    const log = await payload.find({
      collection: 'alert-deliveries',
      where: { notice: { equals: notice.id } },
      overrideAccess: true,
    })
    expect(log.docs.map((d) => d.status)).toEqual(['sent', 'sent', 'sent'])
  })

  it('should send each message once when two workers run the same fan-out at the same time', async () => {
    const notice = await publishNotice('Avis envoyé par deux workers', [nord])
    await payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: notifyTaskSlug } },
      overrideAccess: true,
    })
    const sentTo: string[] = []
    // A send that takes a moment, as a mail server does: both runs reach each row while it is in flight.
    const slow: Parameters<typeof fanOutNotice>[0]['send'] = async ({ channel, to }) => {
      await new Promise((resolve) => setTimeout(resolve, 30))
      sentTo.push(`${channel}:${to}`)
    }
    const options = accountOptions(payload)
    const [a, b] = await Promise.all([
      fanOutNotice({ payload, options, noticeId: notice.id, send: slow }),
      fanOutNotice({ payload, options, noticeId: notice.id, send: slow }),
    ])
    expect(sentTo.sort()).toEqual([
      'email:n1@example.test',
      'email:n2@example.test',
      'sms:819 555-0100',
    ])
    expect(a.sent + b.sent).toBe(3)
    expect(a.skipped + b.skipped).toBe(3)
  })

  it('should notify only the newly concerned citizens when a published notice gains a sector', async () => {
    const notice = await publishNotice('Troisième avis', [nord])
    await payload.jobs.run({ queue: 'default' })
    const before = (await outboxFor('n1@example.test')).length
    await payload.update({
      collection: 'notices',
      id: notice.id,
      data: { sectors: [nord, sud] } as never,
      overrideAccess: true,
    })
    await payload.jobs.run({ queue: 'default' })
    expect((await outboxFor('s1@example.test')).map((m) => m.subject)).toEqual([
      'Avis de la Ville : Troisième avis',
    ])
    expect(await outboxFor('n1@example.test')).toHaveLength(before)
  })

  it('should send a safety notice in English to a citizen who prefers English', async () => {
    // A safety notice is published only with its English (collections/Notices/hooks/requireEnglishForSafety.ts):
    // French as a draft, then published with the English title and details.
    const notice = await payload.create({
      collection: 'notices',
      locale: 'fr',
      data: {
        title: 'Urgence',
        summary: 'Résumé',
        kind: 'emergency',
        severity: 'emergency',
        isSafety: true,
        startsAt: new Date().toISOString(),
        sectors: [nord],
        _status: 'draft',
      } as never,
      overrideAccess: true,
    })
    const body = {
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: null,
        children: [
          {
            type: 'paragraph',
            format: '',
            indent: 0,
            version: 1,
            direction: null,
            children: [
              {
                type: 'text',
                text: 'Boil your water.',
                format: 0,
                style: '',
                mode: 'normal',
                detail: 0,
                version: 1,
              },
            ],
          },
        ],
      },
    }
    await payload.update({
      collection: 'notices',
      id: notice.id,
      locale: 'en',
      data: { title: 'Emergency', summary: 'Summary', body, _status: 'published' } as never,
      overrideAccess: true,
    })
    await payload.jobs.run({ queue: 'default' })
    const mails = await outboxFor('n2@example.test')
    expect(mails.at(-1)?.subject).toBe('City notice: Emergency')
  })

  it('should unsubscribe with the signed link in the email, and refuse a forged one', async () => {
    const client = makeClient(payload)
    const [mail] = await outboxFor('n1@example.test')
    const link = /http\S+\/unsubscribe\?\S+/.exec(mail.text ?? '')?.[0]
    expect(link).toBeTruthy()
    const path = new URL(link!).pathname + new URL(link!).search
    const forged = await client.rest('GET', path.replace(/c=\d+/, `c=${ids.n2}`))
    expect(forged.headers.get('location')).toContain('error=invalidToken')
    const ok = await client.rest('GET', path)
    expect(ok.headers.get('location')).toBe('/fr/mon-dossier/connexion?status=unsubscribed')
    const n1 = await payload.findByID({ collection: 'citizens', id: ids.n1, overrideAccess: true })
    expect(n1.alertTopics).toEqual([])
    const n2 = await payload.findByID({ collection: 'citizens', id: ids.n2, overrideAccess: true })
    expect(n2.alertTopics).toEqual(['all'])
  })

  it('should send a sector’s alerts to a resident without an account only after the double opt-in', async () => {
    const client = makeClient(payload)
    const first = await client.post(
      'alert-signup',
      { email: 'voisin@example.test', sectorId: String(sud) },
      { ip: '10.7.0.1' },
    )
    expect(locationOf(first)).toBe('/fr/mon-dossier/alertes-secteur?status=alertSignupSent')
    const confirmation = (await outboxFor('voisin@example.test'))[0]
    expect(confirmation.subject).toBe('Confirmez votre abonnement aux alertes')
    const token = tokenFrom(confirmation.text)
    expect(token).toBeTruthy()
    const before = await publishNotice('Avant confirmation', [sud])
    await fanOutNotice({ payload, options: accountOptions(payload), noticeId: before.id })
    expect(await outboxFor('voisin@example.test')).toHaveLength(1)
    expect(locationOf(await client.post('alert-confirm', { token: 'x'.repeat(30) }))).toBe(
      '/fr/mon-dossier/alertes-secteur?error=invalidToken',
    )
    expect(locationOf(await client.post('alert-confirm', { token: token! }))).toBe(
      '/fr/mon-dossier/alertes-secteur?status=alertConfirmed',
    )
    // The token works once.
    expect(locationOf(await client.post('alert-confirm', { token: token! }))).toContain(
      'error=invalidToken',
    )
    const after = await publishNotice('Après confirmation', [sud])
    await fanOutNotice({ payload, options: accountOptions(payload), noticeId: after.id })
    await fanOutNotice({ payload, options: accountOptions(payload), noticeId: after.id })
    const mails = await outboxFor('voisin@example.test')
    expect(mails.map((m) => m.subject)).toEqual([
      'Confirmez votre abonnement aux alertes',
      'Avis de la Ville : Après confirmation',
    ])
    // A notice for another sector does not reach them.
    const elsewhere = await publishNotice('Ailleurs', [nord])
    await fanOutNotice({ payload, options: accountOptions(payload), noticeId: elsewhere.id })
    expect(await outboxFor('voisin@example.test')).toHaveLength(2)
    const link = /http\S+\/unsubscribe\?\S+/.exec(mails[1].text ?? '')![0]
    const stop = await client.rest('GET', new URL(link).pathname + new URL(link).search)
    expect(stop.headers.get('location')).toBe('/fr/mon-dossier/alertes-secteur?status=unsubscribed')
    expect(
      (await payload.count({ collection: 'alert-signups', overrideAccess: true })).totalDocs,
    ).toBe(0)
  })
})
