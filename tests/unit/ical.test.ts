import ICAL from 'ical.js'
import { beforeEach, describe, expect, it } from 'vitest'

import {
  CalendarError,
  type IcsEvent,
  type Occurrence,
  type Recurrence,
  buildICalendar,
  expandOccurrences,
  icsFileName,
  instantToLocalDateTime,
  localToInstant,
} from '../../engines/calendar'

type Range = { from: Date; to: Date }
type Expanded = { local: string; start: string; isMoved: boolean }

const range = (from: string, to: string): Range => ({
  from: localToInstant(from),
  to: localToInstant(to),
})

const collection: Recurrence = {
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  start: '2026-01-06T07:00',
  durationMinutes: 60,
  exceptions: ['2026-03-17'],
  moves: [{ from: '2026-11-03', to: '2026-11-04' }],
}

const collectionEvent: IcsEvent = {
  uid: 'collecte-ordures-secteur-a@ville.example',
  summary: 'Collecte des ordures',
  start: new Date('2026-01-06T12:00:00Z'),
  recurrence: collection,
}

// RFC 5545 §3.8.8.2 and RFC 7986 make these calendar names TEXT, which calendar apps unescape;
// ical.js does not know them and would hand back the raw value.
for (const name of ['name', 'x-wr-calname']) {
  ICAL.design.icalendar.property[name] = { defaultType: 'text' }
}

/** Parses with Mozilla's ical.js and relates each overriding VEVENT to its series, as apps do. */
const parseCalendar = (ics: string) => {
  const root = new ICAL.Component(ICAL.parse(ics))
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(vtimezone)
  }
  const vevents = root.getAllSubcomponents('vevent')
  const eventFor = (uid: string) => {
    const components = vevents.filter((vevent) => vevent.getFirstPropertyValue('uid') === uid)
    const master = components.find((vevent) => !vevent.hasProperty('recurrence-id'))
    if (!master) throw new Error(`no VEVENT for ${uid}`)
    return new ICAL.Event(master, {
      exceptions: components.filter((vevent) => vevent !== master),
    })
  }
  return { root, vevents, eventFor }
}

const expandWithIcalJs = (event: ICAL.Event, { from, to }: Range): Expanded[] => {
  // Moves shift occurrences by days, so the walk goes a little past the range.
  const walkEnd = to.getTime() + 31 * 86_400_000
  const found: Expanded[] = []
  const iterator = event.iterator()
  for (
    let next = iterator.next();
    next && next.toJSDate().getTime() < walkEnd;
    next = iterator.next()
  ) {
    const { startDate, endDate, item } = event.getOccurrenceDetails(next)
    const [start, end] = [startDate.toJSDate(), endDate.toJSDate()]
    if (start < to && (end > from || start >= from)) {
      found.push({
        local: startDate.toString(),
        start: start.toISOString(),
        isMoved: item !== event,
      })
    }
  }
  return found.sort((a, b) => a.start.localeCompare(b.start))
}

const expandWithEngine = (recurrence: Recurrence, dates: Range): Expanded[] =>
  expandOccurrences(recurrence, dates).map((occurrence: Occurrence) => ({
    local: occurrence.isAllDay
      ? occurrence.localDate
      : `${instantToLocalDateTime(occurrence.start)}:00`,
    start: occurrence.start.toISOString(),
    isMoved: occurrence.isMoved,
  }))

describe('buildICalendar', () => {
  beforeEach(() => {
    // The zone must come from the file itself, not from an earlier test.
    ICAL.TimezoneService.reset()
  })

  it('should write a VTIMEZONE for America/Toronto and local DTSTART/DTEND with its TZID', () => {
    const ics = buildICalendar({ name: 'Collectes', events: [collectionEvent] })
    const { root, eventFor } = parseCalendar(ics)

    expect(root.getFirstPropertyValue('version')).toBe('2.0')
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Collectes')
    const vtimezone = root.getFirstSubcomponent('vtimezone')
    expect(vtimezone?.getFirstPropertyValue('tzid')).toBe('America/Toronto')
    expect(ics).toContain('DTSTART;TZID=America/Toronto:20260106T070000\r\n')
    expect(ics).toContain('DTEND;TZID=America/Toronto:20260106T080000\r\n')

    const event = eventFor(collectionEvent.uid)
    expect(event.startDate.zone.tzid).toBe('America/Toronto')
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-01-06T12:00:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-01-06T13:00:00.000Z')
    expect(event.summary).toBe('Collecte des ordures')
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toMatch(/Z$/)
  })

  it('should expand in ical.js to the same local times as expandOccurrences across both daylight-saving changes', () => {
    const { eventFor } = parseCalendar(
      buildICalendar({ name: 'Collectes', events: [collectionEvent] }),
    )
    const event = eventFor(collectionEvent.uid)
    expect(event.isRecurring()).toBe(true)

    for (const dates of [range('2026-02-15', '2026-04-15'), range('2026-10-15', '2026-11-30')]) {
      const parsed = expandWithIcalJs(event, dates)
      expect(parsed).toEqual(expandWithEngine(collection, dates))
      expect(new Set(parsed.map(({ local }) => local.slice(11)))).toEqual(new Set(['07:00:00']))
    }
    const spring = expandWithIcalJs(event, range('2026-03-01', '2026-03-12'))
    expect(spring.map(({ start }) => start)).toEqual([
      '2026-03-03T12:00:00.000Z',
      '2026-03-10T11:00:00.000Z',
    ])
  })

  it('should have the parser honour exceptions and moves', () => {
    const ics = buildICalendar({ name: 'Collectes', events: [collectionEvent] })
    const { vevents, eventFor } = parseCalendar(ics)
    const event = eventFor(collectionEvent.uid)

    const march = expandWithIcalJs(event, range('2026-03-01', '2026-04-01')).map(
      ({ local }) => local,
    )
    expect(march).toEqual([
      '2026-03-03T07:00:00',
      '2026-03-10T07:00:00',
      '2026-03-24T07:00:00',
      '2026-03-31T07:00:00',
    ])

    const november = expandWithIcalJs(event, range('2026-10-30', '2026-11-12'))
    expect(november).toEqual([
      { local: '2026-11-04T07:00:00', start: '2026-11-04T12:00:00.000Z', isMoved: true },
      { local: '2026-11-10T07:00:00', start: '2026-11-10T12:00:00.000Z', isMoved: false },
    ])

    const override = vevents.find((vevent) => vevent.hasProperty('recurrence-id'))
    expect(override?.getFirstPropertyValue('uid')).toBe(collectionEvent.uid)
    expect(override?.getFirstProperty('recurrence-id')?.getParameter('tzid')).toBe(
      'America/Toronto',
    )
    expect(override?.getFirstPropertyValue('recurrence-id')?.toString()).toBe('2026-11-03T07:00:00')
    expect(override?.getFirstPropertyValue('summary')).toBe('Collecte des ordures')
    expect(ics).toContain('EXDATE;TZID=America/Toronto:20260317T070000\r\n')
    expect(ics).not.toContain('20261103T070000,')
  })

  it('should leave the moved original out of EXDATE, since a parser then loses the moved occurrence', () => {
    const ics = buildICalendar({ name: 'Collectes', events: [collectionEvent] })
    const withExcludedOriginal = ics.replace(
      'EXDATE;TZID=America/Toronto:20260317T070000',
      'EXDATE;TZID=America/Toronto:20260317T070000,20261103T070000',
    )
    expect(withExcludedOriginal).not.toBe(ics)
    const november = range('2026-11-01', '2026-11-08')
    const published = expandWithIcalJs(parseCalendar(ics).eventFor(collectionEvent.uid), november)
    expect(published.map(({ local }) => local)).toEqual(['2026-11-04T07:00:00'])
    const lost = expandWithIcalJs(
      parseCalendar(withExcludedOriginal).eventFor(collectionEvent.uid),
      november,
    )
    expect(lost).toEqual([])
  })

  it('should write all-day events as VALUE=DATE, their moves and exceptions included', () => {
    const holiday: Recurrence = {
      rrule: 'FREQ=YEARLY;UNTIL=20301231',
      start: '2026-06-24',
      exceptions: ['2028-06-24'],
      moves: [{ from: '2027-06-24', to: '2027-06-25' }],
    }
    const ics = buildICalendar({
      name: 'Fêtes',
      events: [
        {
          uid: 'fete-nationale@ville.example',
          summary: 'Fête nationale',
          start: new Date(),
          recurrence: holiday,
        },
        {
          uid: 'festival@ville.example',
          summary: 'Festival',
          isAllDay: true,
          start: localToInstant('2026-07-03'),
          end: localToInstant('2026-07-06'),
        },
      ],
    })
    expect(ics).toContain('DTSTART;VALUE=DATE:20260624\r\n')
    expect(ics).toContain('DTEND;VALUE=DATE:20260625\r\n')
    expect(ics).toContain('RRULE:FREQ=YEARLY;UNTIL=20301231\r\n')
    expect(ics).toContain('EXDATE;VALUE=DATE:20280624\r\n')
    expect(ics).toContain('RECURRENCE-ID;VALUE=DATE:20270624\r\n')
    expect(ics).toContain('DTSTART;VALUE=DATE:20260703\r\nDTEND;VALUE=DATE:20260706\r\n')

    const { eventFor } = parseCalendar(ics)
    const fete = eventFor('fete-nationale@ville.example')
    expect(fete.startDate.isDate).toBe(true)
    expect(fete.component.getFirstProperty('dtstart')?.type).toBe('date')
    const years = range('2026-01-01', '2032-01-01')
    const parsed = expandWithIcalJs(fete, years).map(({ local, isMoved }) => [local, isMoved])
    expect(parsed).toEqual([
      ['2026-06-24', false],
      ['2027-06-25', true],
      ['2029-06-24', false],
      ['2030-06-24', false],
    ])
    expect(parsed).toEqual(
      expandWithEngine(holiday, years).map(({ local, isMoved }) => [local, isMoved]),
    )

    const festival = eventFor('festival@ville.example')
    expect(festival.startDate.toString()).toBe('2026-07-03')
    expect(festival.endDate.toString()).toBe('2026-07-06')
  })

  it('should keep commas, semicolons, accents, backslashes and newlines in text through a parse', () => {
    const text = {
      summary: 'Collecte, bacs bruns; secteur « Saint-Édouard » — spécial',
      description:
        'Première ligne, avec ; et \\ barre\nDeuxième ligne : déchets, œufs, épluchures.\n' +
        'Une très longue ligne accentuée pour vérifier le pliage à 75 octets : éàèùâêîôûçëïüÿœæ '.repeat(
          3,
        ),
      location: "Salle Jean-Paul-L'Allier, 2, rue des Érables; Québec",
    }
    const ics = buildICalendar({
      name: 'Collectes, secteur A; 2026',
      events: [
        {
          uid: 'special@ville.example',
          ...text,
          start: new Date('2026-05-05T11:00:00Z'),
          end: new Date('2026-05-05T12:00:00Z'),
          categories: ['Collectes, matières organiques', 'Déchets'],
        },
      ],
    })
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    }
    const { root, eventFor } = parseCalendar(ics)
    expect(ics).toContain('X-WR-CALNAME:Collectes\\, secteur A\\; 2026\r\n')
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Collectes, secteur A; 2026')
    expect(root.getFirstPropertyValue('name')).toBe('Collectes, secteur A; 2026')
    const event = eventFor('special@ville.example')
    expect(event.summary).toBe(text.summary)
    expect(event.description).toBe(text.description)
    expect(event.location).toBe(text.location)
    expect(event.component.getFirstProperty('categories')?.getValues()).toEqual([
      'Collectes, matières organiques',
      'Déchets',
    ])
  })

  it('should write UNTIL in UTC for a timed series so that apps stop on the same day', () => {
    const series: Recurrence = {
      rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260331',
      start: '2026-03-03T19:00',
    }
    const ics = buildICalendar({
      name: 'Séances',
      events: [
        { uid: 'seances@ville.example', summary: 'Séance', start: new Date(), recurrence: series },
      ],
    })
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260401T035959Z\r\n')
    const { eventFor } = parseCalendar(ics)
    const spring = range('2026-03-01', '2026-05-01')
    const parsed = expandWithIcalJs(eventFor('seances@ville.example'), spring)
    expect(parsed.map(({ local }) => local)).toEqual([
      '2026-03-03T19:00:00',
      '2026-03-10T19:00:00',
      '2026-03-17T19:00:00',
      '2026-03-24T19:00:00',
      '2026-03-31T19:00:00',
    ])
    expect(parsed).toEqual(expandWithEngine(series, spring))
  })

  it('should start the published series on its first occurrence when the start does not match the rule', () => {
    const series: Recurrence = { rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-02-01T07:00' }
    const ics = buildICalendar({
      name: 'Collectes',
      events: [
        { uid: 'bacs@ville.example', summary: 'Bacs', start: new Date(), recurrence: series },
      ],
    })
    expect(ics).toContain('DTSTART;TZID=America/Toronto:20260203T070000\r\n')
    const { eventFor } = parseCalendar(ics)
    const february = range('2026-02-01', '2026-02-15')
    expect(expandWithIcalJs(eventFor('bacs@ville.example'), february)).toEqual(
      expandWithEngine(series, february),
    )
  })

  it('should publish a single moved date on its new day, and nothing for a cancelled one', () => {
    const ics = buildICalendar({
      name: 'Événements',
      events: [
        {
          uid: 'moved@ville.example',
          summary: 'Déplacé',
          start: new Date(),
          recurrence: {
            start: '2026-06-24T10:00',
            moves: [{ from: '2026-06-24', to: '2026-06-25' }],
          },
        },
        {
          uid: 'cancelled@ville.example',
          summary: 'Annulé',
          start: new Date(),
          recurrence: { start: '2026-06-24T10:00', exceptions: ['2026-06-24'] },
        },
      ],
    })
    const { vevents, eventFor } = parseCalendar(ics)
    expect(vevents).toHaveLength(1)
    const moved = eventFor('moved@ville.example')
    expect(moved.startDate.toString()).toBe('2026-06-25T10:00:00')
    expect(moved.isRecurring()).toBe(false)
  })

  it('should add REFRESH-INTERVAL and X-PUBLISHED-TTL only when a refresh interval is given', () => {
    const withInterval = buildICalendar({ name: 'Collectes', events: [], refreshIntervalHours: 12 })
    const { root } = parseCalendar(withInterval)
    expect(root.getFirstPropertyValue('refresh-interval')?.toString()).toBe('PT12H')
    expect(root.getFirstPropertyValue('x-published-ttl')).toBe('PT12H')
    const without = buildICalendar({ name: 'Collectes', events: [] })
    expect(without).not.toContain('REFRESH-INTERVAL')
    expect(without).not.toContain('X-PUBLISHED-TTL')
  })

  it('should produce identical output for unchanged events, keeping UIDs and DTSTAMP stable', () => {
    const lastModified = new Date('2026-01-02T15:04:05Z')
    const build = () =>
      buildICalendar({ name: 'Collectes', events: [{ ...collectionEvent, lastModified }] })
    const first = build()
    expect(build()).toBe(first)
    expect(first).toContain('DTSTAMP:20260102T150405Z\r\n')
    expect(first).toContain('LAST-MODIFIED:20260102T150405Z\r\n')
    expect(first.match(/^UID:.*$/gm)).toEqual([
      'UID:collecte-ordures-secteur-a@ville.example',
      'UID:collecte-ordures-secteur-a@ville.example',
    ])
  })

  it('should write the location coordinates and a URL that survives parsing', () => {
    const ics = buildICalendar({
      name: 'Événements',
      url: 'https://ville.example/calendrier.ics',
      events: [
        {
          uid: 'marche@ville.example',
          summary: 'Marché public',
          location: 'Place de la mairie',
          geo: { lat: 46.8139, lng: -71.208 },
          url: 'https://ville.example/evenements?ids=1,2;vue=liste',
          start: new Date('2026-08-01T13:00:00Z'),
        },
      ],
    })
    const { root, eventFor } = parseCalendar(ics)
    expect(root.getFirstPropertyValue('url')).toBe('https://ville.example/calendrier.ics')
    const event = eventFor('marche@ville.example')
    expect(event.component.getFirstPropertyValue('geo')).toEqual([46.8139, -71.208])
    expect(event.component.getFirstPropertyValue('url')).toBe(
      'https://ville.example/evenements?ids=1%2C2%3Bvue=liste',
    )
    expect(event.component.hasProperty('dtend')).toBe(false)
  })

  it('should throw a CalendarError for an invalid recurrence or a duplicate UID', () => {
    expect(() =>
      buildICalendar({
        name: 'Collectes',
        events: [
          { ...collectionEvent, recurrence: { ...collection, rrule: 'FREQ=WEEKLY;BYDAY=XX' } },
        ],
      }),
    ).toThrow(/Invalid recurrence rule/)
    expect(() =>
      buildICalendar({ name: 'Collectes', events: [collectionEvent, collectionEvent] }),
    ).toThrow(CalendarError)
  })
})

describe('icsFileName', () => {
  it('should give an ASCII, accent-free file name ending in .ics', () => {
    expect(icsFileName('Collectes — secteur Saint-Édouard')).toBe(
      'collectes-secteur-saint-edouard.ics',
    )
    expect(icsFileName('Cœur de la fête, 2026!')).toBe('coeur-de-la-fete-2026.ics')
  })

  it('should never let a title escape the directory or produce an empty name', () => {
    expect(icsFileName('../../etc/passwd')).toBe('etc-passwd.ics')
    expect(icsFileName('  «»  ')).toBe('calendrier.ics')
    expect(icsFileName('日本語')).toBe('calendrier.ics')
    expect(icsFileName('x'.repeat(300))).toMatch(/^x{80}\.ics$/)
  })
})
