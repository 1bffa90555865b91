import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { instantToLocalDateTime, localToInstant, parseDateRange } from '../../engines/calendar'
import { closePayload, getTestPayload } from '../helpers/payload'

// The data functions cache through Next's incremental cache, which exists only inside a Next
// server: here each read goes straight to Postgres.
vi.mock('next/cache', () => ({
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
}))

const { getEventMonth, getEventOccurrencesBetween } = await import('../../src/lib/data/events')
const { getFeaturedServices } = await import('../../src/lib/data/home')
const { getActiveNoticesForSector } = await import('../../src/lib/data/notices')

const context = { disableRevalidate: true }
const at = (local: string) => localToInstant(local).toISOString()
const square = (x: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, 45],
      [x + 0.01, 45],
      [x + 0.01, 45.01],
      [x, 45.01],
      [x, 45],
    ],
  ],
})

describe('events calendar views and home page data', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await getTestPayload()
    const event = (data: Record<string, unknown>, status: 'published' | 'draft' = 'published') =>
      payload.create({
        collection: 'events',
        data: { summary: 'Résumé', category: 'community', _status: status, ...data } as never,
        draft: status === 'draft',
        overrideAccess: true,
        context,
      })
    // Every Sunday at 10:00, from before the fall change (1 November 2026) past the spring one.
    await event({
      title: 'Yoga au parc',
      startsAt: at('2026-10-04T10:00'),
      endsAt: at('2026-10-04T11:00'),
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=SU' },
      category: 'sport',
    })
    // Saturday at 23:00 local is already Sunday in UTC: it must stay on Saturday.
    await event({
      title: 'Soirée contes et légendes',
      startsAt: at('2026-10-03T23:00'),
      endsAt: at('2026-10-03T23:45'),
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=SA' },
      category: 'culture',
    })
    // Three whole days, 20 to 22 November.
    await event({
      title: 'Marché de Noël',
      startsAt: at('2026-11-20'),
      endsAt: at('2026-11-22'),
      isAllDay: true,
    })
    await event({ title: 'Brouillon de novembre', startsAt: at('2026-11-10T19:00') }, 'draft')
  })

  afterAll(async () => {
    await closePayload(payload)
  })

  it('should lay out November 2026 as Sunday-first weeks with the weekly event on each Sunday, at 10:00 across the DST change', async () => {
    const { weeks, count } = await getEventMonth('fr', '2026-11')
    expect(weeks.map((week) => week[0].date)).toEqual([
      '2026-11-01',
      '2026-11-08',
      '2026-11-15',
      '2026-11-22',
      '2026-11-29',
    ])
    expect(weeks.every((week) => week.length === 7)).toBe(true)
    const sundays = weeks.map((week) => week[0])
    for (const sunday of sundays) {
      const yoga = sunday.items.filter((o) => o.title === 'Yoga au parc')
      expect(yoga).toHaveLength(1)
      expect(instantToLocalDateTime(new Date(yoga[0].start))).toBe(`${sunday.date}T10:00`)
    }
    // 1 November is the day clocks fall back: 10:00 is 15:00 UTC there, 14:00 UTC a week before.
    expect(sundays[0].items.find((o) => o.title === 'Yoga au parc')?.start).toBe(
      '2026-11-01T15:00:00.000Z',
    )
    const october = await getEventMonth('fr', '2026-10')
    const lastOctoberSunday = october.weeks.flat().find((d) => d.date === '2026-10-25')
    expect(lastOctoberSunday?.items.find((o) => o.title === 'Yoga au parc')?.start).toBe(
      '2026-10-25T14:00:00.000Z',
    )

    const saturdays = weeks.map((week) => week[6]).filter((day) => day.isInMonth)
    expect(saturdays.map((d) => d.date)).toEqual([
      '2026-11-07',
      '2026-11-14',
      '2026-11-21',
      '2026-11-28',
    ])
    for (const saturday of saturdays) {
      expect(saturday.items.map((o) => o.title)).toContain('Soirée contes et légendes')
    }
    for (const sunday of sundays) {
      expect(sunday.items.map((o) => o.title)).not.toContain('Soirée contes et légendes')
    }

    const days = weeks.flat()
    const withMarket = days
      .filter((d) => d.items.some((o) => o.title === 'Marché de Noël'))
      .map((d) => d.date)
    expect(withMarket).toEqual(['2026-11-20', '2026-11-21', '2026-11-22'])
    expect(days.some((d) => d.items.some((o) => o.title === 'Brouillon de novembre'))).toBe(false)
    // The first days of December fill the last week but belong to December's page.
    expect(days.filter((d) => !d.isInMonth).map((d) => [d.date, d.items.length])).toEqual([
      ['2026-12-01', 0],
      ['2026-12-02', 0],
      ['2026-12-03', 0],
      ['2026-12-04', 0],
      ['2026-12-05', 0],
    ])
    // 5 Sundays + 4 Saturdays + the market.
    expect(count).toBe(10)
  })

  it('should keep 10:00 on the Sunday clocks spring forward (14 March 2027), with February 28 left to February', async () => {
    const { weeks } = await getEventMonth('fr', '2027-03')
    // These events are written in French only: the English calendar does not list them (issue 12).
    expect((await getEventMonth('en', '2027-03')).count).toBe(0)
    expect(weeks[0][0]).toMatchObject({ date: '2027-02-28', isInMonth: false, items: [] })
    const yoga = weeks
      .flat()
      .flatMap((d) =>
        d.items.filter((o) => o.title === 'Yoga au parc').map((o) => [d.date, o.start]),
      )
    expect(yoga).toEqual([
      ['2027-03-07', '2027-03-07T15:00:00.000Z'],
      ['2027-03-14', '2027-03-14T14:00:00.000Z'],
      ['2027-03-21', '2027-03-21T14:00:00.000Z'],
      ['2027-03-28', '2027-03-28T14:00:00.000Z'],
    ])
  })

  it('should list the occurrences of a validated date range with the category filter, and shorten a range over 366 days', async () => {
    const now = localToInstant('2026-11-23T12:00')
    const range = parseDateRange({ from: '2026-11-01', to: '2026-11-14' }, { now })
    expect(range).toMatchObject({
      from: '2026-11-01',
      to: '2026-11-14',
      isDefault: false,
      issues: [],
    })
    const sport = await getEventOccurrencesBetween('fr', { ...range, category: 'sport' })
    expect(sport.map((o) => instantToLocalDateTime(new Date(o.start)))).toEqual([
      '2026-11-01T10:00',
      '2026-11-08T10:00',
    ])
    const all = await getEventOccurrencesBetween('fr', range)
    expect(all.map((o) => o.title)).toEqual([
      'Yoga au parc',
      'Soirée contes et légendes',
      'Yoga au parc',
      'Soirée contes et légendes',
    ])

    const long = parseDateRange({ from: '2026-10-04', to: '2028-01-01' }, { now })
    expect(long).toMatchObject({
      from: '2026-10-04',
      to: '2027-10-04',
      issues: [{ code: 'tooLong', maxDays: 366 }],
    })
    const year = await getEventOccurrencesBetween('fr', { ...long, category: 'sport' })
    expect(year).toHaveLength(53)

    const bad = parseDateRange({ from: '2026-02-30', to: 'demain' }, { now })
    expect(bad).toMatchObject({ from: '2026-11-23', to: '2027-02-22', isDefault: true })
    expect(bad.issues.map((i) => i.code)).toEqual(['invalidFrom', 'invalidTo'])
  })

  it('should offer the published featured services with their full path in the tree', async () => {
    const create = (data: Record<string, unknown>, status: 'published' | 'draft' = 'published') =>
      payload.create({
        collection: 'services',
        data: { summary: 'Résumé', _status: status, ...data } as never,
        draft: status === 'draft',
        overrideAccess: true,
        context,
      })
    const permits = await create({ title: 'Permis', isFeatured: true })
    await create({ title: 'Rénovation', parent: permits.id, isFeatured: true })
    await create({ title: 'Abattage d’arbres', parent: permits.id })
    await create({ title: 'Brouillon vedette', isFeatured: true }, 'draft')
    expect(await getFeaturedServices('fr')).toEqual([
      { id: permits.id, title: 'Permis', summary: 'Résumé', href: '/fr/services/permis' },
      {
        id: expect.any(Number),
        title: 'Rénovation',
        summary: 'Résumé',
        href: '/fr/services/permis/renovation',
      },
    ])
  })

  it('should give an address the notices in force for its sector and for the whole city, not other sectors or ended ones', async () => {
    const sector = (code: string, x: number) =>
      payload.create({
        collection: 'sectors',
        data: { name: code, code, boundary: square(x) } as never,
        overrideAccess: true,
        context,
      })
    const berges = await sector('berges', -73.5)
    const plateau = await sector('plateau', -73.4)
    const now = Date.now()
    const notice = (slug: string, data: Record<string, unknown>) =>
      payload.create({
        collection: 'notices',
        data: {
          title: slug,
          slug,
          summary: 'Résumé',
          kind: 'boil-water',
          severity: 'emergency',
          startsAt: new Date(now - 3600_000).toISOString(),
          _status: 'published',
          ...data,
        } as never,
        overrideAccess: true,
        context,
      })
    await notice('ebullition-berges', { sectors: [berges.id] })
    await notice('travaux-partout', { kind: 'road-closure', severity: 'info', sectors: [] })
    await notice('ebullition-plateau', { sectors: [plateau.id] })
    await notice('termine-berges', {
      sectors: [berges.id],
      startsAt: new Date(now - 7200_000).toISOString(),
      endsAt: new Date(now - 60_000).toISOString(),
    })
    const slugs = (await getActiveNoticesForSector('fr', berges.id)).map((n) => n.slug)
    expect(slugs).toEqual(['ebullition-berges', 'travaux-partout'])
  })
})
