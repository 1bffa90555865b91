import { unstable_cache } from 'next/cache'

import type { Locale } from '@/i18n/config'
import { tags } from '@/lib/cache/tags'
import {
  type MonthGridDayWith,
  addDays,
  expandOccurrences,
  fillMonthGrid,
  instantToLocalDate,
  instantToLocalDateTime,
  localToInstant,
  monthGrid,
  type Recurrence,
} from '@engines/calendar'
import type { Event } from '@/payload-types'

import { andWrittenIn } from './localeVersion'
import { getPayloadClient } from './payload'

export type EventOccurrence = {
  id: number
  slug: string
  title: string
  summary: string
  category: Event['category']
  placeName: string | null
  start: string
  end: string
  isAllDay: boolean
  isRecurring: boolean
}

/** An event's dates as the Calendar engine's recurrence, read in the city's time zone. */
export const eventRecurrence = (
  event: Pick<Event, 'startsAt' | 'endsAt' | 'isAllDay' | 'recurrence'>,
): Recurrence => {
  const local = event.isAllDay ? instantToLocalDate : instantToLocalDateTime
  return {
    rrule: event.recurrence?.rrule || null,
    start: local(new Date(event.startsAt)),
    end: event.endsAt ? local(new Date(event.endsAt)) : null,
    exceptions: (event.recurrence?.exceptions ?? []).map((e) =>
      instantToLocalDate(new Date(e.date)),
    ),
  }
}

/** Every published event written in this language (cached), for the lists and the calendar subscriptions. */
export const getPublishedEvents = (locale: Locale) =>
  unstable_cache(
    async (): Promise<Event[]> => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'events',
        locale,
        limit: 1000,
        depth: 0,
        overrideAccess: false,
        sort: 'startsAt',
        where: andWrittenIn(locale),
      })
      return docs
    },
    ['events-published', locale],
    { tags: [tags.events], revalidate: 3600 },
  )()

/** Expands events into their occurrences inside [from, to), in date order. */
const expandEvents = (events: Event[], { from, to }: { from: Date; to: Date }): EventOccurrence[] =>
  events
    .flatMap((event) => {
      let occurrences: ReturnType<typeof expandOccurrences> = []
      try {
        occurrences = expandOccurrences(eventRecurrence(event), { from, to }, { limit: 400 })
      } catch {
        return []
      }
      return occurrences.map((o) => ({
        id: event.id,
        slug: event.slug ?? String(event.id),
        title: event.title,
        summary: event.summary,
        category: event.category,
        placeName: event.place?.name ?? null,
        start: o.start.toISOString(),
        end: o.end.toISOString(),
        isAllDay: o.isAllDay,
        isRecurring: Boolean(event.recurrence?.rrule),
      }))
    })
    .sort((a, b) => a.start.localeCompare(b.start))

const inCategory = (category?: string | null) => (event: Event) =>
  !category || event.category === category

/**
 * Every occurrence of the published events from the start of `day` (a local date) for `days` days,
 * recurring series expanded in the city's time zone, in date order, optionally for one category.
 * The expansion is cached per day and category: the events page does not redo it on every request.
 */
export const getEventOccurrences = (
  locale: Locale,
  { day, days, category }: { day: string; days: number; category?: string | null },
): Promise<EventOccurrence[]> =>
  unstable_cache(
    async () => {
      const from = localToInstant(day)
      const to = localToInstant(addDays(day, days))
      return expandEvents((await getPublishedEvents(locale)).filter(inCategory(category)), {
        from,
        to,
      })
    },
    ['event-occurrences', locale, day, String(days), category ?? ''],
    { tags: [tags.events], revalidate: 3600 },
  )()

/**
 * The occurrences between two local dates, both included, for a range a visitor typed. The events
 * come from the cache but the expansion is not cached: any pair of dates is a new key, and
 * visitors' ranges must not push rendered pages out of the cache. Expanding the city's events over
 * a year takes a few milliseconds.
 */
export const getEventOccurrencesBetween = async (
  locale: Locale,
  { from, to, category }: { from: string; to: string; category?: string | null },
): Promise<EventOccurrence[]> =>
  expandEvents((await getPublishedEvents(locale)).filter(inCategory(category)), {
    from: localToInstant(from),
    to: localToInstant(addDays(to, 1)),
  })

export type EventMonth = {
  month: string
  weeks: MonthGridDayWith<EventOccurrence>[][]
  /** occurrences that start or run during the month */
  count: number
}

/** A month of events as weeks of days (the grid of the month view), in the city's time zone. */
export const getEventMonth = async (locale: Locale, month: string): Promise<EventMonth> => {
  const grid = monthGrid(month)
  const occurrences = await getEventOccurrences(locale, { day: grid.firstDay, days: grid.days })
  const weeks = fillMonthGrid(grid, occurrences)
  const inMonth = new Set(weeks.flat().flatMap((day) => day.items.map((o) => `${o.id}-${o.start}`)))
  return { month, weeks, count: inMonth.size }
}
