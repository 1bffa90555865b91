import { describe, expect, it } from 'vitest'

import {
  createHold,
  formatTimeOfDay,
  holdSecondsLeft,
  holdText,
  isHoldValid,
  partitionHolds,
} from '../lib/holds'

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('activities: holds', () => {
  it('should hold places for 15 minutes by default, or as long as asked', () => {
    const at = new Date('2026-06-01T17:50:00Z')
    expect(createHold({ at, places: 2 })).toEqual({
      createdAt: '2026-06-01T17:50:00.000Z',
      expiresAt: '2026-06-01T18:05:00.000Z',
      places: 2,
    })
    expect(createHold({ at, places: 1, minutes: 30 }).expiresAt).toBe('2026-06-01T18:20:00.000Z')
    expect(() => createHold({ at, places: 0 })).toThrow(RangeError)
    expect(() => createHold({ at, places: 1, minutes: 0 })).toThrow(RangeError)
    expect(() => createHold({ at, places: 1.5 })).toThrow(RangeError)
  })

  it('should be valid strictly before its expiry instant', () => {
    const hold = createHold({ at: new Date('2026-06-01T17:50:00Z'), places: 1 })
    expect(isHoldValid(hold, new Date('2026-06-01T17:50:00Z'))).toBe(true)
    expect(isHoldValid(hold, new Date('2026-06-01T18:04:59.999Z'))).toBe(true)
    expect(isHoldValid(hold, new Date('2026-06-01T18:05:00.000Z'))).toBe(false)
    expect(isHoldValid(hold, new Date('2026-06-01T19:00:00Z'))).toBe(false)
    expect(holdSecondsLeft(hold, new Date('2026-06-01T17:50:00Z'))).toBe(900)
    expect(holdSecondsLeft(hold, new Date('2026-06-01T18:04:59.001Z'))).toBe(1)
    expect(holdSecondsLeft(hold, new Date('2026-06-01T18:05:00Z'))).toBe(0)
    expect(holdSecondsLeft(hold, new Date('2026-06-01T18:10:00Z'))).toBe(0)
  })

  it('should say until when in Quebec French and Canadian English, in the city’s time', () => {
    // 18:05 UTC is 14:05 in Toronto in June (EDT).
    const hold = createHold({ at: new Date('2026-06-01T17:50:00Z'), places: 1 })
    const text = holdText(hold, new Date('2026-06-01T17:50:00Z'))
    expect(plain(text.fr)).toBe('Vos places sont réservées jusqu’à 14 h 05.')
    expect(plain(text.en)).toBe('Until 2:05 p.m., your places are held for you.')
    expect(holdText(hold, new Date('2026-06-01T18:05:00Z'))).toEqual({
      fr: 'Votre réservation de places a expiré.',
      en: 'Your hold on these places has expired.',
    })
    // In winter (EST), across midnight, at noon; the spaces never break.
    expect(plain(formatTimeOfDay(new Date('2026-01-15T05:05:00Z'), 'fr'))).toBe('0 h 05')
    expect(plain(formatTimeOfDay(new Date('2026-01-15T05:05:00Z'), 'en'))).toBe('12:05 a.m.')
    expect(plain(formatTimeOfDay(new Date('2026-01-15T14:07:00Z'), 'fr'))).toBe('9 h 07')
    expect(plain(formatTimeOfDay(new Date('2026-06-01T16:00:00Z'), 'fr'))).toBe('12 h 00')
    expect(formatTimeOfDay(new Date('2026-06-01T18:05:00Z'), 'fr')).toBe('14\u00a0h\u00a005')
  })

  it('should hand back the expired holds, and only those', () => {
    const holds = [
      { id: 'a', ...createHold({ at: new Date('2026-06-01T17:40:00Z'), places: 1 }) },
      { id: 'b', ...createHold({ at: new Date('2026-06-01T17:45:00Z'), places: 3 }) },
      { id: 'c', ...createHold({ at: new Date('2026-06-01T17:50:00Z'), places: 2 }) },
    ]
    const { valid, expired } = partitionHolds(holds, new Date('2026-06-01T18:00:00Z'))
    expect(expired.map((h) => h.id)).toEqual(['a', 'b'])
    expect(valid.map((h) => h.id)).toEqual(['c'])
    expect(expired.reduce((n, h) => n + h.places, 0)).toBe(4)
  })
})
