import { city } from './index'
import { isoOf, shift, utcDate } from './holidays'

/** Business days in the city profile's calendar: weekends and its holidays (`./index`) are off. */
const cache = new Map<number, Set<string>>()
const holidaySet = (year: number) => {
  let set = cache.get(year)
  if (!set) {
    set = new Set(city.holidays(year).map((h) => h.date))
    cache.set(year, set)
  }
  return set
}

/** True on Saturdays, Sundays and the city's holidays (`@engines/city`). */
export const isNonBusinessDay = (date: string): boolean => {
  const [y, m, d] = date.split('-').map(Number)
  const day = utcDate(y, m, d).getUTCDay()
  return day === 0 || day === 6 || holidaySet(y).has(date)
}

/**
 * The local date `days` business days after `from` (a local date 'YYYY-MM-DD'). The day of
 * submission does not count; 0 days means the same day if it is a business day, else the next one.
 */
export const addBusinessDays = (from: string, days: number): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !Number.isInteger(days) || days < 0) {
    throw new RangeError(`addBusinessDays: bad arguments ${from}, ${days}`)
  }
  const [y, m, d] = from.split('-').map(Number)
  let date = utcDate(y, m, d)
  if (days === 0) {
    while (isNonBusinessDay(isoOf(date))) date = shift(date, 1)
    return isoOf(date)
  }
  let left = days
  while (left > 0) {
    date = shift(date, 1)
    if (!isNonBusinessDay(isoOf(date))) left -= 1
  }
  return isoOf(date)
}
