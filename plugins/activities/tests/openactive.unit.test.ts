import { createRequire } from 'node:module'

import { describe, expect, it } from 'vitest'

import {
  type OpenActiveSeries,
  type RpdeItem,
  isoDuration,
  localIsoWithOffset,
  rpdePage,
  scheduledSessionItem,
  sessionSeriesItem,
} from '../lib/openactive'
import { type WeeklyPattern, sessionSchedule } from '../lib/schedule'

type Issue = { severity: string; type: string; path: string; message: string }
// The OpenActive validator (CommonJS, no types), run offline: `loadRemoteJson: false`.
const { validate } = createRequire(import.meta.url)('@openactive/data-model-validator') as {
  validate: (data: unknown, options?: Record<string, unknown>) => Promise<Issue[]>
}
// Checking activities against the OpenActive activity list needs that list, which lives on the
// network: offline, the validator reports it could not load it, and nothing else.
const needsNetwork = new Set([
  'file_not_found',
  'activity_not_in_activity_list',
  'use_official_activity_list',
])
const failures = async (data: unknown) =>
  (await validate(data, { loadRemoteJson: false }))
    .filter((issue) => issue.severity === 'failure' && !needsNetwork.has(issue.type))
    .map((issue) => `${issue.type} at ${issue.path}`)

const pattern: WeeklyPattern = {
  firstDate: '2026-10-24',
  lastDate: '2026-11-07',
  weekdays: ['SA'],
  startTime: '09:00',
  durationMinutes: 90,
}
const meetings = sessionSchedule(pattern).meetings
const series: OpenActiveSeries = {
  pattern,
  id: 'https://ville.example/api/activities/openactive/session-series/natation-3-sam',
  identifier: 'natation-3-sam',
  name: 'Natation 3 — samedi',
  description: 'Cours de natation pour les 6 à 12 ans.',
  url: 'https://ville.example/fr/loisirs/natation-3-sam',
  activities: [
    {
      prefLabel: 'Swimming',
      conceptId: 'https://openactive.io/activity-list#6f0fbd6f-1cd0-4dc9-9bb3-ea1ec8a5fd9a',
    },
  ],
  organizer: {
    id: 'https://ville.example/',
    name: 'Ville Ouverte',
    url: 'https://ville.example/',
    email: 'loisirs@ville.example',
  },
  location: {
    id: 'https://ville.example/lieux/piscine-centrale',
    name: 'Piscine centrale',
    streetAddress: '100, rue Principale',
    addressLocality: 'Ville Ouverte',
    addressRegion: 'QC',
    postalCode: 'J8X 1A1',
    addressCountry: 'CA',
    latitude: 45.4765,
    longitude: -75.7013,
  },
  ageMin: 6,
  ageMax: 12,
  offers: [
    {
      id: 'https://ville.example/offres/natation-3-sam/resident',
      identifier: 'resident',
      name: 'Résident',
      priceCents: 8550,
      currency: 'CAD',
    },
    {
      id: 'https://ville.example/offres/natation-3-sam/non-resident',
      identifier: 'non-resident',
      name: 'Non-résident',
      priceCents: 12000,
      currency: 'CAD',
    },
  ],
  capacity: 12,
}

describe('activities: OpenActive', () => {
  it('should write local times with the city’s offset and durations in ISO 8601', () => {
    expect(localIsoWithOffset(meetings[0].start)).toBe('2026-10-24T09:00:00-04:00')
    expect(localIsoWithOffset(meetings[2].start)).toBe('2026-11-07T09:00:00-05:00') // after the change
    expect(isoDuration(90 * 60_000)).toBe('PT1H30M')
    expect(isoDuration(45 * 60_000)).toBe('PT45M')
    expect(isoDuration(8 * 3_600_000)).toBe('PT8H')
  })

  it('should map a session to a SessionSeries the OpenActive validator accepts', async () => {
    const item = sessionSeriesItem(series)
    expect(item).toMatchObject({
      '@type': 'SessionSeries',
      ageRange: { '@type': 'QuantitativeValue', minValue: 6, maxValue: 12 },
      offers: [{ price: 85.5, priceCurrency: 'CAD' }, { price: 120 }],
      inLanguage: ['fr-CA'],
      eventSchedule: [
        {
          '@type': 'PartialSchedule',
          repeatFrequency: 'P1W',
          byDay: ['https://schema.org/Saturday'],
          startTime: '09:00',
          endTime: '10:30',
          duration: 'PT1H30M',
          scheduleTimezone: 'America/Toronto',
        },
      ],
    })
    expect(await failures(item)).toEqual([])
    // The validator does catch a broken item (so an empty list above means something).
    expect(
      await failures({
        ...item,
        '@id': undefined,
        url: 'not a url',
        offers: [{ '@type': 'Offer', price: 'free' }],
      }),
    ).not.toEqual([])
  })

  it('should map each meeting to a ScheduledSession the validator accepts', async () => {
    const items = meetings.map((meeting) =>
      scheduledSessionItem({ series, meeting, remainingCapacity: 3 }),
    )
    expect(items[1]).toMatchObject({
      '@type': 'ScheduledSession',
      '@id': `${series.id}/events/2026-10-31`,
      superEvent: series.id,
      startDate: '2026-10-31T09:00:00-04:00',
      endDate: '2026-10-31T10:30:00-04:00',
      duration: 'PT1H30M',
      remainingAttendeeCapacity: 3,
    })
    for (const item of items) expect(await failures(item)).toEqual([])
    expect(
      scheduledSessionItem({ series, meeting: meetings[0], remainingCapacity: 40 })
        .remainingAttendeeCapacity,
    ).toBe(12)
    expect(
      scheduledSessionItem({ series, meeting: meetings[0], remainingCapacity: -2 })
        .remainingAttendeeCapacity,
    ).toBe(0)
  })

  it('should page RPDE items by (modified, id), with next, license, deleted items without data', async () => {
    const feedUrl = 'https://ville.example/api/activities/openactive/scheduled-sessions'
    const items: RpdeItem[] = [
      ...meetings.map((meeting, index) => ({
        state: 'updated' as const,
        kind: 'ScheduledSession' as const,
        id: `natation-3-sam-${meeting.localDate}`,
        modified: 100 + (index === 2 ? 0 : index),
        data: scheduledSessionItem({ series, meeting, remainingCapacity: 5 }),
      })),
      {
        state: 'deleted',
        kind: 'ScheduledSession',
        id: 'old-1',
        modified: 101,
        data: { leftover: true },
      },
    ]
    const first = rpdePage({ feedUrl, items, limit: 2 })
    expect(first.items.map((i) => [i.modified, i.id])).toEqual([
      [100, 'natation-3-sam-2026-10-24'],
      [100, 'natation-3-sam-2026-11-07'],
    ])
    expect(first.license).toBe('https://creativecommons.org/licenses/by/4.0/')
    expect(first.next).toBe(`${feedUrl}?afterTimestamp=100&afterId=natation-3-sam-2026-11-07`)
    const second = rpdePage({
      feedUrl,
      items,
      limit: 2,
      after: { afterTimestamp: 100, afterId: 'natation-3-sam-2026-11-07' },
    })
    expect(second.items.map((i) => i.id)).toEqual(['natation-3-sam-2026-10-31', 'old-1'])
    expect(second.items[1]).toEqual({
      state: 'deleted',
      kind: 'ScheduledSession',
      id: 'old-1',
      modified: 101,
    })
    const last = rpdePage({
      feedUrl,
      items,
      limit: 2,
      after: { afterTimestamp: 101, afterId: 'old-1' },
    })
    expect(last.items).toEqual([])
    // The last page points at itself, so a reader polls it for changes.
    expect(last.next).toBe(`${feedUrl}?afterTimestamp=101&afterId=old-1`)
    expect(rpdePage({ feedUrl, items: [] }).next).toBe(feedUrl)
    // The validator reads a whole page too, and finds no fault in its items.
    expect(await failures(JSON.parse(JSON.stringify(first)))).toEqual([])
  })
})
