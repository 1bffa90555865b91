import { describe, expect, it } from 'vitest'

import {
  formatClock,
  formatDay,
  formatDayTime,
  formatLongDate,
  labelColon,
} from '@/lib/schedules/format'

describe('collections pages: dates and times as residents read them', () => {
  it('should put the weekday first and write the first of the month "1er" in French', () => {
    expect(formatDay('fr', '2027-05-01')).toBe('samedi 1er mai 2027')
    expect(formatDay('fr', '2027-05-03')).toBe('lundi 3 mai 2027')
    expect(formatDay('en', '2027-05-01')).toBe('Saturday, May 1, 2027')
    expect(formatLongDate('fr', '2027-05-01T12:00:00.000Z')).toBe('1er mai 2027')
    expect(formatLongDate('en', '2027-09-30T12:00:00.000Z')).toBe('September 30, 2027')
  })

  it('should write hours as "20 h" and "6 h 30" in French, "8 p.m." and "6:30 a.m." in English', () => {
    expect(formatClock('fr', '20:00')).toBe('20 h')
    expect(formatClock('fr', '06:30')).toBe('6 h 30')
    expect(formatClock('en', '20:00')).toBe('8 p.m.')
    expect(formatClock('en', '06:30')).toBe('6:30 a.m.')
    expect(formatClock('en', '12:00')).toBe('noon')
    expect(formatClock('en', '00:00')).toBe('midnight')
    // In the city's time zone, summer or winter.
    expect(formatDayTime('fr', '2026-12-01T01:00:00.000Z')).toBe('lundi 30 novembre 2026 à 20 h')
    expect(formatDayTime('en', '2027-07-01T00:30:00.000Z')).toBe(
      'Wednesday, June 30, 2027, 8:30 p.m.',
    )
  })

  it('should space the colon after a label in French only', () => {
    expect(labelColon('fr')).toBe('\u00a0: ')
    expect(labelColon('en')).toBe(': ')
  })
})
