import { addDays, daysBetween } from './month'
import { instantToLocalDate, isLocalDate } from './timeZone'

/** What was wrong with the dates a visitor typed; the page turns each into a sentence. */
export type DateRangeIssue =
  | { code: 'invalidFrom'; value: string }
  | { code: 'invalidTo'; value: string }
  | { code: 'reversed'; from: string; to: string }
  | { code: 'outOfBounds'; min: string; max: string }
  | { code: 'tooLong'; maxDays: number }

export type DateRange = {
  /** first local day shown, 'YYYY-MM-DD' */
  from: string
  /** last local day shown (included), 'YYYY-MM-DD' */
  to: string
  /** true when no date was asked for, or the dates asked for were replaced by the default */
  isDefault: boolean
  issues: DateRangeIssue[]
}

export type DateRangeOptions = {
  now?: Date
  /** days shown by default and after a lone start date, today included */
  defaultDays?: number
  /** the longest range a visitor may ask for, in days, both ends included */
  maxDays?: number
  /** how many years before and after today a date may be */
  yearsAround?: number
}

const firstString = (value: unknown): string => {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first.trim() : ''
}

// Echoed back in the message: enough to recognise what was typed, never a wall of text.
const shown = (value: string) => (value.length > 20 ? `${value.slice(0, 20)}…` : value)

// 29 February moved to a year without one becomes 1 March.
const shiftYears = (date: string, years: number) => {
  const [year, month, day] = date.split('-').map(Number)
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10)
}

/**
 * Reads the `du` / `au` dates of a listing ('YYYY-MM-DD', either may be empty). Anything wrong
 * gives the default range (from today) with the reasons; a range longer than `maxDays` is
 * shortened to that many days from its start. Never throws, whatever the query string holds.
 */
export const parseDateRange = (
  { from: rawFrom, to: rawTo }: { from?: unknown; to?: unknown },
  { now = new Date(), defaultDays = 92, maxDays = 366, yearsAround = 5 }: DateRangeOptions = {},
): DateRange => {
  const today = instantToLocalDate(now)
  const fallback = (issues: DateRangeIssue[]): DateRange => ({
    from: today,
    to: addDays(today, defaultDays - 1),
    isDefault: true,
    issues,
  })
  const fromText = firstString(rawFrom)
  const toText = firstString(rawTo)
  if (!fromText && !toText) return fallback([])

  const issues: DateRangeIssue[] = []
  if (fromText && !isLocalDate(fromText))
    issues.push({ code: 'invalidFrom', value: shown(fromText) })
  if (toText && !isLocalDate(toText)) issues.push({ code: 'invalidTo', value: shown(toText) })
  if (issues.length > 0) return fallback(issues)

  // Bounded so that no query makes the server expand a series over centuries.
  const min = shiftYears(today, -yearsAround)
  const max = shiftYears(today, yearsAround)
  const from = fromText || today
  let to = toText || addDays(from, defaultDays - 1)
  if ([from, to].some((date) => date < min || date > max)) {
    return fallback([{ code: 'outOfBounds', min, max }])
  }
  if (to < from) return fallback([{ code: 'reversed', from, to }])
  if (daysBetween(from, to) + 1 > maxDays) {
    to = addDays(from, maxDays - 1)
    issues.push({ code: 'tooLong', maxDays })
  }
  return { from, to, isDefault: false, issues }
}
