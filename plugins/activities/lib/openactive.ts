/**
 * The programme as open data: OpenActive (Modelling Opportunity Data 2.0) JSON-LD items, a
 * `SessionSeries` per session and a `ScheduledSession` per meeting, published as RPDE pages
 * (Realtime Paged Data Exchange 1.0: `items`, `next`, `license`), so apps and regional
 * directories can list the city's activities without scraping the site.
 *
 * Decisions:
 * - Two feeds, as OpenActive's split model wants: session series (what, where, for whom, the
 *   prices) and scheduled sessions (when), each session pointing at its series by `@id`.
 * - Start and end are the city's wall-clock time with its offset (`2026-09-12T09:00:00-04:00`),
 *   so a reader needs no time-zone database to show them right.
 * - Prices go out as decimal numbers (`85` or `85.5`), the format the spec gives `Offer.price`;
 *   inside the plugin they stay integer cents.
 * - Texts are the French ones (the city's first language, `inLanguage: fr-CA`); OpenActive has
 *   no per-language variant of a field.
 * - RPDE pages are ordered by (`modified`, `id`) and `next` carries the last item's pair as
 *   `afterTimestamp` and `afterId`; an empty page's `next` is the page itself, as the
 *   specification requires. The database query that feeds `rpdePage` orders the same way
 *   (ids compared as plain strings, e.g. `COLLATE "C"`).
 */
import { cityTimeZone, instantToLocalDateTime } from '@engines/calendar'

import { languageTags } from '../../kit/i18n'
import type { Cents } from './money'
import type { Meeting, WeeklyPattern } from './schedule'

export const openActiveContext = 'https://openactive.io/'
export const defaultLicense = 'https://creativecommons.org/licenses/by/4.0/'

export type OpenActiveSeries = {
  /** the series' stable URI, its `@id` */
  id: string
  identifier: string
  name: string
  description?: string | null
  /** the public page of the session */
  url: string
  /**
   * activities, each a concept of the OpenActive activity list (its `@id` is required by the
   * spec: staff pick from that list, `https://openactive.io/activity-list#…`)
   */
  activities: { prefLabel: string; conceptId: string }[]
  /** the weekly pattern, published as the series' `eventSchedule` */
  pattern: WeeklyPattern
  organizer: {
    id: string
    name: string
    url: string
    email?: string | null
    telephone?: string | null
  }
  location: {
    id?: string | null
    name: string
    streetAddress: string
    addressLocality: string
    addressRegion: string
    postalCode: string
    addressCountry: string
    latitude?: number | null
    longitude?: number | null
  }
  ageMin?: number | null
  ageMax?: number | null
  offers: { id: string; identifier: string; name: string; priceCents: Cents; currency: string }[]
  capacity: number
}

type JsonLd = Record<string, unknown>

/** `2026-09-12T09:00:00-04:00`: the instant as the city's clocks show it, with their offset. */
export const localIsoWithOffset = (instant: Date): string => {
  const local = instantToLocalDateTime(instant)
  const offsetMinutes = Math.round((Date.parse(`${local}:00Z`) - instant.getTime()) / 60_000)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0')
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0')
  return `${local}:${String(instant.getUTCSeconds()).padStart(2, '0')}${sign}${hours}:${minutes}`
}

/** ISO 8601 duration of whole minutes: `PT1H30M`, `PT45M`, `PT8H`. */
export const isoDuration = (ms: number): string => {
  const totalMinutes = Math.round(ms / 60_000)
  const hours = Math.floor(totalMinutes / 60)
  const minutes = totalMinutes % 60
  if (totalMinutes === 0) return 'PT0M'
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`
}

const activityList = 'https://openactive.io/activity-list'

const schemaDays: Record<WeeklyPattern['weekdays'][number], string> = {
  MO: 'https://schema.org/Monday',
  TU: 'https://schema.org/Tuesday',
  WE: 'https://schema.org/Wednesday',
  TH: 'https://schema.org/Thursday',
  FR: 'https://schema.org/Friday',
  SA: 'https://schema.org/Saturday',
  SU: 'https://schema.org/Sunday',
}

/**
 * The weekly pattern as an OpenActive `PartialSchedule` (a summary for display: the meetings
 * themselves, holidays and cancellations applied, are the ScheduledSession feed).
 */
export const eventSchedule = (pattern: WeeklyPattern): JsonLd => {
  const [hours, minutes] = pattern.startTime.split(':').map(Number)
  const endMinutes = (hours * 60 + minutes + pattern.durationMinutes) % 1440
  const endTime = `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`
  return {
    '@type': 'PartialSchedule',
    repeatFrequency: `P${pattern.intervalWeeks ?? 1}W`,
    byDay: pattern.weekdays.map((day) => schemaDays[day]),
    startDate: pattern.firstDate,
    endDate: pattern.lastDate,
    startTime: pattern.startTime,
    endTime,
    duration: isoDuration(pattern.durationMinutes * 60_000),
    scheduleTimezone: cityTimeZone,
  }
}

/** A `SessionSeries` (Modelling Opportunity Data 2.0, §4.3 and the split feed model). */
export const sessionSeriesItem = (series: OpenActiveSeries): JsonLd => {
  const { location, organizer } = series
  const item: JsonLd = {
    '@context': openActiveContext,
    '@type': 'SessionSeries',
    '@id': series.id,
    identifier: series.identifier,
    name: series.name,
    url: series.url,
    inLanguage: [languageTags.fr],
    activity: series.activities.map(({ prefLabel, conceptId }) => ({
      '@type': 'Concept',
      '@id': conceptId,
      inScheme: activityList,
      prefLabel,
    })),
    eventSchedule: [eventSchedule(series.pattern)],
    organizer: {
      '@type': 'Organization',
      '@id': organizer.id,
      name: organizer.name,
      url: organizer.url,
      ...(organizer.email ? { email: organizer.email } : {}),
      ...(organizer.telephone ? { telephone: organizer.telephone } : {}),
    },
    location: {
      '@type': 'Place',
      ...(location.id ? { '@id': location.id } : {}),
      name: location.name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: location.streetAddress,
        addressLocality: location.addressLocality,
        addressRegion: location.addressRegion,
        postalCode: location.postalCode,
        addressCountry: location.addressCountry,
      },
      ...(location.latitude != null && location.longitude != null
        ? {
            geo: {
              '@type': 'GeoCoordinates',
              latitude: location.latitude,
              longitude: location.longitude,
            },
          }
        : {}),
    },
    offers: series.offers.map((offer) => ({
      '@type': 'Offer',
      '@id': offer.id,
      identifier: offer.identifier,
      name: offer.name,
      price: offer.priceCents / 100,
      priceCurrency: offer.currency,
    })),
    maximumAttendeeCapacity: series.capacity,
  }
  if (series.description) item.description = series.description
  if (series.ageMin != null || series.ageMax != null) {
    item.ageRange = {
      '@type': 'QuantitativeValue',
      ...(series.ageMin != null ? { minValue: series.ageMin } : {}),
      ...(series.ageMax != null ? { maxValue: series.ageMax } : {}),
    }
  }
  return item
}

/** One `ScheduledSession` per meeting, pointing at its series. */
export const scheduledSessionItem = ({
  series,
  meeting,
  remainingCapacity,
}: {
  series: Pick<OpenActiveSeries, 'id' | 'identifier' | 'url' | 'capacity'>
  meeting: Pick<Meeting, 'start' | 'end' | 'localDate'>
  remainingCapacity: number
}): JsonLd => ({
  '@context': openActiveContext,
  '@type': 'ScheduledSession',
  '@id': `${series.id}/events/${meeting.localDate}`,
  identifier: `${series.identifier}-${meeting.localDate}`,
  url: series.url,
  superEvent: series.id,
  startDate: localIsoWithOffset(meeting.start),
  endDate: localIsoWithOffset(meeting.end),
  duration: isoDuration(meeting.end.getTime() - meeting.start.getTime()),
  eventStatus: 'https://schema.org/EventScheduled',
  maximumAttendeeCapacity: series.capacity,
  remainingAttendeeCapacity: Math.max(0, Math.min(series.capacity, remainingCapacity)),
})

export type RpdeItem = {
  state: 'updated' | 'deleted'
  kind: 'SessionSeries' | 'ScheduledSession'
  id: string
  /** a number that grows with every change (e.g. the row's change counter) */
  modified: number
  /** present when updated, absent when deleted */
  data?: JsonLd
}

export type RpdePage = { items: RpdeItem[]; next: string; license: string }

const byCursor = (a: Pick<RpdeItem, 'modified' | 'id'>, b: Pick<RpdeItem, 'modified' | 'id'>) =>
  a.modified - b.modified || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * One RPDE page: the items after the cursor, in (modified, id) order, at most `limit`, and the
 * URL of the next page. `feedUrl` is the feed's address without query.
 */
export const rpdePage = ({
  feedUrl,
  items,
  after,
  limit = 500,
  license = defaultLicense,
}: {
  feedUrl: string
  items: RpdeItem[]
  after?: { afterTimestamp: number; afterId: string } | null
  limit?: number
  license?: string
}): RpdePage => {
  const cursor = after ? { modified: after.afterTimestamp, id: after.afterId } : null
  const page = items
    .filter((item) => !cursor || byCursor(item, cursor) > 0)
    .sort(byCursor)
    .slice(0, limit)
    .map((item) =>
      item.state === 'deleted'
        ? { state: item.state, kind: item.kind, id: item.id, modified: item.modified }
        : item,
    )
  const last = page.at(-1)
  const nextCursor = last ? { modified: last.modified, id: last.id } : cursor
  const next = nextCursor
    ? `${feedUrl}?${new URLSearchParams({ afterTimestamp: String(nextCursor.modified), afterId: nextCursor.id })}`
    : feedUrl
  return { items: page, next, license }
}
