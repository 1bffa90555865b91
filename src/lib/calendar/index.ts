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
