import { tz } from '@date-fns/tz'
import { format } from 'date-fns'
import { describe, expect, it } from 'vitest'

import {
  CalendarError,
  type Occurrence,
  type Recurrence,
  cityTimeZone,
  expandOccurrences,
  instantToLocalDate,
  instantToLocalDateTime,
  isLocalDate,
  isLocalDateTime,
  localToInstant,
  validateRecurrence,
} from '../../engines/calendar'

const utcOffset = (instant: Date) => format(instant, 'XXX', { in: tz(cityTimeZone) })
const localTimes = (occurrences: Occurrence[]) =>
  occurrences.map(({ start }) => instantToLocalDateTime(start))
const range = (from: string, to: string) => ({ from: localToInstant(from), to: localToInstant(to) })

const caught = (action: () => unknown): CalendarError => {
  try {
    action()
  } catch (error) {
    if (error instanceof CalendarError) return error
    throw error
  }
  throw new Error('expected a CalendarError')
}

describe('city time zone helpers', () => {
  it('should convert local wall-clock times to instants with the offset in force that day', () => {
    expect(localToInstant('2026-03-07T07:00').toISOString()).toBe('2026-03-07T12:00:00.000Z')
    expect(localToInstant('2026-03-09T07:00').toISOString()).toBe('2026-03-09T11:00:00.000Z')
    expect(localToInstant('2026-11-02T07:00').toISOString()).toBe('2026-11-02T12:00:00.000Z')
    expect(localToInstant('2026-07-01').toISOString()).toBe('2026-07-01T04:00:00.000Z')
  })

  it('should format an instant as the local date, which can differ from the UTC date', () => {
    const lateEvening = new Date('2026-03-09T03:30:00Z')
    expect(instantToLocalDate(lateEvening)).toBe('2026-03-08')
    expect(instantToLocalDateTime(lateEvening)).toBe('2026-03-08T23:30')
  })

  it('should resolve a skipped spring time after the gap and a repeated fall time to its first occurrence', () => {
    expect(instantToLocalDateTime(localToInstant('2026-03-08T02:30'))).toBe('2026-03-08T03:30')
    const repeated = localToInstant('2026-11-01T01:30')
    expect(repeated.toISOString()).toBe('2026-11-01T05:30:00.000Z')
    expect(utcOffset(repeated)).toBe('-04:00')
  })

  it('should accept only real, zero-padded local dates and times', () => {
    expect(isLocalDate('2028-02-29')).toBe(true)
    expect(isLocalDate('2026-02-29')).toBe(false)
    expect(isLocalDate('2026-3-8')).toBe(false)
    expect(isLocalDateTime('2026-03-08T07:00')).toBe(true)
    expect(isLocalDateTime('2026-03-08T24:00')).toBe(false)
    expect(isLocalDateTime('2026-03-08 07:00')).toBe(false)
  })

  it('should throw a bilingual CalendarError for a malformed local value', () => {
    const error = caught(() => localToInstant('2026-02-30'))
    expect(error.message).toBe(
      'Date invalide : « 2026-02-30 » (attendu AAAA-MM-JJ ou AAAA-MM-JJTHH:mm) / Invalid date: "2026-02-30" (expected YYYY-MM-DD or YYYY-MM-DDTHH:mm)',
    )
  })
})

describe('expandOccurrences', () => {
  it('should keep a weekly 07:00 collection at 07:00 across the March 2026 daylight-saving change', () => {
    const occurrences = expandOccurrences(
      { rrule: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-02-22T07:00', durationMinutes: 30 },
      range('2026-03-01', '2026-03-16'),
    )
    expect(localTimes(occurrences)).toEqual([
      '2026-03-01T07:00',
      '2026-03-08T07:00',
      '2026-03-15T07:00',
    ])
    expect(occurrences.map(({ start }) => utcOffset(start))).toEqual(['-05:00', '-04:00', '-04:00'])
    expect(occurrences.map(({ start }) => start.toISOString())).toEqual([
      '2026-03-01T12:00:00.000Z',
      '2026-03-08T11:00:00.000Z',
      '2026-03-15T11:00:00.000Z',
    ])
    for (const { start, end } of occurrences) {
      expect(end.getTime() - start.getTime()).toBe(30 * 60_000)
    }
  })

  it('should keep a weekly 07:00 collection at 07:00 across the November 2026 change back', () => {
    const occurrences = expandOccurrences(
      { rrule: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-10-04T07:00' },
      range('2026-10-25', '2026-11-09'),
    )
    expect(localTimes(occurrences)).toEqual([
      '2026-10-25T07:00',
      '2026-11-01T07:00',
      '2026-11-08T07:00',
    ])
    expect(occurrences.map(({ start }) => utcOffset(start))).toEqual(['-04:00', '-05:00', '-05:00'])
  })

  it('should keep the wall-clock time of a weekday rule over a whole year', () => {
    const occurrences = expandOccurrences(
      { rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06T07:00' },
      range('2026-01-01', '2027-01-01'),
    )
    expect(occurrences).toHaveLength(52)
    expect(new Set(localTimes(occurrences).map((local) => local.slice(11)))).toEqual(
      new Set(['07:00']),
    )
    expect(new Set(occurrences.map(({ start }) => utcOffset(start)))).toEqual(
      new Set(['-05:00', '-04:00']),
    )
  })

  it('should follow RFC 5545 for a daily time that the spring change skips or the fall change repeats', () => {
    const skipped = expandOccurrences(
      { rrule: 'FREQ=DAILY', start: '2026-03-06T02:30' },
      range('2026-03-07', '2026-03-10'),
    )
    expect(localTimes(skipped)).toEqual([
      '2026-03-07T02:30',
      '2026-03-08T03:30',
      '2026-03-09T02:30',
    ])
    const repeated = expandOccurrences(
      { rrule: 'FREQ=DAILY', start: '2026-10-30T01:30' },
      range('2026-11-01', '2026-11-02'),
    )
    expect(repeated.map(({ start }) => [start.toISOString(), utcOffset(start)])).toEqual([
      ['2026-11-01T05:30:00.000Z', '-04:00'],
    ])
  })

  it('should expand an every-two-weeks rule', () => {
    const occurrences = expandOccurrences(
      { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', start: '2026-01-07T07:00' },
      range('2026-01-01', '2026-03-01'),
    )
    expect(occurrences.map(({ localDate }) => localDate)).toEqual([
      '2026-01-07',
      '2026-01-21',
      '2026-02-04',
      '2026-02-18',
    ])
  })

  it('should start at the first date the rule matches when the start itself does not', () => {
    const occurrences = expandOccurrences(
      { rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-02-01T07:00' },
      range('2026-01-01', '2026-02-15'),
    )
    expect(occurrences.map(({ localDate }) => localDate)).toEqual(['2026-02-03', '2026-02-10'])
  })

  it('should remove an occurrence on an exception date', () => {
    const occurrences = expandOccurrences(
      { rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06T07:00', exceptions: ['2026-01-13'] },
      range('2026-01-01', '2026-01-31'),
    )
    expect(occurrences.map(({ localDate }) => localDate)).toEqual([
      '2026-01-06',
      '2026-01-20',
      '2026-01-27',
    ])
  })

  it('should move a holiday occurrence to its new date at the same time and flag it', () => {
    const recurrence: Recurrence = {
      rrule: 'FREQ=WEEKLY;BYDAY=FR',
      start: '2026-01-02T07:00',
      durationMinutes: 45,
      moves: [{ from: '2026-12-25', to: '2026-12-27' }],
    }
    const occurrences = expandOccurrences(recurrence, range('2026-12-15', '2027-01-05'))
    expect(
      occurrences.map(({ start, isMoved }) => [instantToLocalDateTime(start), isMoved]),
    ).toEqual([
      ['2026-12-18T07:00', false],
      ['2026-12-27T07:00', true],
      ['2027-01-01T07:00', false],
    ])
    const moved = occurrences[1]
    expect(moved.localDate).toBe('2026-12-27')
    expect(moved.end.getTime() - moved.start.getTime()).toBe(45 * 60_000)
  })

  it('should follow a move whose original date is outside the range into it, and out of it', () => {
    const recurrence: Recurrence = {
      rrule: 'FREQ=WEEKLY;BYDAY=FR',
      start: '2026-01-02T07:00',
      moves: [{ from: '2026-12-25', to: '2026-12-27' }],
    }
    expect(localTimes(expandOccurrences(recurrence, range('2026-12-26', '2026-12-31')))).toEqual([
      '2026-12-27T07:00',
    ])
    expect(expandOccurrences(recurrence, range('2026-12-24', '2026-12-26'))).toEqual([])
  })

  it('should ignore a move from a date with no occurrence', () => {
    const occurrences = expandOccurrences(
      {
        rrule: 'FREQ=WEEKLY;BYDAY=FR',
        start: '2026-01-02T07:00',
        moves: [{ from: '2026-12-24', to: '2026-12-27' }],
      },
      range('2026-12-20', '2026-12-31'),
    )
    expect(occurrences.map(({ localDate, isMoved }) => [localDate, isMoved])).toEqual([
      ['2026-12-25', false],
    ])
  })

  it('should yield the single occurrence of a recurrence without a rule', () => {
    const occurrences = expandOccurrences(
      { start: '2026-03-10T19:00', end: '2026-03-10T21:30' },
      range('2026-03-01', '2026-04-01'),
    )
    expect(occurrences).toEqual([
      {
        start: new Date('2026-03-10T23:00:00Z'),
        end: new Date('2026-03-11T01:30:00Z'),
        localDate: '2026-03-10',
        isAllDay: false,
        isMoved: false,
      },
    ])
  })

  it('should move or cancel the single occurrence of a recurrence without a rule', () => {
    const single = { start: '2026-06-24T10:00', durationMinutes: 60 }
    const june = range('2026-06-01', '2026-07-01')
    expect(
      localTimes(
        expandOccurrences({ ...single, moves: [{ from: '2026-06-24', to: '2026-06-25' }] }, june),
      ),
    ).toEqual(['2026-06-25T10:00'])
    expect(expandOccurrences({ ...single, exceptions: ['2026-06-24'] }, june)).toEqual([])
  })

  it('should give all-day occurrences that span whole local days, the last day included', () => {
    const [festival] = expandOccurrences(
      { start: '2026-07-03', end: '2026-07-05' },
      range('2026-07-01', '2026-08-01'),
    )
    expect(festival).toEqual({
      start: new Date('2026-07-03T04:00:00Z'),
      end: new Date('2026-07-06T04:00:00Z'),
      localDate: '2026-07-03',
      isAllDay: true,
      isMoved: false,
    })
  })

  it('should start weekly all-day occurrences at local midnight on both sides of a change', () => {
    const occurrences = expandOccurrences(
      { rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-10-26' },
      range('2026-10-26', '2026-11-03'),
    )
    expect(
      occurrences.map(({ start, end, isAllDay }) => [
        start.toISOString(),
        end.toISOString(),
        isAllDay,
      ]),
    ).toEqual([
      ['2026-10-26T04:00:00.000Z', '2026-10-27T04:00:00.000Z', true],
      ['2026-11-02T05:00:00.000Z', '2026-11-03T05:00:00.000Z', true],
    ])
  })

  it('should include an occurrence starting at `from` or under way then, and exclude one starting at `to`', () => {
    const daily: Recurrence = {
      rrule: 'FREQ=DAILY',
      start: '2026-05-01T10:00',
      durationMinutes: 120,
    }
    const dates = (from: string, to: string) =>
      expandOccurrences(daily, range(from, to)).map(({ localDate }) => localDate)
    expect(dates('2026-05-02T10:00', '2026-05-04T10:00')).toEqual(['2026-05-02', '2026-05-03'])
    expect(dates('2026-05-02T11:59', '2026-05-03T10:00')).toEqual(['2026-05-02'])
    expect(dates('2026-05-02T12:00', '2026-05-03T10:01')).toEqual(['2026-05-03'])
    expect(dates('2026-04-01', '2026-05-01T10:00')).toEqual([])
  })

  it('should count an instant occurrence exactly at `from` but not one at `to`', () => {
    const instant: Recurrence = { rrule: 'FREQ=DAILY', start: '2026-05-01T07:00' }
    expect(
      expandOccurrences(instant, range('2026-05-02T07:00', '2026-05-03T07:00')).map(
        ({ localDate }) => localDate,
      ),
    ).toEqual(['2026-05-02'])
  })

  it('should stop at the limit, keeping the earliest occurrences', () => {
    const endless: Recurrence = { rrule: 'FREQ=DAILY', start: '2026-01-01T07:00' }
    const firstTen = expandOccurrences(endless, range('2026-01-01', '2027-01-01'), { limit: 10 })
    expect(firstTen.map(({ localDate }) => localDate)).toEqual(
      Array.from({ length: 10 }, (_, index) => `2026-01-${String(index + 1).padStart(2, '0')}`),
    )
    expect(expandOccurrences(endless, range('2026-01-01', '2100-01-01'))).toHaveLength(1000)
  })

  it('should keep moved occurrences in order when the limit applies', () => {
    const occurrences = expandOccurrences(
      {
        rrule: 'FREQ=WEEKLY;BYDAY=FR',
        start: '2026-01-02T07:00',
        moves: [{ from: '2026-01-09', to: '2026-01-03' }],
      },
      range('2026-01-01', '2026-12-31'),
      { limit: 3 },
    )
    expect(occurrences.map(({ localDate, isMoved }) => [localDate, isMoved])).toEqual([
      ['2026-01-02', false],
      ['2026-01-03', true],
      ['2026-01-16', false],
    ])
  })

  it('should honour COUNT, and UNTIL as a whole local day', () => {
    const whole = range('2026-01-01', '2027-01-01')
    expect(
      expandOccurrences(
        { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3', start: '2026-01-06T07:00' },
        whole,
      ),
    ).toHaveLength(3)
    const untilEnd = expandOccurrences(
      { rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260127', start: '2026-01-06T19:00' },
      whole,
    )
    expect(untilEnd.map(({ localDate }) => localDate)).toEqual([
      '2026-01-06',
      '2026-01-13',
      '2026-01-20',
      '2026-01-27',
    ])
  })

  it('should expand a monthly rule on the second Tuesday', () => {
    const occurrences = expandOccurrences(
      { rrule: 'FREQ=MONTHLY;BYDAY=2TU', start: '2026-01-01T19:00' },
      range('2026-01-01', '2026-04-01'),
    )
    expect(occurrences.map(({ localDate }) => localDate)).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
    ])
  })
})

describe('recurrence validation', () => {
  const collection: Recurrence = { rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06T07:00' }
  const january = range('2026-01-01', '2026-02-01')

  it('should throw a bilingual CalendarError for an unparsable RRULE', () => {
    for (const rrule of [
      'FREQ=WEEKLY;BYDAY=XX',
      'FREQ=SOMETIMES',
      'BYDAY=TU',
      'FREQ=WEEKLY;INTERVAL=abc',
      'FREQ=WEEKLY;COLOUR=BLUE',
      'FREQ=WEEKLY;;BYDAY',
    ]) {
      const error = caught(() => expandOccurrences({ ...collection, rrule }, january))
      expect(error.message).toMatch(
        /^Règle de récurrence invalide : .+ \/ Invalid recurrence rule: .+$/,
      )
      expect(error.fr).toMatch(/^Règle de récurrence invalide : /)
      expect(error.en).toMatch(/^Invalid recurrence rule: /)
    }
  })

  it('should refuse sub-daily frequencies, BYHOUR and COUNT with UNTIL', () => {
    expect(validateRecurrence({ ...collection, rrule: 'FREQ=HOURLY' })).toMatch(
      /unsupported frequency "HOURLY"/,
    )
    expect(validateRecurrence({ ...collection, rrule: 'FREQ=DAILY;BYHOUR=7,19' })).toMatch(
      /the time of day comes from the event's start/,
    )
    expect(
      validateRecurrence({ ...collection, rrule: 'FREQ=DAILY;COUNT=3;UNTIL=20260301' }),
    ).toMatch(/COUNT and UNTIL cannot be combined/)
  })

  it('should reject a rule that never produces an occurrence', () => {
    expect(
      validateRecurrence({ ...collection, rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30' }),
    ).toMatch(/Invalid recurrence rule: no BYMONTHDAY=30 day exists in the chosen months/)
    // Unchecked, rrule would walk every period up to year 9999 for these (about 14 s for a daily
    // rule). Tests never assert on wall time: the benchmark is where speed is reported.
    for (const rrule of [
      'FREQ=DAILY;INTERVAL=7;BYDAY=TU',
      'FREQ=DAILY;INTERVAL=14;BYDAY=TU',
      'FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29',
      'FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=15',
    ]) {
      expect(validateRecurrence({ rrule, start: '2025-01-06T07:00' })).toMatch(
        /Invalid recurrence rule: it never produces an occurrence/,
      )
    }
  })

  it('should reject a malformed date with a bilingual message', () => {
    expect(validateRecurrence({ ...collection, start: '2026-02-30T07:00' })).toBe(
      'Début invalide : « 2026-02-30T07:00 » (attendu AAAA-MM-JJ ou AAAA-MM-JJTHH:mm) / Invalid start: "2026-02-30T07:00" (expected YYYY-MM-DD or YYYY-MM-DDTHH:mm)',
    )
    expect(validateRecurrence({ ...collection, exceptions: ['2026-01-13T07:00'] })).toMatch(
      /^Date d'exception invalide : .+ \/ Invalid exception date: "2026-01-13T07:00"/,
    )
    expect(() => expandOccurrences({ ...collection, start: '06/01/2026' }, january)).toThrow(
      CalendarError,
    )
  })

  it('should reject an end before the start', () => {
    const error = caught(() =>
      expandOccurrences({ start: '2026-03-10T19:00', end: '2026-03-10T18:00' }, january),
    )
    expect(error.message).toBe(
      'La fin (2026-03-10T18:00) précède le début (2026-03-10T19:00) / The end (2026-03-10T18:00) is before the start (2026-03-10T19:00)',
    )
    expect(validateRecurrence({ start: '2026-03-10', end: '2026-03-10T18:00' })).toMatch(
      /must both be dates, or both be dates with a time/,
    )
  })

  it('should reject a move onto a date that is not a valid date', () => {
    const error = caught(() =>
      expandOccurrences(
        { ...collection, moves: [{ from: '2026-01-13', to: '2026-02-30' }] },
        january,
      ),
    )
    expect(error.message).toBe(
      'Déplacement invalide : la nouvelle date « 2026-02-30 » n\'est pas une date valide (AAAA-MM-JJ) / Invalid move: the new date "2026-02-30" is not a valid date (YYYY-MM-DD)',
    )
  })

  it('should reject a date both cancelled and moved', () => {
    expect(
      validateRecurrence({
        ...collection,
        exceptions: ['2026-01-13'],
        moves: [{ from: '2026-01-13', to: '2026-01-14' }],
      }),
    ).toMatch(/2026-01-13 is both cancelled and moved/)
  })

  it('should return null for a valid recurrence', () => {
    expect(
      validateRecurrence({
        ...collection,
        durationMinutes: 60,
        exceptions: ['2026-01-13'],
        moves: [{ from: '2026-01-20', to: '2026-01-21' }],
      }),
    ).toBeNull()
    expect(validateRecurrence({ start: '2026-07-03', end: '2026-07-05' })).toBeNull()
  })

  it('should report exceptions and moves that fall on no occurrence', () => {
    expect(validateRecurrence({ ...collection, exceptions: ['2026-01-14'] })).toBe(
      'Exception invalide : aucune occurrence le 2026-01-14 / Invalid exception: no occurrence on 2026-01-14',
    )
    expect(
      validateRecurrence({ ...collection, moves: [{ from: '2026-01-14', to: '2026-01-15' }] }),
    ).toBe(
      'Déplacement invalide : aucune occurrence le 2026-01-14 à déplacer / Invalid move: no occurrence on 2026-01-14 to move',
    )
  })
})
