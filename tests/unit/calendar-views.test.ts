import { describe, expect, it } from 'vitest'

import {
  isLocalMonth,
  localDatesOf,
  localToInstant,
  monthGrid,
  parseDateRange,
  shiftMonth,
  weekStartsOn,
} from '../../engines/calendar'

const now = localToInstant('2026-11-23T12:00')

describe('month grid', () => {
  it('should start weeks on the day CLDR gives for fr-CA and en-CA (Sunday)', () => {
    for (const tag of ['fr-CA', 'en-CA']) {
      const locale = new Intl.Locale(tag) as Intl.Locale & { weekInfo?: { firstDay: number } }
      expect((locale.weekInfo?.firstDay ?? -1) % 7).toBe(weekStartsOn)
    }
  })

  it('should cover a month in whole weeks, padding with the neighbouring months', () => {
    const february = monthGrid('2026-02') // 1 February 2026 is a Sunday, 28 days: exactly 4 weeks
    expect([february.firstDay, february.days]).toEqual(['2026-02-01', 28])
    const may = monthGrid('2027-05') // starts on a Saturday, ends on a Monday: 6 weeks
    expect([may.firstDay, may.days, may.weeks.length]).toEqual(['2027-04-25', 42, 6])
    expect(may.weeks[5].map((d) => [d.date, d.isInMonth])[1]).toEqual(['2027-05-31', true])
    expect(may.weeks[5][2]).toEqual({ date: '2027-06-01', isInMonth: false })
  })

  it('should read and shift months, rejecting malformed ones', () => {
    expect(['2026-12', '2026-13', '2026-1', '26-12', '2026-12-01', 42].map(isLocalMonth)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ])
    expect([
      shiftMonth('2026-12', 1),
      shiftMonth('2026-01', -1),
      shiftMonth('2026-11', 14),
    ]).toEqual(['2027-01', '2025-12', '2028-01'])
    expect(() => monthGrid('2026-13')).toThrow(RangeError)
  })

  it('should place an occurrence on the local days it covers, its end excluded', () => {
    expect(
      localDatesOf({
        start: localToInstant('2026-11-07T23:00'),
        end: localToInstant('2026-11-07T23:45'),
      }),
    ).toEqual(['2026-11-07'])
    expect(
      localDatesOf({ start: localToInstant('2026-11-20'), end: localToInstant('2026-11-23') }),
    ).toEqual(['2026-11-20', '2026-11-21', '2026-11-22'])
    expect(
      localDatesOf({
        start: localToInstant('2026-11-07T22:00'),
        end: localToInstant('2026-11-08T01:00'),
      }),
    ).toEqual(['2026-11-07', '2026-11-08'])
  })
})

describe('date range of the events list', () => {
  it('should default to today and the next three months when no date is given', () => {
    expect(parseDateRange({}, { now })).toEqual({
      from: '2026-11-23',
      to: '2027-02-22',
      isDefault: true,
      issues: [],
    })
  })

  it('should accept one or both dates, a lone start giving three months', () => {
    expect(parseDateRange({ from: '2026-12-01', to: '2026-12-31' }, { now })).toMatchObject({
      from: '2026-12-01',
      to: '2026-12-31',
      isDefault: false,
      issues: [],
    })
    expect(parseDateRange({ from: '2026-12-01' }, { now })).toMatchObject({
      from: '2026-12-01',
      to: '2027-03-02',
    })
    expect(parseDateRange({ to: '2026-12-01' }, { now })).toMatchObject({
      from: '2026-11-23',
      to: '2026-12-01',
    })
    expect(parseDateRange({ from: ['2026-12-01', 'x'] }, { now })).toMatchObject({
      from: '2026-12-01',
      issues: [],
    })
  })

  it('should fall back to the default range with the reason for bad, reversed or far-off dates', () => {
    expect(parseDateRange({ from: '2026-02-30' }, { now }).issues).toEqual([
      { code: 'invalidFrom', value: '2026-02-30' },
    ])
    expect(parseDateRange({ to: `${'9'.repeat(500)}` }, { now }).issues).toEqual([
      { code: 'invalidTo', value: `${'9'.repeat(20)}…` },
    ])
    expect(parseDateRange({ from: '2026-12-10', to: '2026-12-01' }, { now })).toMatchObject({
      isDefault: true,
      from: '2026-11-23',
      issues: [{ code: 'reversed', from: '2026-12-10', to: '2026-12-01' }],
    })
    expect(parseDateRange({ from: '9999-01-01', to: '9999-01-02' }, { now })).toMatchObject({
      isDefault: true,
      issues: [{ code: 'outOfBounds', min: '2021-11-23', max: '2031-11-23' }],
    })
  })

  it('should shorten a range longer than 366 days from its start', () => {
    expect(parseDateRange({ from: '2027-01-01', to: '2028-06-30' }, { now })).toMatchObject({
      from: '2027-01-01',
      to: '2028-01-01',
      isDefault: false,
      issues: [{ code: 'tooLong', maxDays: 366 }],
    })
    expect(parseDateRange({ from: '2027-01-01', to: '2028-01-01' }, { now }).issues).toEqual([])
  })
})
