import { expandOccurrences, instantToLocalDate, localToInstant } from '@engines/calendar'
import type { CollectionSchedule, WateringRule } from '@/payload-types'

import { scheduleRecurrence } from './recurrence'

export type CollectionDay = {
  date: string
  streams: { stream: CollectionSchedule['stream']; isMoved: boolean }[]
}

/**
 * The collection days of the coming `weeks` weeks (today included), each with the streams picked up
 * that day, in date order. A schedule whose rule cannot be expanded is skipped rather than breaking
 * the page (the admin refuses such rules; this guards older data).
 */
export const upcomingCollections = (
  schedules: CollectionSchedule[],
  { today = instantToLocalDate(new Date()), weeks = 8 }: { today?: string; weeks?: number } = {},
): CollectionDay[] => {
  // The same for every resident of a sector on a given day: expanded once (the recurrence and
  // time-zone arithmetic was a seventh of Mon dossier's CPU), again after any schedule's edit.
  const key = `${today}|${weeks}|${schedules.map((s) => `${s.id}@${s.updatedAt}`).join(',')}`
  const known = memo.get(key)
  if (known) return known
  const days = expandCollections(schedules, today, weeks)
  if (memo.size >= memoLimit) memo.clear()
  memo.set(key, days)
  return days
}

const memoLimit = 1000
const memo = new Map<string, CollectionDay[]>()

const expandCollections = (
  schedules: CollectionSchedule[],
  today: string,
  weeks: number,
): CollectionDay[] => {
  const from = localToInstant(today)
  const to = new Date(from.getTime() + weeks * 7 * 86_400_000)
  const byDate = new Map<string, CollectionDay>()
  for (const schedule of schedules) {
    let occurrences: ReturnType<typeof expandOccurrences> = []
    try {
      occurrences = expandOccurrences(scheduleRecurrence(schedule), { from, to })
    } catch {
      continue
    }
    for (const occurrence of occurrences) {
      const day = byDate.get(occurrence.localDate) ?? { date: occurrence.localDate, streams: [] }
      day.streams.push({ stream: schedule.stream, isMoved: occurrence.isMoved })
      byDate.set(occurrence.localDate, day)
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date))
}

/** The watering rules that apply to a civic number (odd or even), in force or coming this year. */
export const wateringRulesFor = (rules: WateringRule[], civicNumber: number): WateringRule[] =>
  rules.filter(
    (rule) => rule.parity === 'all' || rule.parity === (civicNumber % 2 === 0 ? 'even' : 'odd'),
  )
