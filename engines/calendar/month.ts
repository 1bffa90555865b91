import { instantToLocalDate } from './timeZone'
import { city } from '../city'

/**
 * The first day of a week in a month grid: 0 = Sunday. CLDR's week data for fr-CA and en-CA
 * (what `new Intl.Locale('fr-CA').weekInfo.firstDay` reports) starts the week on Sunday, and so do
 * the calendars Quebec municipalities print for their residents (collection calendars, activity
 * guides): the site keeps the layout residents already read, the same in both languages.
 * ISO 8601's Monday is the rule for week numbers, which this grid does not show.
 */
export const weekStartsOn: number = city.weekStartsOn

const localMonthShape = /^(\d{4})-(0[1-9]|1[0-2])$/
const dayMs = 86_400_000

/** True for a month written 'YYYY-MM' (e.g. '2026-12'). */
export const isLocalMonth = (value: unknown): value is string =>
  typeof value === 'string' && localMonthShape.test(value)

const monthParts = (month: string): [number, number] => {
  const match = localMonthShape.exec(month)
  if (!match) throw new RangeError(`Invalid month: "${month}" (expected YYYY-MM)`)
  return [Number(match[1]), Number(match[2])]
}

const asLocalDate = (utcMs: number) => new Date(utcMs).toISOString().slice(0, 10)
const utcMsOf = (localDate: string) => Date.parse(`${localDate}T00:00:00Z`)

/** A local date ('YYYY-MM-DD') moved by whole days, calendar arithmetic with no time zone involved. */
export const addDays = (localDate: string, days: number): string =>
  asLocalDate(utcMsOf(localDate) + days * dayMs)

/** Whole days from one local date to another (negative when `to` comes first). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((utcMsOf(to) - utcMsOf(from)) / dayMs)

/** A month ('YYYY-MM') moved by whole months. */
export const shiftMonth = (month: string, months: number): string => {
  const [year, monthNumber] = monthParts(month)
  return asLocalDate(Date.UTC(year, monthNumber - 1 + months, 1)).slice(0, 7)
}

/** The city's current month, 'YYYY-MM'. */
export const currentLocalMonth = (now = new Date()): string => instantToLocalDate(now).slice(0, 7)

/** Day of the week of a local date, 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (localDate: string): number => new Date(utcMsOf(localDate)).getUTCDay()

export type MonthGridDay = {
  /** 'YYYY-MM-DD' */
  date: string
  /** false for the days of the previous or next month that fill the first and last weeks */
  isInMonth: boolean
}

export type MonthGrid = {
  /** 'YYYY-MM' */
  month: string
  /** the grid's first local date (a week start, on or before the 1st) */
  firstDay: string
  /** the number of days shown: whole weeks, 28 to 42 */
  days: number
  weeks: MonthGridDay[][]
}

/** The weeks of a month, each of seven days starting on `weekStartsOn`. */
export const monthGrid = (month: string, { firstWeekday = weekStartsOn } = {}): MonthGrid => {
  const [year, monthNumber] = monthParts(month)
  const first = asLocalDate(Date.UTC(year, monthNumber - 1, 1))
  const last = asLocalDate(Date.UTC(year, monthNumber, 0))
  const firstDay = addDays(first, -((weekdayOf(first) - firstWeekday + 7) % 7))
  const lastDay = addDays(last, (firstWeekday + 6 - weekdayOf(last) + 7) % 7)
  const days = daysBetween(firstDay, lastDay) + 1
  const weeks: MonthGridDay[][] = []
  for (let offset = 0; offset < days; offset += 1) {
    const date = addDays(firstDay, offset)
    if (offset % 7 === 0) weeks.push([])
    weeks[weeks.length - 1].push({ date, isInMonth: date.slice(0, 7) === month })
  }
  return { month, firstDay, days, weeks }
}

/**
 * The local dates an occurrence covers in the city's zone, from its start day to the day of its
 * last moment (its end is exclusive: an all-day event ending at midnight does not spill over).
 */
export const localDatesOf = ({
  start,
  end,
}: {
  start: string | Date
  end: string | Date
}): string[] => {
  const startDate = instantToLocalDate(new Date(start))
  const endMs = new Date(end).getTime()
  const lastDate =
    endMs > new Date(start).getTime() ? instantToLocalDate(new Date(endMs - 1)) : startDate
  const count = Math.max(0, daysBetween(startDate, lastDate))
  return Array.from({ length: count + 1 }, (_, i) => addDays(startDate, i))
}

export type MonthGridDayWith<T> = MonthGridDay & { items: T[] }

/**
 * Places occurrences on the days of a grid they cover (in the city's time zone), keeping their
 * order. Days outside the month stay empty: they belong to the neighbouring month's page.
 */
export const fillMonthGrid = <T extends { start: string | Date; end: string | Date }>(
  grid: MonthGrid,
  occurrences: T[],
): MonthGridDayWith<T>[][] => {
  const byDate = new Map<string, T[]>()
  for (const occurrence of occurrences) {
    for (const date of localDatesOf(occurrence)) {
      const list = byDate.get(date)
      if (list) list.push(occurrence)
      else byDate.set(date, [occurrence])
    }
  }
  return grid.weeks.map((week) =>
    week.map((day) => ({ ...day, items: day.isInMonth ? (byDate.get(day.date) ?? []) : [] })),
  )
}
