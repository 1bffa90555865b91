import { instantToLocalDate, type Recurrence } from '@engines/calendar'
import type { CollectionSchedule } from '@/payload-types'

const toLocal = (iso: string) => instantToLocalDate(new Date(iso))

/** A collection schedule as the Calendar engine's all-day recurrence (dates read in the city's zone). */
export const scheduleRecurrence = (
  schedule: Pick<CollectionSchedule, 'rrule' | 'startDate' | 'exceptions' | 'moves'>,
): Recurrence => ({
  rrule: schedule.rrule,
  start: toLocal(schedule.startDate),
  exceptions: (schedule.exceptions ?? []).map((e) => toLocal(e.date)),
  moves: (schedule.moves ?? []).map((m) => ({ from: toLocal(m.from), to: toLocal(m.to) })),
})
