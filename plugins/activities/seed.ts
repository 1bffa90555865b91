import type { Payload, RequestContext } from 'payload'

import { activitiesSlug, sessionsSlug } from './defaults'

type Text = { fr: string; en: string }

type DemoActivity = {
  slug: string
  code?: string
  title: Text
  description: Text
  category: string
  place: string
  ageMin?: number
  ageMax?: number
  prerequisites?: string[]
  prices: Record<string, unknown>
  sessions: {
    name: string
    weekdays: string[]
    startTime: string
    durationMinutes: number
    /** weeks from the seed's day to the first meeting, and how many weeks it runs */
    startsInWeeks: number
    weeks: number
    capacity: number
    openTo: 'residentsFirst' | 'residentsOnly' | 'everyone'
    onHoliday?: 'skip' | 'keep' | 'makeUp'
  }[]
}

/**
 * Lac-Azur's demo programme: swimming by level (with a prerequisite), a summer day camp priced
 * per week with a season cap and a family discount, pottery for adults, and a small drop-in
 * yoga group that fills up (to see the waitlist). Residents register from a week ago, everyone
 * from yesterday, so the demo can register at once.
 */
export const demoActivities: DemoActivity[] = [
  {
    slug: 'natation-niveau-2',
    code: 'natation-2',
    title: { fr: 'Natation — niveau 2', en: 'Swimming — level 2' },
    description: {
      fr: 'Flotter sur le dos et le ventre, nager 5 mètres sans aide.',
      en: 'Floating on the back and front, swimming 5 metres unaided.',
    },
    category: 'swimming',
    place: 'Piscine municipale',
    ageMin: 5,
    ageMax: 12,
    prices: {
      resident: { per: 'session', cents: 6500 },
      nonResident: { per: 'session', cents: 9800 },
      familyDiscount: [{ fromRank: 2, percent: 10 }],
    },
    sessions: [
      {
        name: 'Samedi 9 h',
        weekdays: ['SA'],
        startTime: '09:00',
        durationMinutes: 45,
        startsInWeeks: 3,
        weeks: 10,
        capacity: 12,
        openTo: 'residentsFirst',
      },
      {
        name: 'Mardi 18 h',
        weekdays: ['TU'],
        startTime: '18:00',
        durationMinutes: 45,
        startsInWeeks: 3,
        weeks: 10,
        capacity: 10,
        openTo: 'residentsFirst',
      },
    ],
  },
  {
    slug: 'natation-niveau-3',
    code: 'natation-3',
    title: { fr: 'Natation — niveau 3', en: 'Swimming — level 3' },
    description: {
      fr: 'Crawl et dos crawlé sur 15 mètres. Préalable : niveau 2.',
      en: 'Front and back crawl over 15 metres. Prerequisite: level 2.',
    },
    category: 'swimming',
    place: 'Piscine municipale',
    ageMin: 6,
    ageMax: 14,
    prerequisites: ['natation-2'],
    prices: {
      resident: { per: 'session', cents: 7000 },
      nonResident: { per: 'session', cents: 10500 },
      familyDiscount: [{ fromRank: 2, percent: 10 }],
    },
    sessions: [
      {
        name: 'Samedi 10 h',
        weekdays: ['SA'],
        startTime: '10:00',
        durationMinutes: 45,
        startsInWeeks: 3,
        weeks: 10,
        capacity: 10,
        openTo: 'residentsFirst',
      },
    ],
  },
  {
    slug: 'camp-de-jour-ete',
    title: { fr: 'Camp de jour d’été', en: 'Summer day camp' },
    description: {
      fr: 'Jeux, baignade et sorties, du lundi au vendredi. Tarif à la semaine, plafonné pour l’été.',
      en: 'Games, swimming and outings, Monday to Friday. Priced per week, capped for the summer.',
    },
    category: 'day-camp',
    place: 'Parc des Érables',
    ageMin: 5,
    ageMax: 12,
    prices: {
      resident: { per: 'week', cents: 9500, seasonCapCents: 60000 },
      nonResident: { per: 'week', cents: 15000, seasonCapCents: 95000 },
      familyDiscount: [
        { fromRank: 2, percent: 10 },
        { fromRank: 3, percent: 20 },
      ],
    },
    sessions: [
      {
        name: 'Groupe des 5-8 ans',
        weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'],
        startTime: '08:30',
        durationMinutes: 450,
        startsInWeeks: 6,
        weeks: 8,
        capacity: 40,
        openTo: 'residentsOnly',
      },
    ],
  },
  {
    slug: 'poterie-adultes',
    title: { fr: 'Poterie pour adultes', en: 'Pottery for adults' },
    description: {
      fr: 'Tournage et modelage, matériel fourni.',
      en: 'Wheel throwing and hand building, materials supplied.',
    },
    category: 'arts',
    place: 'Centre culturel',
    ageMin: 16,
    prices: {
      resident: { per: 'session', cents: 12000 },
      nonResident: { per: 'session', cents: 16000 },
    },
    sessions: [
      {
        name: 'Jeudi 19 h',
        weekdays: ['TH'],
        startTime: '19:00',
        durationMinutes: 120,
        startsInWeeks: 2,
        weeks: 8,
        capacity: 8,
        openTo: 'everyone',
      },
    ],
  },
  {
    slug: 'yoga-doux',
    title: { fr: 'Yoga doux', en: 'Gentle yoga' },
    description: { fr: 'Un petit groupe, vite complet.', en: 'A small group that fills up fast.' },
    category: 'fitness',
    place: 'Centre communautaire',
    ageMin: 16,
    prices: {
      resident: { per: 'session', cents: 4000 },
      nonResident: { per: 'session', cents: 6000 },
    },
    sessions: [
      {
        name: 'Mercredi 10 h',
        weekdays: ['WE'],
        startTime: '10:00',
        durationMinutes: 60,
        startsInWeeks: 1,
        weeks: 6,
        capacity: 2,
        openTo: 'everyone',
        onHoliday: 'makeUp',
      },
    ],
  },
]

const day = 24 * 3_600_000
const localDate = (at: Date) => at.toISOString().slice(0, 10)

/** Creates the demo programme once (an activity whose slug exists is left as it is). */
export const seedActivities = async ({
  payload,
  context,
  now = new Date(),
}: {
  payload: Payload
  context: RequestContext
  now?: Date
}): Promise<number> => {
  if (!payload.collections[activitiesSlug as 'users']) return 0
  let created = 0
  for (const { sessions, title, description, prerequisites, ...rest } of demoActivities) {
    const existing = await payload.find({
      collection: activitiesSlug as 'users',
      where: { slug: { equals: rest.slug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs.length) continue
    const activity = await payload.create({
      collection: activitiesSlug as 'users',
      locale: 'fr',
      data: {
        ...rest,
        title: title.fr,
        description: description.fr,
        prerequisites: (prerequisites ?? []).map((code) => ({ code })),
        isPublished: true,
      } as never,
      overrideAccess: true,
      context,
    })
    await payload.update({
      collection: activitiesSlug as 'users',
      id: activity.id,
      locale: 'en',
      data: { title: title.en, description: description.en } as never,
      overrideAccess: true,
      context,
    })
    for (const session of sessions) {
      const first = new Date(now.getTime() + session.startsInWeeks * 7 * day)
      const last = new Date(first.getTime() + (session.weeks * 7 - 1) * day)
      await payload.create({
        collection: sessionsSlug as 'users',
        data: {
          activity: activity.id,
          name: session.name,
          schedule: {
            firstDate: localDate(first),
            lastDate: localDate(last),
            weekdays: session.weekdays,
            startTime: session.startTime,
            durationMinutes: session.durationMinutes,
            onHoliday: session.onHoliday ?? 'skip',
          },
          capacity: session.capacity,
          openTo: session.openTo,
          residentsFrom: new Date(now.getTime() - 7 * day).toISOString(),
          everyoneFrom: new Date(now.getTime() - day).toISOString(),
          openingMode: 'first-come',
        } as never,
        overrideAccess: true,
        context,
      })
    }
    created += 1
  }
  return created
}
