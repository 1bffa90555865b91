import { describe, expect, it } from 'vitest'

import {
  addBusinessDays,
  easterSunday,
  isNonBusinessDay,
  quebecHolidays,
} from '../requests/holidays'

const dates = (year: number) => Object.fromEntries(quebecHolidays(year).map((h) => [h.key, h.date]))

describe('Quebec statutory holidays and business days', () => {
  it('should compute Easter for known years', () => {
    expect(easterSunday(2024).toISOString().slice(0, 10)).toBe('2024-03-31')
    expect(easterSunday(2025).toISOString().slice(0, 10)).toBe('2025-04-20')
    expect(easterSunday(2026).toISOString().slice(0, 10)).toBe('2026-04-05')
    expect(easterSunday(2027).toISOString().slice(0, 10)).toBe('2027-03-28')
  })

  it('should list the 2026 holidays as published by the CNESST', () => {
    expect(dates(2026)).toEqual({
      'new-year': '2026-01-01',
      'good-friday': '2026-04-03',
      'easter-monday': '2026-04-06',
      patriots: '2026-05-18',
      'fete-nationale': '2026-06-24',
      'canada-day': '2026-07-01',
      'labour-day': '2026-09-07',
      thanksgiving: '2026-10-12',
      christmas: '2026-12-25',
    })
  })

  it('should move June 24 and July 1 to Monday when they fall on a Sunday, and place Patriots’ Day before May 25', () => {
    // 2029: June 24 and July 1 are Sundays.
    expect(dates(2029)['fete-nationale']).toBe('2029-06-25')
    expect(dates(2029)['canada-day']).toBe('2029-07-02')
    // 2025: May 25 is a Sunday → May 19; 2026: May 25 is a Monday → May 18 (the Monday before).
    expect(dates(2025).patriots).toBe('2025-05-19')
    expect(dates(2026).patriots).toBe('2026-05-18')
  })

  it('should skip weekends and holidays when counting business days', () => {
    expect(isNonBusinessDay('2026-11-21')).toBe(true) // Saturday
    expect(isNonBusinessDay('2026-11-23')).toBe(false)
    // Monday + 5 business days = next Monday.
    expect(addBusinessDays('2026-11-23', 5)).toBe('2026-11-30')
    // Friday before Christmas: Dec 25 (Fri) and weekends skipped; Jan 1 (Fri) too.
    expect(addBusinessDays('2026-12-18', 5)).toBe('2026-12-28')
    expect(addBusinessDays('2026-12-24', 5)).toBe('2027-01-04')
    // Thursday before Easter 2026: Good Friday, weekend, Easter Monday skipped.
    expect(addBusinessDays('2026-04-02', 1)).toBe('2026-04-07')
    // Submitted on a Saturday: counting starts with Monday.
    expect(addBusinessDays('2026-11-21', 1)).toBe('2026-11-23')
    expect(addBusinessDays('2026-11-21', 0)).toBe('2026-11-23')
    expect(() => addBusinessDays('2026-11-21', -1)).toThrow(RangeError)
  })
})
