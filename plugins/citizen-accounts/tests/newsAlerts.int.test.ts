import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload, getTestPayload } from '../../../tests/helpers/payload'
import { accountOptions } from '../frontend/citizen'
import { realDeliver } from '../lib/fanOut'
import { fanOutNews, notifyNewsTaskSlug } from '../jobs/notifyNews'
import { locationOf, makeClient } from './helpers'

describe('citizen accounts: news alerts by category', () => {
  let payload: Payload
  const ids: Record<string, number> = {}
  const phones: Record<string, string> = {}

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
  const subjectsFor = async (name: string) =>
    (await outboxFor(`${name}@example.test`)).map((m) => m.subject)
  const queuedNewsJobs = async () =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: {
          and: [{ taskSlug: { equals: notifyNewsTaskSlug } }, { completedAt: { exists: false } }],
        },
        overrideAccess: true,
      })
    ).docs

  const publishNews = async (title: string, categories: string[]) =>
    payload.create({
      collection: 'news',
      data: {
        title,
        summary: `Résumé ${title}`,
        categories,
        publishedAt: new Date().toISOString(),
        _status: 'published',
      } as never,
      overrideAccess: true,
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    // name, news categories, notice kinds, channels, confirmed, preferred language
    const people: [string, string[], string[], string[], boolean, 'fr' | 'en'][] = [
      ['a1', ['environment'], [], ['email', 'sms'], true, 'fr'],
      ['a2', ['environment', 'recreation'], [], ['email'], true, 'en'],
      ['b1', ['recreation'], [], ['email'], true, 'fr'],
      ['c1', ['environment'], [], ['email'], false, 'fr'],
      ['d1', [], ['all'], ['email'], true, 'fr'],
      ['e1', ['environment'], [], [], true, 'fr'],
    ]
    for (const [
      i,
      [name, newsTopics, alertTopics, alertChannels, isVerified, preferredLanguage],
    ] of people.entries()) {
      phones[name] = `819 555-02${String(i).padStart(2, '0')}`
      const doc = await payload.create({
        collection: 'citizens',
        data: {
          email: `${name}@example.test`,
          password: 'correct-horse-battery',
          name,
          preferredLanguage,
          phone: phones[name],
          newsTopics,
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

  it('should send a news item published in a category once to each subscriber of it, by each chosen channel, and to nobody else', async () => {
    const item = await publishNews('Grand ménage du printemps', ['environment'])
    expect((await queuedNewsJobs()).map((j) => (j.input as { newsId: number }).newsId)).toEqual([
      item.id,
    ])
    await payload.jobs.run({ queue: 'default' })
    expect(await subjectsFor('a1')).toEqual(['Actualité de la Ville : Grand ménage du printemps'])
    expect((await outboxFor(phones.a1)).map((m) => m.subject)).toEqual(['SMS'])
    // English is off in the site settings: a2 prefers English but gets French.
    expect(await subjectsFor('a2')).toEqual(['Actualité de la Ville : Grand ménage du printemps'])
    for (const none of ['b1', 'c1', 'd1', 'e1']) expect(await subjectsFor(none)).toEqual([])
    expect(await outboxFor(phones.e1)).toEqual([])
    const [mail] = await outboxFor('a1@example.test')
    expect(mail.text).toContain(`/fr/actualites/${item.slug}`)
    const log = await payload.find({
      collection: 'alert-deliveries',
      where: { news: { equals: item.id } },
      overrideAccess: true,
      limit: 100,
    })
    expect(log.docs.map((d) => [d.key, d.status]).sort()).toEqual(
      [
        [`news:${ids.a1}:${item.id}:email`, 'sent'],
        [`news:${ids.a1}:${item.id}:sms`, 'sent'],
        [`news:${ids.a2}:${item.id}:email`, 'sent'],
      ].sort(),
    )
  })

  it('should not send a news item again when it is updated, or unpublished and published again', async () => {
    const item = await publishNews('Collecte des résidus verts', ['environment'])
    await payload.jobs.run({ queue: 'default' })
    const before = {
      a1: (await subjectsFor('a1')).length,
      a2: (await subjectsFor('a2')).length,
      sms: (await outboxFor(phones.a1)).length,
    }
    // An edit of a published item queues nothing.
    await payload.update({
      collection: 'news',
      id: item.id,
      data: { summary: 'Nouvelle date' } as never,
      overrideAccess: true,
    })
    expect(await queuedNewsJobs()).toEqual([])
    // Unpublished, then published again: the job runs, the delivery log stops every message.
    await payload.update({
      collection: 'news',
      id: item.id,
      data: { _status: 'draft' } as never,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'news',
      id: item.id,
      data: { _status: 'published' } as never,
      overrideAccess: true,
    })
    expect(await queuedNewsJobs()).toHaveLength(1)
    await payload.jobs.run({ queue: 'default' })
    expect(
      await fanOutNews({ payload, options: accountOptions(payload), newsId: item.id }),
    ).toEqual({ sent: 0, skipped: 3 })
    expect({
      a1: (await subjectsFor('a1')).length,
      a2: (await subjectsFor('a2')).length,
      sms: (await outboxFor(phones.a1)).length,
    }).toEqual(before)
  })

  it('should send nothing twice when a job killed halfway is run again', async () => {
    const item = await publishNews('Distribution d’arbres', ['environment'])
    const before = {
      a1: (await subjectsFor('a1')).length,
      a2: (await subjectsFor('a2')).length,
      sms: (await outboxFor(phones.a1)).length,
    }
    // One citizen at a time, so the run always dies at the same message: after the first real one.
    const options = {
      ...accountOptions(payload),
      notifications: { ...accountOptions(payload).notifications, concurrency: 1 },
    }
    const real = realDeliver(payload, options)
    let calls = 0
    const killedAtSecond: typeof real = async (args) => {
      calls++
      if (calls === 2) throw new Error('killed')
      await real(args)
    }
    await expect(
      fanOutNews({ payload, options, newsId: item.id, send: killedAtSecond }),
    ).rejects.toThrow('killed')
    const afterCrash = await payload.find({
      collection: 'alert-deliveries',
      where: { news: { equals: item.id } },
      overrideAccess: true,
    })
    expect(afterCrash.docs.map((d) => d.status).sort()).toEqual(['failed', 'sent'])
    // The queued job (the hook queued it on publication) runs now, with the real senders.
    await payload.jobs.run({ queue: 'default' })
    expect({
      a1: (await subjectsFor('a1')).length,
      a2: (await subjectsFor('a2')).length,
      sms: (await outboxFor(phones.a1)).length,
    }).toEqual({
      a1: before.a1 + 1,
      a2: before.a2 + 1,
      sms: before.sms + 1,
    })
    const log = await payload.find({
      collection: 'alert-deliveries',
      where: { news: { equals: item.id } },
      overrideAccess: true,
    })
    expect(log.docs.map((d) => d.status)).toEqual(['sent', 'sent', 'sent'])
  })

  it('should reach the subscribers of a category a published item gains, and only them', async () => {
    const item = await publishNews('Séance du conseil', ['council'])
    await payload.jobs.run({ queue: 'default' })
    const before = { a1: (await subjectsFor('a1')).length, a2: (await subjectsFor('a2')).length }
    expect(await subjectsFor('b1')).toEqual([])
    await payload.update({
      collection: 'news',
      id: item.id,
      data: { categories: ['council', 'recreation'] } as never,
      overrideAccess: true,
    })
    await payload.jobs.run({ queue: 'default' })
    expect(await subjectsFor('b1')).toEqual(['Actualité de la Ville : Séance du conseil'])
    expect((await subjectsFor('a2')).length).toBe(before.a2 + 1)
    expect((await subjectsFor('a1')).length).toBe(before.a1)
  })

  it('should write in English to a citizen who prefers it once the site has English', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { cityName: 'Lac-Azur', englishEnabled: true } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    try {
      const item = await publishNews('Fête des voisins', ['recreation'])
      const english = await payload.update({
        collection: 'news',
        id: item.id,
        locale: 'en',
        data: { title: 'Neighbours’ day', summary: 'Summary' } as never,
        overrideAccess: true,
      })
      await payload.jobs.run({ queue: 'default' })
      expect((await subjectsFor('a2')).at(-1)).toBe('City news: Neighbours’ day')
      expect((await outboxFor('a2@example.test')).at(-1)?.text).toContain(
        `/en/news/${english.slug}`,
      )
      expect((await subjectsFor('b1')).at(-1)).toBe('Actualité de la Ville : Fête des voisins')
    } finally {
      await payload.updateGlobal({
        slug: 'site-settings',
        data: { cityName: 'Lac-Azur', englishEnabled: false } as never,
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    }
  })

  it('should store only offered news categories from the preferences form', async () => {
    const client = makeClient(payload)
    const cookie = await client.login('b1@example.test', 'correct-horse-battery')
    const bogus = await client.post(
      'preferences',
      { newsTopics: 'not-a-category', channels: 'email' },
      { cookie },
    )
    expect(locationOf(bogus)).toBe('/fr/mon-dossier/alertes?status=saved')
    expect(
      (await payload.findByID({ collection: 'citizens', id: ids.b1, overrideAccess: true }))
        .newsTopics,
    ).toEqual([])
    await client.post('preferences', { newsTopics: 'recreation', channels: 'email' }, { cookie })
    expect(
      (await payload.findByID({ collection: 'citizens', id: ids.b1, overrideAccess: true }))
        .newsTopics,
    ).toEqual(['recreation'])
  })

  it('should stop news alerts with the signed unsubscribe link of a news email', async () => {
    const client = makeClient(payload)
    const mail = (await outboxFor('a1@example.test')).at(-1)!
    const link = /http\S+\/unsubscribe\?\S+/.exec(mail.text ?? '')?.[0]
    expect(link).toBeTruthy()
    const ok = await client.rest('GET', new URL(link!).pathname + new URL(link!).search)
    expect(ok.headers.get('location')).toBe('/fr/mon-dossier/connexion?status=unsubscribed')
    const a1 = await payload.findByID({ collection: 'citizens', id: ids.a1, overrideAccess: true })
    expect(a1.newsTopics).toEqual([])
    const before = (await subjectsFor('a1')).length
    await publishNews('Après désabonnement', ['environment'])
    await payload.jobs.run({ queue: 'default' })
    expect(await subjectsFor('a1')).toHaveLength(before)
  })
})
