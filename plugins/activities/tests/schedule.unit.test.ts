import { describe, expect, it } from 'vitest'

import { CalendarError } from '@engines/calendar'

import {
  type WeeklyPattern,
  meetingsOverlap,
  sessionSchedule,
  sessionWeeks,
  weekStartOf,
} from '../lib/schedule'

const iso = (date: Date) => date.toISOString()

describe('activities: schedule', () => {
  it('should keep the wall-clock time across the spring daylight-saving change', () => {
    // Clocks go forward in Toronto on Sunday 8 March 2026.
    const { meetings } = sessionSchedule({
      firstDate: '2026-03-01',
      lastDate: '2026-03-15',
      weekdays: ['SU'],
      startTime: '10:00',
      durationMinutes: 45,
    })
    expect(meetings.map((m) => iso(m.start))).toEqual([
      '2026-03-01T15:00:00.000Z',
      '2026-03-08T14:00:00.000Z',
      '2026-03-15T14:00:00.000Z',
    ])
    expect(meetings.map((m) => m.end.getTime() - m.start.getTime())).toEqual(
      [45, 45, 45].map((m) => m * 60_000),
    )
    expect(sessionWeeks(meetings)).toBe(3)
  })

  it('should keep the wall-clock time across the autumn change, an evening class included', () => {
    // Back to standard time on Sunday 1 November 2026: a Saturday 23:30 class ends after it.
    const { meetings } = sessionSchedule({
      firstDate: '2026-10-24',
      lastDate: '2026-11-07',
      weekdays: ['SA'],
      startTime: '23:30',
      durationMinutes: 120,
    })
    expect(meetings.map((m) => iso(m.start))).toEqual([
      '2026-10-25T03:30:00.000Z',
      '2026-11-01T03:30:00.000Z',
      '2026-11-08T04:30:00.000Z',
    ])
  })

  it('should skip a meeting on a city holiday by default, make it up or keep it as the session says', () => {
    // Easter Monday is 6 April 2026.
    const pattern: WeeklyPattern = {
      firstDate: '2026-03-30',
      lastDate: '2026-04-20',
      weekdays: ['MO'],
      startTime: '18:30',
      durationMinutes: 60,
    }
    const skipped = sessionSchedule(pattern)
    expect(skipped.meetings.map((m) => m.localDate)).toEqual([
      '2026-03-30',
      '2026-04-13',
      '2026-04-20',
    ])
    expect(skipped.holidays).toEqual([
      expect.objectContaining({
        date: '2026-04-06',
        key: 'easter-monday',
        fr: 'Lundi de Pâques',
        policy: 'skip',
      }),
    ])
    expect(sessionWeeks(skipped.meetings)).toBe(3)

    const madeUp = sessionSchedule({ ...pattern, onHoliday: 'makeUp' })
    expect(madeUp.meetings.map((m) => [m.localDate, m.isMoved])).toEqual([
      ['2026-03-30', false],
      ['2026-04-13', false],
      ['2026-04-20', false],
      ['2026-04-27', true],
    ])
    expect(iso(madeUp.meetings[3].start)).toBe('2026-04-27T22:30:00.000Z')
    expect(madeUp.holidays[0].movedTo).toBe('2026-04-27')

    const kept = sessionSchedule({ ...pattern, onHoliday: 'keep' })
    expect(kept.meetings).toHaveLength(4)
    expect(kept.holidays[0].policy).toBe('keep')
  })

  it('should make up a holiday over a later holiday, never on one', () => {
    // Mondays from Thanksgiving week: 5 Oct and 12 Oct 2026 (Thanksgiving); made up on 19 Oct.
    const { meetings } = sessionSchedule({
      firstDate: '2026-10-05',
      lastDate: '2026-10-12',
      weekdays: ['MO'],
      startTime: '09:00',
      durationMinutes: 60,
      onHoliday: 'makeUp',
    })
    expect(meetings.map((m) => m.localDate)).toEqual(['2026-10-05', '2026-10-19'])
    // Easter Monday (6 April 2026) made up after 11 May would land on Patriots' Day (18 May):
    // it steps to the Monday after.
    const spring = sessionSchedule({
      firstDate: '2026-04-06',
      lastDate: '2026-05-11',
      weekdays: ['MO'],
      startTime: '09:00',
      durationMinutes: 60,
      onHoliday: 'makeUp',
    })
    expect(spring.meetings.map((m) => m.localDate)).toEqual([
      '2026-04-13',
      '2026-04-20',
      '2026-04-27',
      '2026-05-04',
      '2026-05-11',
      '2026-05-25',
    ])
    expect(spring.holidays.map((h) => [h.key, h.movedTo])).toEqual([
      ['easter-monday', '2026-05-25'],
    ])
  })

  it('should count the weeks of a day camp with holidays and cancellations', () => {
    // Monday to Friday, 22 June – 3 July 2026: 24 June and 1 July are holidays (Wednesdays).
    const camp = sessionSchedule({
      firstDate: '2026-06-22',
      lastDate: '2026-07-03',
      weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'],
      startTime: '08:00',
      durationMinutes: 480,
    })
    expect(camp.meetings).toHaveLength(8)
    expect(camp.holidays.map((h) => h.key)).toEqual(['fete-nationale', 'canada-day'])
    expect(sessionWeeks(camp.meetings)).toBe(2)
    // A week whose every day is cancelled is not counted.
    const lost = sessionSchedule({
      firstDate: '2026-06-22',
      lastDate: '2026-07-03',
      weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'],
      startTime: '08:00',
      durationMinutes: 480,
      cancelledDates: ['2026-06-29', '2026-06-30', '2026-07-02', '2026-07-03'],
    })
    expect(sessionWeeks(lost.meetings)).toBe(1)
    expect(weekStartOf('2026-07-03')).toBe('2026-06-28')
  })

  it('should apply staff cancellations and moves, and leave a holiday staff already moved alone', () => {
    const { meetings, holidays } = sessionSchedule({
      firstDate: '2026-03-30',
      lastDate: '2026-04-20',
      weekdays: ['MO'],
      startTime: '18:30',
      durationMinutes: 60,
      cancelledDates: ['2026-04-13'],
      moves: [{ from: '2026-04-06', to: '2026-04-08' }],
    })
    expect(meetings.map((m) => [m.localDate, m.isMoved])).toEqual([
      ['2026-03-30', false],
      ['2026-04-08', true],
      ['2026-04-20', false],
    ])
    expect(holidays).toEqual([])
  })

  it('should follow an every-other-week pattern on two days', () => {
    const { meetings } = sessionSchedule({
      firstDate: '2026-09-08',
      lastDate: '2026-10-01',
      weekdays: ['TU', 'TH'],
      startTime: '19:00',
      durationMinutes: 90,
      intervalWeeks: 2,
    })
    expect(meetings.map((m) => m.localDate)).toEqual([
      '2026-09-08',
      '2026-09-10',
      '2026-09-22',
      '2026-09-24',
    ])
    expect(sessionWeeks(meetings)).toBe(2)
  })

  it('should refuse a malformed pattern', () => {
    const base: WeeklyPattern = {
      firstDate: '2026-09-08',
      lastDate: '2026-10-01',
      weekdays: ['TU'],
      startTime: '19:00',
      durationMinutes: 90,
    }
    expect(() => sessionSchedule({ ...base, weekdays: [] })).toThrow(RangeError)
    expect(() => sessionSchedule({ ...base, startTime: '7 pm' })).toThrow(RangeError)
    expect(() => sessionSchedule({ ...base, lastDate: '2026-09-01' })).toThrow(RangeError)
    expect(() => sessionSchedule({ ...base, firstDate: '2026-02-30' })).toThrow(CalendarError)
    expect(() =>
      sessionSchedule({
        ...base,
        cancelledDates: ['2026-09-15'],
        moves: [{ from: '2026-09-15', to: '2026-09-16' }],
      }),
    ).toThrow(CalendarError)
  })

  it('should tell when two sessions overlap for one member, edges excluded, with a margin', () => {
    const swim = sessionSchedule({
      firstDate: '2026-09-07',
      lastDate: '2026-11-30',
      weekdays: ['SA'],
      startTime: '09:00',
      durationMinutes: 60,
    }).meetings
    const atTen = sessionSchedule({
      firstDate: '2026-09-07',
      lastDate: '2026-11-30',
      weekdays: ['SA'],
      startTime: '10:00',
      durationMinutes: 60,
    }).meetings
    const atNineThirty = sessionSchedule({
      firstDate: '2026-11-01',
      lastDate: '2026-12-31',
      weekdays: ['SA'],
      startTime: '09:30',
      durationMinutes: 60,
    }).meetings
    const sunday = sessionSchedule({
      firstDate: '2026-09-07',
      lastDate: '2026-11-30',
      weekdays: ['SU'],
      startTime: '09:00',
      durationMinutes: 60,
    }).meetings
    expect(meetingsOverlap(swim, atTen)).toBe(false)
    expect(meetingsOverlap(swim, atTen, { marginMinutes: 15 })).toBe(true)
    expect(meetingsOverlap(swim, atNineThirty)).toBe(true)
    expect(meetingsOverlap(atNineThirty, swim)).toBe(true)
    expect(meetingsOverlap(swim, sunday)).toBe(false)
    expect(meetingsOverlap(swim, [])).toBe(false)
    // A one-off meeting inside a long one.
    const day = [{ start: new Date('2026-09-12T12:00:00Z'), end: new Date('2026-09-12T22:00:00Z') }]
    expect(meetingsOverlap(day, atTen)).toBe(true)
  })
})
