/**
 * A year of waste collection per sector (weekly garbage, recycling every other week, organics
 * weekly), with the collections that fall on statutory holidays moved to the next day, plus the
 * summer watering rules.
 */
type Bilingual = { fr: string; en: string }
export type SeedSchedule = {
  key: string
  sectorCode: string
  stream: 'garbage' | 'recycling' | 'compost'
  name: Bilingual
  rrule: string
  startDate: string
  moves: { from: string; to: string }[]
}

const weekday = {
  'vieux-village': 'MO',
  plateau: 'TU',
  'les-berges': 'WE',
  'parc-des-erables': 'TH',
} as const
const sectorNames = {
  'vieux-village': { fr: 'Vieux-Village', en: 'Old Village' },
  plateau: { fr: 'Le Plateau', en: 'The Plateau' },
  'les-berges': { fr: 'Les Berges', en: 'Lakeshore' },
  'parc-des-erables': { fr: 'Parc-des-Érables', en: 'Maple Park' },
} as const
const streamNames = {
  garbage: { fr: 'Ordures ménagères', en: 'Garbage' },
  recycling: { fr: 'Matières recyclables', en: 'Recycling' },
  compost: { fr: 'Matières organiques', en: 'Organics' },
} as const

// Quebec statutory holidays of the schedule year that fall on a weekday.
const holidays = [
  '2026-12-25',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-24',
  '2027-06-24',
  '2027-07-01',
  '2027-09-06',
  '2027-10-11',
]
const dayIndex = { MO: 1, TU: 2, WE: 3, TH: 4 } as const

const nextDay = (date: string) => {
  const d = new Date(`${date}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** The first date on or after `from` that falls on the weekday. */
const firstOn = (from: string, day: keyof typeof dayIndex) => {
  const d = new Date(`${from}T12:00:00Z`)
  while (d.getUTCDay() !== dayIndex[day]) d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

export const seedSchedules = (): SeedSchedule[] =>
  (Object.keys(weekday) as (keyof typeof weekday)[]).flatMap((sector) => {
    const day = weekday[sector]
    const start = firstOn('2026-11-01', day)
    const movesFor = (isOn: (date: string) => boolean) =>
      holidays
        .filter((h) => new Date(`${h}T12:00:00Z`).getUTCDay() === dayIndex[day] && isOn(h))
        .map((h) => ({ from: h, to: nextDay(h) }))
    const weeksFromStart = (date: string) =>
      Math.round((Date.parse(date) - Date.parse(start)) / (7 * 86_400_000))
    const rows: SeedSchedule[] = [
      {
        key: `${sector}-garbage`,
        sectorCode: sector,
        stream: 'garbage',
        rrule: `FREQ=WEEKLY;BYDAY=${day};UNTIL=20271031T235959Z`,
        startDate: start,
        moves: movesFor(() => true),
        name: { fr: '', en: '' },
      },
      {
        key: `${sector}-compost`,
        sectorCode: sector,
        stream: 'compost',
        rrule: `FREQ=WEEKLY;BYDAY=${day};UNTIL=20271031T235959Z`,
        startDate: start,
        moves: movesFor(() => true),
        name: { fr: '', en: '' },
      },
      {
        key: `${sector}-recycling`,
        sectorCode: sector,
        stream: 'recycling',
        rrule: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day};UNTIL=20271031T235959Z`,
        startDate: start,
        moves: movesFor((h) => weeksFromStart(h) % 2 === 0),
        name: { fr: '', en: '' },
      },
    ]
    return rows.map((row) => ({
      ...row,
      name: {
        fr: `${streamNames[row.stream].fr} — ${sectorNames[sector].fr}`,
        en: `${streamNames[row.stream].en} — ${sectorNames[sector].en}`,
      },
    }))
  })

export const seedWateringRules = [
  {
    key: 'impairs',
    parity: 'odd',
    days: ['MO', 'WE', 'FR'],
    name: { fr: 'Arrosage — numéros impairs', en: 'Watering — odd numbers' },
  },
  {
    key: 'pairs',
    parity: 'even',
    days: ['TU', 'TH', 'SA'],
    name: { fr: 'Arrosage — numéros pairs', en: 'Watering — even numbers' },
  },
] as const
