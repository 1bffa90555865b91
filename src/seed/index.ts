import type { Payload, RequestContext } from 'payload'

import { instantToLocalDate, localToInstant } from '@/lib/calendar'
import { importAddresses } from '@/lib/place/importAddresses'
import { slugify } from '@/utilities/slugify'

import { civicAddresses, sectors } from './geography'
import { paragraphs } from './lexical'
import { seedEvents } from './events'
import { seedNews } from './news'
import { seedNotices } from './notices'
import { seedSchedules, seedWateringRules } from './schedules'

export type SeedAccounts = {
  admin: { email: string; password: string }
  editor: { email: string; password: string }
  agent: { email: string; password: string }
}

export type SeedReport = { created: Record<string, number>; addresses: { inserted: number; skipped: number } }

const context: RequestContext = { disableRevalidate: true }

const departments = [
  { code: 'travaux-publics', fr: 'Travaux publics', en: 'Public Works', email: 'travaux@lac-azur.example', phone: '819 555-0110' },
  { code: 'environnement', fr: 'Environnement et matières résiduelles', en: 'Environment and Waste', email: 'environnement@lac-azur.example', phone: '819 555-0120' },
  { code: 'loisirs-culture', fr: 'Loisirs, culture et vie communautaire', en: 'Recreation, Culture and Community Life', email: 'loisirs@lac-azur.example', phone: '819 555-0130' },
  { code: 'urbanisme', fr: 'Urbanisme et permis', en: 'Planning and Permits', email: 'urbanisme@lac-azur.example', phone: '819 555-0140' },
  { code: 'securite-incendie', fr: 'Sécurité incendie et civile', en: 'Fire and Emergency Services', email: 'incendie@lac-azur.example', phone: '819 555-0150' },
  { code: 'greffe', fr: 'Greffe et affaires juridiques', en: 'Clerk’s Office and Legal Affairs', email: 'greffe@lac-azur.example', phone: '819 555-0160' },
  { code: 'communications', fr: 'Communications et relations citoyennes', en: 'Communications and Citizen Relations', email: 'communications@lac-azur.example', phone: '819 555-0100' },
]

/**
 * Seeds the demo city. Idempotent: every record is looked up by its natural key first and left
 * alone when it exists, so running it twice changes nothing and never overwrites an editor's work.
 */
export const seedDemoCity = async (payload: Payload, accounts: SeedAccounts): Promise<SeedReport> => {
  const created: Record<string, number> = { departments: 0, sectors: 0, users: 0, siteSettings: 0, news: 0, notices: 0, schedules: 0, wateringRules: 0, events: 0 }

  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'fr', overrideAccess: true, context })
  if (!settings.cityName) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'fr',
      overrideAccess: true,
      context,
      data: {
        cityName: 'Ville de Lac-Azur',
        tagline: 'Une ville à échelle humaine, entre lac et montagne',
        // The demo shows both languages; a real city without bilingual status leaves this off.
        englishEnabled: true,
        contact: {
          phone: '819 555-0100',
          email: 'info@lac-azur.example',
          address: '1, place de l’Hôtel-de-Ville\nLac-Azur (Québec)  J0A 1B0',
          hours: 'Du lundi au jeudi, de 8 h 30 à 16 h 30\nLe vendredi, de 8 h 30 à 12 h',
        },
      },
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      overrideAccess: true,
      context,
      data: {
        cityName: 'City of Lac-Azur',
        tagline: 'A town on a human scale, between lake and mountain',
        contact: { hours: 'Monday to Thursday, 8:30 a.m. to 4:30 p.m.\nFriday, 8:30 a.m. to noon' },
      },
    })
    created.siteSettings = 1
  }

  const departmentIds: Record<string, number> = {}
  for (const department of departments) {
    const existing = await payload.find({
      collection: 'departments',
      where: { code: { equals: department.code } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs[0]) {
      departmentIds[department.code] = existing.docs[0].id
      continue
    }
    const doc = await payload.create({
      collection: 'departments',
      locale: 'fr',
      overrideAccess: true,
      context,
      data: { code: department.code, name: department.fr, email: department.email, phone: department.phone },
    })
    await payload.update({
      collection: 'departments',
      id: doc.id,
      locale: 'en',
      overrideAccess: true,
      context,
      data: { name: department.en },
    })
    departmentIds[department.code] = doc.id
    created.departments++
  }

  for (const sector of sectors) {
    const existing = await payload.find({
      collection: 'sectors',
      where: { code: { equals: sector.code } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs[0]) continue
    const doc = await payload.create({
      collection: 'sectors',
      locale: 'fr',
      overrideAccess: true,
      context,
      data: { code: sector.code, name: sector.fr, boundary: sector.boundary as unknown as Record<string, unknown> },
    })
    await payload.update({ collection: 'sectors', id: doc.id, locale: 'en', overrideAccess: true, context, data: { name: sector.en } })
    created.sectors++
  }

  const addresses = await importAddresses(payload, civicAddresses())

  const people = [
    { ...accounts.admin, name: 'Administration Lac-Azur', roles: ['admin'] as const, department: undefined },
    { ...accounts.editor, name: 'Julie Tremblay', roles: ['editor'] as const, department: departmentIds.communications },
    { ...accounts.agent, name: 'Marc Gagnon', roles: ['agent'] as const, department: departmentIds['travaux-publics'] },
  ]
  for (const person of people) {
    const existing = await payload.count({ collection: 'users', where: { email: { equals: person.email } }, overrideAccess: true })
    if (existing.totalDocs > 0) continue
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      context,
      data: {
        email: person.email,
        password: person.password,
        name: person.name,
        roles: [...person.roles],
        department: person.department,
      },
    })
    created.users++
  }

  const sectorIds: Record<string, number> = {}
  for (const sector of (await payload.find({ collection: 'sectors', limit: 100, depth: 0, overrideAccess: true })).docs) {
    sectorIds[sector.code] = sector.id
  }
  const now = Date.now()
  const day = 24 * 3600_000

  for (const news of seedNews) {
    const slug = slugify(news.title.fr)
    if ((await payload.count({ collection: 'news', where: { slug: { equals: slug } }, locale: 'fr', overrideAccess: true })).totalDocs) continue
    const publishedAt = new Date(now - news.daysAgo * day).toISOString()
    const doc = await payload.create({
      collection: 'news',
      locale: 'fr',
      overrideAccess: true,
      context,
      data: { title: news.title.fr, summary: news.summary.fr, body: paragraphs(news.body.fr) as never, slug, publishedAt, categories: news.categories as never, _status: 'published' },
    })
    await payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      overrideAccess: true,
      context,
      data: { title: news.title.en, summary: news.summary.en, body: paragraphs(news.body.en) as never, slug: slugify(news.title.en), _status: 'published' },
    })
    created.news++
  }

  for (const notice of seedNotices) {
    const slug = slugify(notice.title.fr)
    if ((await payload.count({ collection: 'notices', where: { slug: { equals: slug } }, locale: 'fr', overrideAccess: true })).totalDocs) continue
    const doc = await payload.create({
      collection: 'notices',
      locale: 'fr',
      overrideAccess: true,
      context,
      data: {
        title: notice.title.fr,
        summary: notice.summary.fr,
        instruction: notice.instruction?.fr,
        body: paragraphs([notice.summary.fr]) as never,
        slug,
        kind: notice.kind,
        severity: notice.severity,
        sectors: notice.sectorCodes.map((code) => sectorIds[code]),
        startsAt: new Date(now + notice.startsInDays * day).toISOString(),
        endsAt: notice.endsInDays === null ? null : new Date(now + notice.endsInDays * day).toISOString(),
        isSafety: notice.isSafety,
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'notices',
      id: doc.id,
      locale: 'en',
      overrideAccess: true,
      context,
      data: {
        title: notice.title.en,
        summary: notice.summary.en,
        instruction: notice.instruction?.en,
        body: paragraphs([notice.summary.en]) as never,
        slug: slugify(notice.title.en),
        _status: 'published',
      },
    })
    created.notices++
  }

  for (const schedule of seedSchedules()) {
    const sector = sectorIds[schedule.sectorCode]
    const existing = await payload.count({
      collection: 'collection-schedules',
      where: { and: [{ sector: { equals: sector } }, { stream: { equals: schedule.stream } }] },
      overrideAccess: true,
    })
    if (existing.totalDocs) continue
    const doc = await payload.create({
      collection: 'collection-schedules',
      locale: 'fr',
      overrideAccess: true,
      context,
      data: {
        name: schedule.name.fr,
        stream: schedule.stream,
        sector,
        rrule: schedule.rrule,
        startDate: `${schedule.startDate}T12:00:00.000Z`,
        timeOfDay: '07:00',
        moves: schedule.moves.map((m) => ({ from: `${m.from}T12:00:00.000Z`, to: `${m.to}T12:00:00.000Z` })),
      },
    })
    await payload.update({ collection: 'collection-schedules', id: doc.id, locale: 'en', overrideAccess: true, context, data: { name: schedule.name.en } })
    created.schedules++
  }

  for (const rule of seedWateringRules) {
    const existing = await payload.count({ collection: 'watering-rules', where: { parity: { equals: rule.parity } }, overrideAccess: true })
    if (existing.totalDocs) continue
    const doc = await payload.create({
      collection: 'watering-rules',
      locale: 'fr',
      overrideAccess: true,
      context,
      data: {
        name: rule.name.fr,
        parity: rule.parity,
        days: [...rule.days],
        startTime: '20:00',
        endTime: '23:00',
        validFrom: '2027-05-01T12:00:00.000Z',
        validUntil: '2027-09-30T12:00:00.000Z',
        notes: 'L’arrosage manuel avec un boyau muni d’un pistolet à fermeture automatique est permis en tout temps.',
      },
    })
    await payload.update({
      collection: 'watering-rules',
      id: doc.id,
      locale: 'en',
      overrideAccess: true,
      context,
      data: { name: rule.name.en, notes: 'Hand watering with a hose fitted with an automatic shut-off nozzle is allowed at any time.' },
    })
    created.wateringRules++
  }

  for (const event of seedEvents) {
    const slug = slugify(event.title.fr)
    if ((await payload.count({ collection: 'events', where: { slug: { equals: slug } }, locale: 'fr', overrideAccess: true })).totalDocs) continue
    const day = instantToLocalDate(new Date(now + event.inDays * 24 * 3600_000))
    const startsAt = localToInstant(`${day}T${event.time}`)
    const doc = await payload.create({
      collection: 'events',
      locale: 'fr',
      overrideAccess: true,
      context,
      data: {
        title: event.title.fr,
        summary: event.summary.fr,
        body: paragraphs([event.summary.fr]) as never,
        slug,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + event.durationMinutes * 60_000).toISOString(),
        recurrence: { rrule: event.rrule ?? null },
        category: event.category,
        audiences: event.audiences as never,
        cost: event.cost?.fr,
        place: { name: event.place.name.fr, address: event.place.address, lat: event.place.lat, lng: event.place.lng },
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'events',
      id: doc.id,
      locale: 'en',
      overrideAccess: true,
      context,
      data: {
        title: event.title.en,
        summary: event.summary.en,
        body: paragraphs([event.summary.en]) as never,
        slug: slugify(event.title.en),
        cost: event.cost?.en,
        place: { name: event.place.name.en, address: event.place.address, lat: event.place.lat, lng: event.place.lng },
        _status: 'published',
      },
    })
    created.events++
  }

  return { created, addresses }
}
