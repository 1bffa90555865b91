import type { Payload, RequestContext, Where } from 'payload'

import { instantToLocalDate, localToInstant } from '@engines/calendar'
import { importAddresses } from '@/lib/place/importAddresses'
import { slugify } from '@/utilities/slugify'

import { seedOpen311Client, seedRequestTypes } from '@plugins/service-requests/seed'

import { type DemoCitizen, seedCitizens } from './citizens'
import { civicAddresses, sectors } from './geography'
import { paragraphs, paragraphsWithSteps } from './lexical'
import { seedEvents } from './events'
import { seedNews } from './news'
import { seedNotices } from './notices'
import { type SeedBlock, seedPages } from './pages'
import { seedSchedules, seedWateringRules } from './schedules'
import { type SeedService, seedServices } from './services'
import { seedPetitions } from '@plugins/petitions/seed'
import { seedActivities } from '@plugins/activities/seed'
import { seedSurveys } from '@plugins/surveys/seed'

export type SeedAccounts = {
  admin: { email: string; password: string }
  editor: { email: string; password: string }
  agent: { email: string; password: string }
  /** Demo residents for "Mon dossier" (citizen-accounts plugin), one per sector. */
  citizens?: DemoCitizen[]
  /** The "Démo Open311" client's API key (OPEN311_DEMO_API_KEY, or generated once and kept). */
  open311?: { apiKey: string; isFromEnv?: boolean }
}

export type SeedReport = {
  created: Record<string, number>
  addresses: { inserted: number; skipped: number }
}

const context: RequestContext = { disableRevalidate: true }

const departments = [
  {
    code: 'travaux-publics',
    fr: 'Travaux publics',
    en: 'Public Works',
    email: 'travaux@lac-azur.example',
    phone: '819 555-0110',
  },
  {
    code: 'environnement',
    fr: 'Environnement et matières résiduelles',
    en: 'Environment and Waste',
    email: 'environnement@lac-azur.example',
    phone: '819 555-0120',
  },
  {
    code: 'loisirs-culture',
    fr: 'Loisirs, culture et vie communautaire',
    en: 'Recreation, Culture and Community Life',
    email: 'loisirs@lac-azur.example',
    phone: '819 555-0130',
  },
  {
    code: 'urbanisme',
    fr: 'Urbanisme et permis',
    en: 'Planning and Permits',
    email: 'urbanisme@lac-azur.example',
    phone: '819 555-0140',
  },
  {
    code: 'securite-incendie',
    fr: 'Sécurité incendie et civile',
    en: 'Fire and Emergency Services',
    email: 'incendie@lac-azur.example',
    phone: '819 555-0150',
  },
  {
    code: 'greffe',
    fr: 'Greffe et affaires juridiques',
    en: 'Clerk’s Office and Legal Affairs',
    email: 'greffe@lac-azur.example',
    phone: '819 555-0160',
  },
  {
    code: 'communications',
    fr: 'Communications et relations citoyennes',
    en: 'Communications and Citizen Relations',
    email: 'communications@lac-azur.example',
    phone: '819 555-0100',
  },
]

/**
 * Seeds the demo city. Idempotent: every record is looked up by its natural key first and left
 * alone when it exists, so running it twice changes nothing and never overwrites an editor's work.
 */
export const seedDemoCity = async (
  payload: Payload,
  accounts: SeedAccounts,
): Promise<SeedReport> => {
  const created: Record<string, number> = {
    departments: 0,
    sectors: 0,
    users: 0,
    siteSettings: 0,
    news: 0,
    notices: 0,
    schedules: 0,
    wateringRules: 0,
    snowOperations: 0,
    events: 0,
    services: 0,
    pages: 0,
  }

  const settings = await payload.findGlobal({
    slug: 'site-settings',
    locale: 'fr',
    overrideAccess: true,
    context,
  })
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

  /**
   * Finds a document by its natural key; when absent, creates it in French and adds the English
   * text. Returns its id, and counts it under `label` when it was created.
   */
  const ensure = async ({
    collection,
    where,
    label,
    fr,
    en,
  }: {
    collection:
      | 'departments'
      | 'sectors'
      | 'news'
      | 'notices'
      | 'events'
      | 'collection-schedules'
      | 'watering-rules'
      | 'snow-operations'
      | 'services'
      | 'pages'
    where: Where
    label: string
    fr: Record<string, unknown>
    en: Record<string, unknown>
  }): Promise<number> => {
    const existing = await payload.find({
      collection,
      where,
      locale: 'fr',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs[0]) return existing.docs[0].id
    // A health or safety notice cannot be published before its English exists
    // (collections/Notices/hooks/requireEnglishForSafety.ts): French as a draft, then both published.
    const isSafetyNotice =
      collection === 'notices' && fr.isSafety === true && fr._status === 'published'
    const doc = await payload.create({
      collection,
      locale: 'fr',
      overrideAccess: true,
      context,
      data: (isSafetyNotice ? { ...fr, _status: 'draft' } : fr) as never,
    })
    await payload.update({
      collection,
      id: doc.id,
      locale: 'en',
      overrideAccess: true,
      context,
      data: en as never,
    })
    created[label]++
    return doc.id
  }
  const bySlug = (title: string): Where => ({ slug: { equals: slugify(title) } })

  const departmentIds: Record<string, number> = {}
  for (const department of departments) {
    departmentIds[department.code] = await ensure({
      collection: 'departments',
      label: 'departments',
      where: { code: { equals: department.code } },
      fr: {
        code: department.code,
        name: department.fr,
        email: department.email,
        phone: department.phone,
      },
      en: { name: department.en },
    })
  }

  const sectorIds: Record<string, number> = {}
  for (const sector of sectors) {
    sectorIds[sector.code] = await ensure({
      collection: 'sectors',
      label: 'sectors',
      where: { code: { equals: sector.code } },
      fr: { code: sector.code, name: sector.fr, boundary: sector.boundary },
      en: { name: sector.en },
    })
  }

  const addresses = await importAddresses(payload, civicAddresses())

  const people = [
    {
      ...accounts.admin,
      name: 'Administration Lac-Azur',
      roles: ['admin'] as const,
      department: undefined,
    },
    {
      ...accounts.editor,
      name: 'Julie Tremblay',
      roles: ['editor'] as const,
      department: departmentIds.communications,
    },
    {
      ...accounts.agent,
      name: 'Marc Gagnon',
      roles: ['agent'] as const,
      department: departmentIds['travaux-publics'],
    },
  ]
  for (const person of people) {
    const existing = await payload.count({
      collection: 'users',
      where: { email: { equals: person.email } },
      overrideAccess: true,
    })
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

  const now = Date.now()
  const day = 24 * 3600_000
  const published = { _status: 'published' }

  for (const news of seedNews) {
    await ensure({
      collection: 'news',
      label: 'news',
      where: bySlug(news.title.fr),
      fr: {
        ...published,
        title: news.title.fr,
        summary: news.summary.fr,
        body: paragraphs(news.body.fr),
        slug: slugify(news.title.fr),
        publishedAt: new Date(now - news.daysAgo * day).toISOString(),
        categories: news.categories,
      },
      en: {
        ...published,
        title: news.title.en,
        summary: news.summary.en,
        body: paragraphs(news.body.en),
        slug: slugify(news.title.en),
      },
    })
  }

  for (const notice of seedNotices) {
    await ensure({
      collection: 'notices',
      label: 'notices',
      where: bySlug(notice.title.fr),
      fr: {
        ...published,
        title: notice.title.fr,
        summary: notice.summary.fr,
        instruction: notice.instruction?.fr,
        body: paragraphs([notice.summary.fr]),
        slug: slugify(notice.title.fr),
        kind: notice.kind,
        severity: notice.severity,
        sectors: notice.sectorCodes.map((code) => sectorIds[code]),
        startsAt: new Date(now + notice.startsInDays * day).toISOString(),
        endsAt:
          notice.endsInDays === null ? null : new Date(now + notice.endsInDays * day).toISOString(),
        isSafety: notice.isSafety,
      },
      en: {
        ...published,
        title: notice.title.en,
        summary: notice.summary.en,
        instruction: notice.instruction?.en,
        body: paragraphs([notice.summary.en]),
        slug: slugify(notice.title.en),
      },
    })
  }

  for (const schedule of seedSchedules()) {
    const sector = sectorIds[schedule.sectorCode]
    await ensure({
      collection: 'collection-schedules',
      label: 'schedules',
      where: { and: [{ sector: { equals: sector } }, { stream: { equals: schedule.stream } }] },
      fr: {
        name: schedule.name.fr,
        stream: schedule.stream,
        sector,
        rrule: schedule.rrule,
        startDate: `${schedule.startDate}T12:00:00.000Z`,
        timeOfDay: '07:00',
        moves: schedule.moves.map((m) => ({
          from: `${m.from}T12:00:00.000Z`,
          to: `${m.to}T12:00:00.000Z`,
        })),
      },
      en: { name: schedule.name.en },
    })
  }

  for (const rule of seedWateringRules) {
    await ensure({
      collection: 'watering-rules',
      label: 'wateringRules',
      where: { parity: { equals: rule.parity } },
      fr: {
        name: rule.name.fr,
        parity: rule.parity,
        days: [...rule.days],
        startTime: '20:00',
        endTime: '23:00',
        validFrom: '2027-05-01T12:00:00.000Z',
        validUntil: '2027-09-30T12:00:00.000Z',
        notes:
          'L’arrosage manuel avec un boyau muni d’un pistolet à fermeture automatique est permis en tout temps.',
      },
      en: {
        name: rule.name.en,
        notes:
          'Hand watering with a hose fitted with an automatic shut-off nozzle is allowed at any time.',
      },
    })
  }

  // Winter in Lac-Azur: snow loading under way in one sector, planned in the others.
  for (const [index, sectorId] of Object.values(sectorIds).entries()) {
    const startsAt = localToInstant(`${instantToLocalDate(new Date(now + index * day))}T19:00`)
    await ensure({
      collection: 'snow-operations',
      label: 'snowOperations',
      where: { sector: { equals: sectorId } },
      fr: {
        title: 'Chargement de la neige',
        sector: sectorId,
        status: index === 0 ? 'in-progress' : 'planned',
        startsAt,
        endsAt: new Date(new Date(startsAt).getTime() + 12 * 60 * 60 * 1000).toISOString(),
        isParkingBanned: true,
        notes:
          'Déplacez votre véhicule dès que les panneaux orange sont installés, sans quoi il sera remorqué.',
      },
      en: {
        title: 'Snow loading',
        notes: 'Move your vehicle as soon as the orange signs are up, or it will be towed.',
      },
    })
  }

  for (const event of seedEvents) {
    const startsAt = localToInstant(
      `${instantToLocalDate(new Date(now + event.inDays * day))}T${event.time}`,
    )
    const place = { address: event.place.address, lat: event.place.lat, lng: event.place.lng }
    await ensure({
      collection: 'events',
      label: 'events',
      where: bySlug(event.title.fr),
      fr: {
        ...published,
        title: event.title.fr,
        summary: event.summary.fr,
        body: paragraphs([event.summary.fr]),
        slug: slugify(event.title.fr),
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + event.durationMinutes * 60_000).toISOString(),
        recurrence: { rrule: event.rrule ?? null },
        category: event.category,
        audiences: event.audiences,
        cost: event.cost?.fr,
        place: { ...place, name: event.place.name.fr },
      },
      en: {
        ...published,
        title: event.title.en,
        summary: event.summary.en,
        body: paragraphs([event.summary.en]),
        slug: slugify(event.title.en),
        cost: event.cost?.en,
        place: { ...place, name: event.place.name.en },
      },
    })
  }

  // The service-requests plugin's 12 demo request types, routed to the departments above: before
  // the services, whose "Faire la demande" points at one of them.
  created.requestTypes = await seedRequestTypes({ payload, departmentIds, context })
  const requestTypeIds = new Map(
    (
      await payload.find({
        collection: 'request-types',
        limit: 100,
        depth: 0,
        overrideAccess: true,
        select: { code: true },
      })
    ).docs.map((type) => [type.code, type.id] as const),
  )

  // Parents come first in the list: the nested-docs plugin builds a breadcrumb from its parent's.
  const serviceIds: Record<string, number> = {}
  const serviceText = (service: SeedService, locale: 'fr' | 'en') => ({
    ...published,
    title: service.title[locale],
    summary: service.summary[locale],
    slug: service.slug[locale],
    body: service.steps
      ? paragraphsWithSteps(
          service.body[locale],
          service.steps[locale],
          `${service.slug.fr}:${locale}`,
        )
      : paragraphs(service.body[locale]),
    faq: service.faq?.[locale] ?? [],
    hours: service.hours?.[locale] ?? null,
    keywords: service.keywords[locale],
    contact: {
      phone: service.contact?.phone ?? null,
      email: service.contact?.email ?? null,
      place: service.contact?.place?.[locale] ?? null,
    },
  })
  for (const service of seedServices) {
    serviceIds[service.slug.fr] = await ensure({
      collection: 'services',
      label: 'services',
      where: { slug: { equals: service.slug.fr } },
      fr: {
        ...serviceText(service, 'fr'),
        parent: service.parent ? serviceIds[service.parent] : null,
        department: departmentIds[service.department],
        isFeatured: Boolean(service.isFeatured),
        requestType: service.requestType ? (requestTypeIds.get(service.requestType) ?? null) : null,
      },
      en: serviceText(service, 'en'),
    })
    // A demo city seeded before services had a request type gets the link once, never overwriting an editor's choice.
    const requestTypeId = service.requestType ? requestTypeIds.get(service.requestType) : undefined
    if (requestTypeId) {
      const existing = await payload.findByID({
        collection: 'services',
        id: serviceIds[service.slug.fr],
        depth: 0,
        overrideAccess: true,
        select: { requestType: true },
      })
      if (!existing.requestType) {
        await payload.update({
          collection: 'services',
          id: serviceIds[service.slug.fr],
          data: { requestType: requestTypeId },
          overrideAccess: true,
          context,
        })
      }
    }
  }

  const layout = (blocks: SeedBlock[]) =>
    blocks.map((block) =>
      block.blockType === 'content'
        ? { blockType: 'content', richText: paragraphs(block.text) }
        : block,
    )
  for (const page of seedPages) {
    await ensure({
      collection: 'pages',
      label: 'pages',
      where: { slug: { equals: page.slug.fr } },
      fr: {
        ...published,
        title: page.title.fr,
        summary: page.summary.fr,
        slug: page.slug.fr,
        layout: layout(page.layout.fr),
      },
      en: {
        ...published,
        title: page.title.en,
        summary: page.summary.en,
        slug: page.slug.en,
        layout: layout(page.layout.en),
      },
    })
  }

  created.citizens = await seedCitizens({
    payload,
    citizens: accounts.citizens ?? [],
    sectorIds,
    context,
  })
  created.surveys = await seedSurveys({ payload, sectorIds, context })
  created.petitions = await seedPetitions({ payload, sectorIds, context })
  created.activities = await seedActivities({ payload, context })
  // One Open311 client, "Démo Open311", with the installation's demo key.
  created.open311Clients = await seedOpen311Client({
    payload,
    apiKey: accounts.open311?.apiKey ?? process.env.OPEN311_DEMO_API_KEY,
    context,
  })

  return { created, addresses }
}
