import { TZDate, tz } from '@date-fns/tz'
import { format } from 'date-fns'
import ical, { type ICalCalendar, type ICalEventData, escape } from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'

import { CalendarError } from './errors'
import {
  type CompiledRecurrence,
  type Recurrence,
  compileRecurrence,
  hasOccurrenceOn,
  occurrenceStartOn,
} from './expand'
import { formatRuleForIcs } from './rule'
import {
  type FloatingTime,
  assertTimeZone,
  cityTimeZone,
  floatingToInstant,
  formatFloating,
  instantToFloating,
} from './timeZone'

export type IcsEvent = {
  /** stable across builds, so that subscribed calendars update the event instead of duplicating it */
  uid: string
  summary: string
  description?: string | null
  location?: string | null
  url?: string | null
  /** ignored when `recurrence` is given: the recurrence is then the single source of the dates */
  start: Date
  end?: Date | null
  isAllDay?: boolean
  recurrence?: Recurrence | null
  geo?: { lat: number; lng: number } | null
  categories?: string[]
  lastModified?: Date | null
}

const defaultProdId = '//Ville ouverte//Calendrier municipal//FR'
const dayMs = 86_400_000
const utc = tz('UTC')

const vtimezoneFor = (timeZone: string): string => {
  const block = tzlib_get_ical_block(timeZone)
  const vtimezone = Array.isArray(block) ? block[0] : ''
  // An alias resolves to its canonical zone (UTC gives Etc/UTC), whose TZID would not match ours.
  if (!vtimezone?.includes(`TZID:${timeZone}\r\n`)) {
    throw new CalendarError({
      fr: `Aucune définition iCalendar (VTIMEZONE) pour le fuseau « ${timeZone} »`,
      en: `No iCalendar definition (VTIMEZONE) for the time zone "${timeZone}"`,
    })
  }
  return vtimezone
}

const eventError = (uid: string, fr: string, en: string) =>
  new CalendarError({ fr: `Événement « ${uid} » : ${fr}`, en: `Event "${uid}": ${en}` })

const isInstant = (value: unknown): value is Date =>
  value instanceof Date && !Number.isNaN(value.getTime())

// ical-generator backslash-escapes commas and semicolons even in URI values, which parsers do not
// unescape; percent-encoding them means the same URL and survives.
const uriValue = (url: string) =>
  url.replace(/[\\,;]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)

const basicDate = (floating: FloatingTime) => format(floating, 'yyyyMMdd', { in: utc })
const basicDateTime = (floating: FloatingTime) => format(floating, "yyyyMMdd'T'HHmmss", { in: utc })

/** Adds one event, a series with its moved occurrences, or nothing when its only date is cancelled. */
const addEvent = ({
  calendar,
  event,
  timeZone,
  stamp,
}: {
  calendar: ICalCalendar
  event: IcsEvent
  timeZone: string
  stamp: Date
}) => {
  const { uid } = event
  // ical-generator's date formatting reads a TZDate's fields in the event's zone.
  const zoned = (floating: FloatingTime) =>
    new TZDate(floatingToInstant(floating, timeZone).getTime(), timeZone)
  const location =
    event.location || event.geo
      ? {
          ...(event.location ? { title: event.location } : {}),
          ...(event.geo ? { geo: { lat: event.geo.lat, lon: event.geo.lng } } : {}),
        }
      : null
  if (event.geo && !(Number.isFinite(event.geo.lat) && Number.isFinite(event.geo.lng))) {
    throw eventError(uid, 'coordonnées invalides', 'invalid coordinates')
  }
  if (event.lastModified && !isInstant(event.lastModified)) {
    throw eventError(uid, 'date de modification invalide', 'invalid last-modified date')
  }
  const shared: Omit<ICalEventData, 'start'> = {
    // UID is a TEXT value and ical-generator writes it as given.
    id: escape(uid, false),
    summary: event.summary,
    description: event.description || null,
    location: location as ICalEventData['location'],
    url: event.url ? uriValue(event.url) : null,
    categories: (event.categories ?? []).filter(Boolean).map((name) => ({ name })),
    lastModified: event.lastModified ?? null,
    stamp,
    timezone: timeZone,
  }

  if (!event.recurrence) {
    if (!isInstant(event.start)) throw eventError(uid, 'début invalide', 'invalid start')
    if (hasEnd(event) && (!isInstant(event.end) || event.end < event.start)) {
      throw eventError(uid, 'fin invalide ou avant le début', 'invalid end, or before the start')
    }
    if (!event.isAllDay) {
      calendar.createEvent({
        ...shared,
        start: new TZDate(event.start.getTime(), timeZone),
        end: hasEnd(event) ? new TZDate(event.end.getTime(), timeZone) : null,
      })
      return
    }
    const firstDay = startOfDay(instantToFloating(event.start, timeZone))
    calendar.createEvent({
      ...shared,
      allDay: true,
      start: zoned(firstDay),
      end: zoned(allDayEnd({ firstDay, end: event.end ?? null, timeZone })),
    })
    return
  }

  const compiled = compileRecurrence(event.recurrence, { timeZone })
  const { isAllDay, lengthMs } = compiled
  const occurrence = (start: FloatingTime) => ({
    allDay: isAllDay,
    start: zoned(start),
    // A timed DTEND equal to DTSTART adds nothing (RFC 5545 §3.6.1) and some apps reject it.
    end: isAllDay || lengthMs > 0 ? zoned(new Date(start.getTime() + lengthMs)) : null,
  })

  if (!compiled.rule) {
    const startDate = formatFloating(compiled.start, { isAllDay: true })
    if (compiled.exceptions.includes(startDate)) return
    const move = compiled.moves.find(({ from }) => from === startDate)
    calendar.createEvent({
      ...shared,
      ...occurrence(move ? occurrenceStartOn(compiled, move.to) : compiled.start),
    })
    return
  }

  // DTSTART is the rule's first occurrence rather than the entered start: RFC 5545 counts DTSTART
  // as an occurrence even when the rule does not match it, and apps disagree on that case.
  calendar.createEvent({
    ...shared,
    ...occurrence(compiled.first),
    repeating: seriesLines({ compiled, timeZone }),
  })

  // A moved occurrence is published as an overriding VEVENT (same UID, RECURRENCE-ID = the
  // original occurrence) rather than as EXDATE + RDATE. Every calendar app models a moved
  // instance this way and reads it back, whereas RDATE support is uneven: Apple Calendar ignores
  // it and Outlook keeps it only when paired with an EXDATE and not moved past a neighbouring
  // instance. The original date is deliberately left out of EXDATE: RECURRENCE-ID must name an
  // instance of the series, and with it excluded parsers such as ical.js drop the moved
  // occurrence altogether (see tests/unit/ical.test.ts).
  for (const move of compiled.moves) {
    if (!hasOccurrenceOn(compiled, move.from)) continue
    const original = occurrenceStartOn(compiled, move.from)
    calendar.createEvent({
      ...shared,
      ...occurrence(occurrenceStartOn(compiled, move.to)),
      // ical-generator writes RECURRENCE-ID as a date-time only, but it must be a DATE like an
      // all-day DTSTART (RFC 5545 §3.8.4.4), so that case is written as a raw property through
      // the [name, value] form of `x`, the one form that does not insist on an X- name.
      ...(isAllDay
        ? { x: [['RECURRENCE-ID;VALUE=DATE', basicDate(original)]] as [string, string][] }
        : { recurrenceId: zoned(original) }),
    })
  }
}

const hasEnd = (event: IcsEvent): event is IcsEvent & { end: Date } =>
  event.end !== null && event.end !== undefined

const startOfDay = (floating: FloatingTime): FloatingTime =>
  new Date(floating.getTime() - (((floating.getTime() % dayMs) + dayMs) % dayMs))

/**
 * The exclusive DTEND day of an all-day event: the day of `end` when it is a local midnight (an
 * exclusive end, as Occurrence.end), otherwise the day after it; never before the day after the
 * first day.
 */
const allDayEnd = ({
  firstDay,
  end,
  timeZone,
}: {
  firstDay: FloatingTime
  end: Date | null
  timeZone: string
}): FloatingTime => {
  const minimum = firstDay.getTime() + dayMs
  if (!end) return new Date(minimum)
  const floatingEnd = instantToFloating(end, timeZone)
  const endDay = startOfDay(floatingEnd)
  const exclusive =
    endDay.getTime() === floatingEnd.getTime() ? endDay.getTime() : endDay.getTime() + dayMs
  return new Date(Math.max(minimum, exclusive))
}

/** RRULE and EXDATE lines, which ical-generator inserts verbatim when given as a string. */
const seriesLines = ({
  compiled,
  timeZone,
}: {
  compiled: CompiledRecurrence
  timeZone: string
}): string => {
  const { rule, isAllDay, exceptions } = compiled
  if (!rule) return ''
  const lines = [`RRULE:${formatRuleForIcs(rule, { isAllDay, timeZone })}`]
  if (exceptions.length > 0) {
    lines.push(
      isAllDay
        ? `EXDATE;VALUE=DATE:${exceptions.map((date) => basicDate(occurrenceStartOn(compiled, date))).join(',')}`
        : `EXDATE;TZID=${timeZone}:${exceptions.map((date) => basicDateTime(occurrenceStartOn(compiled, date))).join(',')}`,
    )
  }
  return lines.join('\r\n')
}

/**
 * An RFC 5545 calendar (.ics) of the events, with the zone's VTIMEZONE and every date-time as
 * local time with its TZID, so that calendar apps keep events at the same wall-clock time across
 * daylight-saving changes. Throws a CalendarError for an invalid event or recurrence.
 */
export const buildICalendar = ({
  name,
  prodId = defaultProdId,
  events,
  timeZone = cityTimeZone,
  url,
  refreshIntervalHours,
}: {
  name: string
  prodId?: string
  events: IcsEvent[]
  timeZone?: string
  url?: string | null
  refreshIntervalHours?: number
}): string => {
  assertTimeZone(timeZone)
  const vtimezone = vtimezoneFor(timeZone)
  if (
    refreshIntervalHours !== undefined &&
    !(Number.isFinite(refreshIntervalHours) && refreshIntervalHours > 0)
  ) {
    throw new CalendarError({
      fr: `Intervalle de rafraîchissement invalide : ${refreshIntervalHours} h`,
      en: `Invalid refresh interval: ${refreshIntervalHours} h`,
    })
  }
  const calendar = ical({
    // ical-generator writes the name and PRODID unescaped.
    name: escape(name, false),
    prodId: prodId.replace(/^-/, '').replace(/[\r\n]/g, ' '),
    url: url ? uriValue(url) : null,
    // No calendar-level zone name: ical-generator would then write DTSTAMP and LAST-MODIFIED as
    // local times, which RFC 5545 requires in UTC. Events carry the zone and the generator adds
    // its VTIMEZONE for them.
    timezone: { name: null, generator: () => vtimezone },
    ttl: refreshIntervalHours ? Math.round(refreshIntervalHours * 3600) : null,
    // Google Calendar and Apple Calendar take the subscribed calendar's display zone from this.
    x: [['X-WR-TIMEZONE', timeZone]],
  })

  const stamp = new Date()
  const uids = new Set<string>()
  for (const event of events) {
    if (typeof event.uid !== 'string' || !/^[^\p{Cc}]+$/u.test(event.uid)) {
      throw new CalendarError({
        fr: `UID d'événement invalide : « ${String(event.uid)} »`,
        en: `Invalid event UID: "${String(event.uid)}"`,
      })
    }
    if (uids.has(event.uid)) {
      throw eventError(event.uid, 'UID en double', 'duplicate UID')
    }
    uids.add(event.uid)
    // RFC 5545 §3.8.7.2: without a METHOD, DTSTAMP is the last modification, which keeps the
    // feed byte-identical between builds when nothing changed.
    addEvent({ calendar, event, timeZone, stamp: event.lastModified ?? stamp })
  }
  return calendar.toString()
}

/** 'Collectes — secteur Saint-Édouard' → 'collectes-secteur-saint-edouard.ics' */
export const icsFileName = (title: string): string => {
  const slug = title
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '')
  return `${slug || 'calendrier'}.ics`
}
