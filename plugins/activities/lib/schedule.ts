/**
 * A session's meetings from its weekly pattern (plain data staff edit), expanded by the calendar
 * engine (`@engines/calendar`: recurrence in the city's time zone, cancelled and moved dates), with
 * the city profile's holidays (`@engines/city`) applied as the session says: skipped, kept, or
 * made up the week after the last meeting.
 *
 * Decisions:
 * - Times are wall-clock times in the city's zone: a 10:00 class stays at 10:00 across a
 *   daylight-saving change (the engine expands in floating time).
 * - Staff's own cancellations and moves come first: a holiday they already cancelled or moved is
 *   left as they said.
 * - The number of weeks (for per-week prices) counts the calendar weeks, starting on the city's
 *   first day of the week, that hold at least one meeting: a camp week with a holiday Monday is
 *   still a week, a week whose every meeting is cancelled is not.
 * - Two sessions overlap for a member when any of their meetings share a moment (half-open
 *   intervals: one ending at 10:00 and one starting at 10:00 do not), optionally with a margin.
 */
import {
  type Occurrence,
  addDays,
  expandOccurrences,
  localToInstant,
  weekStartsOn,
  weekdayOf,
} from '@engines/calendar'
import { city } from '@engines/city'

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU'

export type HolidayPolicy = 'skip' | 'keep' | 'makeUp'

export type WeeklyPattern = {
  /** first local date of the session, 'YYYY-MM-DD' */
  firstDate: string
  /** last local date a regular meeting may fall on (included) */
  lastDate: string
  weekdays: Weekday[]
  /** local start time, 'HH:mm' */
  startTime: string
  durationMinutes: number
  /** every n weeks @default 1 */
  intervalWeeks?: number
  /** local dates on which the meeting is cancelled */
  cancelledDates?: string[]
  /** meetings moved to another date (the time of day is kept) */
  moves?: { from: string; to: string }[]
  /** what a meeting on a city holiday does @default 'skip' */
  onHoliday?: HolidayPolicy
}

export type Meeting = {
  start: Date
  end: Date
  /** local date, 'YYYY-MM-DD' */
  localDate: string
  /** moved by staff or made up after a holiday */
  isMoved: boolean
}

export type SessionSchedule = {
  meetings: Meeting[]
  /** the holidays that fell on a meeting, with what was done */
  holidays: {
    date: string
    key: string
    fr: string
    en: string
    policy: HolidayPolicy
    movedTo?: string
  }[]
}

const dayCodes: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']
const timeShape = /^([01]\d|2[0-3]):[0-5]\d$/

const toMeeting = ({ start, end, localDate, isMoved }: Occurrence): Meeting => ({
  start,
  end,
  localDate,
  isMoved,
})

const holidaysBetween = (from: string, to: string) => {
  const years = new Set<number>()
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1)
    years.add(year)
  return new Map(
    [...years].flatMap((year) => city.holidays(year)).map((holiday) => [holiday.date, holiday]),
  )
}

const expand = (
  pattern: WeeklyPattern,
  { exceptions, moves }: { exceptions: string[]; moves: { from: string; to: string }[] },
): Occurrence[] => {
  const lastTo = [pattern.lastDate, ...moves.map(({ to }) => to)].sort().at(-1) as string
  const until = pattern.lastDate.replaceAll('-', '')
  return expandOccurrences(
    {
      start: `${pattern.firstDate}T${pattern.startTime}`,
      rrule: `FREQ=WEEKLY;INTERVAL=${pattern.intervalWeeks ?? 1};BYDAY=${pattern.weekdays.join(',')};UNTIL=${until}`,
      durationMinutes: pattern.durationMinutes,
      exceptions,
      moves,
    },
    { from: localToInstant(pattern.firstDate), to: localToInstant(addDays(lastTo, 2)) },
    { limit: 1000 },
  )
}

/**
 * The meetings of a session, sorted, and the holidays that touched it. Throws a RangeError for a
 * malformed pattern and the engine's CalendarError (bilingual) for invalid dates or moves.
 */
export const sessionSchedule = (pattern: WeeklyPattern): SessionSchedule => {
  if (!pattern.weekdays.length || pattern.weekdays.some((day) => !dayCodes.includes(day))) {
    throw new RangeError('weekdays: at least one of MO, TU, WE, TH, FR, SA, SU')
  }
  if (!timeShape.test(pattern.startTime)) throw new RangeError('startTime: expected HH:mm')
  if (pattern.lastDate < pattern.firstDate) throw new RangeError('lastDate is before firstDate')
  const cancelled = [...new Set(pattern.cancelledDates ?? [])]
  const staffMoves = pattern.moves ?? []
  const policy = pattern.onHoliday ?? 'skip'
  const regular = expand(pattern, { exceptions: cancelled, moves: staffMoves })
  const holidays = holidaysBetween(pattern.firstDate, pattern.lastDate)
  const touchedByStaff = new Set([
    ...cancelled,
    ...staffMoves.flatMap(({ from, to }) => [from, to]),
  ])
  const hit = regular
    .filter((occurrence) => !occurrence.isMoved && holidays.has(occurrence.localDate))
    .filter((occurrence) => !touchedByStaff.has(occurrence.localDate))
    .map((occurrence) => holidays.get(occurrence.localDate)!)
  if (policy === 'keep' || hit.length === 0) {
    return {
      meetings: regular.map(toMeeting),
      holidays: hit.map((holiday) => ({ ...holiday, policy })),
    }
  }
  if (policy === 'skip') {
    return {
      meetings: expand(pattern, {
        exceptions: [...cancelled, ...hit.map(({ date }) => date)],
        moves: staffMoves,
      }).map(toMeeting),
      holidays: hit.map((holiday) => ({ ...holiday, policy })),
    }
  }
  // makeUp: each holiday meeting moves to the same weekday after the session's last one, in order,
  // stepping over further holidays and days already used.
  const allHolidays = holidaysBetween(
    pattern.firstDate,
    addDays(pattern.lastDate, 7 * (hit.length + 2)),
  )
  const used = new Set(regular.map(({ localDate }) => localDate))
  const lastMeeting = regular.at(-1)?.localDate ?? pattern.lastDate
  const makeUps: { from: string; to: string }[] = []
  for (const holiday of hit) {
    let to = addDays(lastMeeting, 1)
    while (weekdayOf(to) !== weekdayOf(holiday.date) || used.has(to) || allHolidays.has(to)) {
      to = addDays(to, 1)
    }
    used.add(to)
    makeUps.push({ from: holiday.date, to })
  }
  return {
    meetings: expand(pattern, { exceptions: cancelled, moves: [...staffMoves, ...makeUps] }).map(
      toMeeting,
    ),
    holidays: hit.map((holiday, index) => ({ ...holiday, policy, movedTo: makeUps[index].to })),
  }
}

/** The local date starting the city's week (`weekStartsOn`) that holds a local date. */
export const weekStartOf = (localDate: string): string =>
  addDays(localDate, -((weekdayOf(localDate) - weekStartsOn + 7) % 7))

/** How many calendar weeks hold at least one meeting (the count a per-week price multiplies). */
export const sessionWeeks = (meetings: Pick<Meeting, 'localDate'>[]): number =>
  new Set(meetings.map(({ localDate }) => weekStartOf(localDate))).size

/**
 * True when a meeting of one list shares a moment with a meeting of the other (each list sorted
 * by start, as `sessionSchedule` gives them); `marginMinutes` keeps that much time between them.
 */
export const meetingsOverlap = (
  a: Pick<Meeting, 'start' | 'end'>[],
  b: Pick<Meeting, 'start' | 'end'>[],
  { marginMinutes = 0 }: { marginMinutes?: number } = {},
): boolean => {
  const margin = marginMinutes * 60_000
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const first = a[i]
    const second = b[j]
    if (
      first.start.getTime() < second.end.getTime() + margin &&
      second.start.getTime() < first.end.getTime() + margin
    ) {
      return true
    }
    if (first.end.getTime() <= second.end.getTime()) i += 1
    else j += 1
  }
  return false
}
