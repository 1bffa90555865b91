export { CalendarError } from './errors'
export { type Occurrence, type Recurrence, expandOccurrences, validateRecurrence } from './expand'
export { type IcsEvent, buildICalendar, icsFileName } from './ical'
export {
  cityTimeZone,
  instantToLocalDate,
  instantToLocalDateTime,
  isLocalDate,
  isLocalDateTime,
  localToInstant,
} from './timeZone'
export { type DateRange, type DateRangeIssue, parseDateRange } from './dateRange'
export {
  type MonthGrid,
  type MonthGridDay,
  type MonthGridDayWith,
  addDays,
  currentLocalMonth,
  daysBetween,
  fillMonthGrid,
  isLocalMonth,
  localDatesOf,
  monthGrid,
  shiftMonth,
  weekStartsOn,
  weekdayOf,
} from './month'
