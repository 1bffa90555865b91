import { describe, expect, it } from 'vitest'

import { catalogues } from '../i18n/translate'
import { formatMoney, percentOf } from '../lib/money'
import {
  type PriceRules,
  discountPercentForRank,
  priceBasket,
  priceRegistration,
} from '../lib/pricing'

const flat: PriceRules = {
  resident: { per: 'session', cents: 10000 },
  nonResident: { per: 'session', cents: 15000 },
}
const at = new Date('2026-05-01T12:00:00Z')
const kids = [
  { id: 'a', name: 'Léa' },
  { id: 'b', name: 'Noah' },
  { id: 'c', name: 'Zoé' },
]
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0)

describe('activities: pricing', () => {
  it('should have exactly the same message keys in French and English, none empty', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.fr).sort())
    for (const catalogue of Object.values(catalogues))
      expect(Object.entries(catalogue).filter(([, v]) => !v.trim())).toEqual([])
  })

  it('should charge the resident price to a resident and the non-resident price otherwise', () => {
    const resident = priceRegistration({
      rules: flat,
      participants: [kids[0]],
      isResident: true,
      weeks: 10,
      at,
    })
    expect(resident.totalCents).toBe(10000)
    expect(resident.lines).toHaveLength(1)
    expect(resident.lines[0].label.fr).toBe('Léa : tarif résident')
    expect(resident.lines[0].label.en).toBe('Léa: resident price')
    const other = priceRegistration({
      rules: flat,
      participants: [kids[0]],
      isResident: false,
      weeks: 10,
      at,
    })
    expect(other.totalCents).toBe(15000)
    expect(other.lines[0].label.fr).toBe('Léa : tarif non-résident')
  })

  it('should charge per week and stop at the season cap', () => {
    const rules: PriceRules = {
      resident: { per: 'week', cents: 2500, seasonCapCents: 20000 },
      nonResident: { per: 'week', cents: 4000 },
    }
    const under = priceRegistration({
      rules,
      participants: [kids[0]],
      isResident: true,
      weeks: 6,
      at,
    })
    expect(under.totalCents).toBe(15000)
    expect(under.lines.map((l) => l.kind)).toEqual(['perWeek'])
    expect(plain(under.lines[0].label.fr)).toBe('Léa : 6 semaines × 25,00 $ (tarif résident)')
    expect(under.lines[0].label.en).toBe('Léa: 6 weeks × $25.00 (resident price)')
    const exactly = priceRegistration({
      rules,
      participants: [kids[0]],
      isResident: true,
      weeks: 8,
      at,
    })
    expect(exactly.totalCents).toBe(20000)
    expect(exactly.lines.map((l) => l.kind)).toEqual(['perWeek'])
    const over = priceRegistration({
      rules,
      participants: [kids[0]],
      isResident: true,
      weeks: 10,
      at,
    })
    expect(over.totalCents).toBe(20000)
    expect(over.lines.map((l) => [l.kind, l.cents])).toEqual([
      ['perWeek', 25000],
      ['cap', -5000],
    ])
    expect(plain(over.lines[1].label.fr)).toBe('Léa : plafond de la saison (200,00 $)')
    // No cap for non-residents here; one week reads in the singular.
    const one = priceRegistration({
      rules,
      participants: [kids[0]],
      isResident: false,
      weeks: 1,
      at,
    })
    expect(one.totalCents).toBe(4000)
    expect(one.lines[0].label.en).toBe('Léa: 1 week × $40.00 (non-resident price)')
    const many = priceRegistration({
      rules,
      participants: [kids[0]],
      isResident: false,
      weeks: 52,
      at,
    })
    expect(many.totalCents).toBe(208000)
  })

  it('should give the family discount to the cheaper participants, whatever the order given', () => {
    const rules: PriceRules = {
      ...flat,
      familyDiscount: [
        { fromRank: 2, percent: 10 },
        { fromRank: 3, percent: 20 },
      ],
    }
    const quote = priceRegistration({ rules, participants: kids, isResident: true, weeks: 1, at })
    // 100 + 90 + 80
    expect(quote.totalCents).toBe(27000)
    expect(quote.perParticipant).toEqual({ a: 10000, b: 9000, c: 8000 })
    expect(quote.lines.filter((l) => l.kind === 'familyDiscount').map((l) => l.label.fr)).toEqual([
      'Noah : rabais familial, 2e inscription (−10 %)',
      'Zoé : rabais familial, 3e inscription (−20 %)',
    ])
    expect(
      quote.lines.find((l) => l.participantId === 'c' && l.kind === 'familyDiscount')?.label.en,
    ).toBe('Zoé: family discount, 3rd registration (−20%)')
    // Fourth and more keep the highest tier.
    expect(discountPercentForRank(rules.familyDiscount, 1)).toBe(0)
    expect(discountPercentForRank(rules.familyDiscount, 2)).toBe(10)
    expect(discountPercentForRank(rules.familyDiscount, 7)).toBe(20)
    expect(
      discountPercentForRank(
        [
          { fromRank: 3, percent: 20 },
          { fromRank: 2, percent: 10 },
        ],
        4,
      ),
    ).toBe(20)
  })

  it('should count an adult out of the discount, and earlier registrations of the season in', () => {
    const rules: PriceRules = {
      resident: { per: 'session', cents: 10000 },
      nonResident: { per: 'session', cents: 10000 },
      familyDiscount: [{ fromRank: 2, percent: 50 }],
    }
    const withAdult = priceRegistration({
      rules,
      participants: [
        { id: 'adult', name: 'Maman', countsForFamilyDiscount: false },
        kids[0],
        kids[1],
      ],
      isResident: true,
      weeks: 1,
      at,
    })
    expect(withAdult.perParticipant).toEqual({ adult: 10000, a: 10000, b: 5000 })
    // A child already registered this season takes rank 1: both new ones are discounted.
    const withPrior = priceRegistration({
      rules,
      participants: [kids[0], kids[1]],
      isResident: true,
      weeks: 1,
      at,
      priorParticipants: 1,
    })
    expect(withPrior.totalCents).toBe(10000)
  })

  it('should give a checkout’s discount to the cheaper registrations, in whatever order chosen', () => {
    const camp: PriceRules = {
      resident: { per: 'week', cents: 10000, seasonCapCents: 35000 },
      nonResident: { per: 'week', cents: 15000 },
      lateFee: { from: '2026-04-01', cents: 1000, per: 'registration' },
    }
    const swim: PriceRules = {
      resident: { per: 'session', cents: 8000 },
      nonResident: { per: 'session', cents: 12000 },
    }
    const familyDiscount = [
      { fromRank: 2, percent: 10 },
      { fromRank: 3, percent: 20 },
    ]
    const items = [
      { sessionId: 'swim', participant: kids[0], rules: swim, weeks: 10 },
      { sessionId: 'camp', participant: kids[1], rules: camp, weeks: 4 },
      { sessionId: 'camp', participant: kids[2], rules: camp, weeks: 4 },
    ]
    const quote = priceBasket({ items, isResident: true, at, familyDiscount })
    // Camp 400 → cap 350 (twice), swimming 80: Noah 350 full, Zoé 350 −10 %, Léa 80 −20 %.
    expect(quote.perItem).toEqual([
      { sessionId: 'swim', participantId: 'a', cents: 6400 },
      { sessionId: 'camp', participantId: 'b', cents: 35000 + 500 },
      { sessionId: 'camp', participantId: 'c', cents: 31500 + 500 },
    ])
    expect(quote.totalCents).toBe(6400 + 35000 + 31500 + 1000)
    expect(quote.lines.filter((l) => l.kind === 'lateFee')).toEqual([
      expect.objectContaining({ sessionId: 'camp', participantId: null, cents: 1000 }),
    ])
    const reversed = priceBasket({
      items: [...items].reverse(),
      isResident: true,
      at,
      familyDiscount,
    })
    expect(reversed.totalCents).toBe(quote.totalCents)
    // One child in two sessions counts twice (the rule counts registrations).
    const twice = priceBasket({
      items: [
        { sessionId: 'swim', participant: kids[0], rules: swim, weeks: 1 },
        { sessionId: 'camp', participant: kids[0], rules: camp, weeks: 1 },
      ],
      isResident: true,
      at: new Date('2026-03-01T12:00:00Z'),
      familyDiscount,
    })
    expect(twice.perItem.map((i) => i.cents)).toEqual([7200, 10000])
    expect(() =>
      priceBasket({ items: [items[0], items[0]], isResident: true, at, familyDiscount }),
    ).toThrow(RangeError)
    expect(() =>
      priceBasket({
        items: [items[0], { ...items[1], rules: { ...camp, currency: 'USD' } }],
        isResident: true,
        at,
      }),
    ).toThrow(RangeError)
  })

  it('should order by price descending when per-week caps make prices differ', () => {
    const rules: PriceRules = {
      resident: { per: 'week', cents: 3333, seasonCapCents: 10000 },
      nonResident: { per: 'week', cents: 3333 },
      familyDiscount: [{ fromRank: 2, percent: 15 }],
    }
    const quote = priceRegistration({
      rules,
      participants: kids.slice(0, 2),
      isResident: true,
      weeks: 2,
      at,
    })
    // 66.66 each; second: 15 % of 6666 = 999.9 → 1000 (half-up rounding to the cent)
    expect(quote.perParticipant).toEqual({ a: 6666, b: 5666 })
    expect(quote.totalCents).toBe(12332)
  })

  it('should round a percentage to the nearest cent, a half cent up, in integers', () => {
    expect(percentOf(1005, 10)).toBe(101) // 100.5 → 101
    expect(percentOf(1004, 10)).toBe(100) // 100.4 → 100
    expect(percentOf(999, 15)).toBe(150) // 149.85 → 150
    expect(percentOf(3, 50)).toBe(2) // 1.5 → 2
    expect(percentOf(0, 20)).toBe(0)
    expect(percentOf(12345, 100)).toBe(12345)
    expect(() => percentOf(100, 10.5)).toThrow(RangeError)
    expect(() => percentOf(100, 101)).toThrow(RangeError)
  })

  it('should add the late fee from its date on, once or per participant', () => {
    const rules: PriceRules = {
      ...flat,
      lateFee: { from: '2026-05-01', cents: 1500, per: 'registration' },
    }
    // 2026-05-01 00:00 in Toronto is 04:00 UTC.
    const before = priceRegistration({
      rules,
      participants: kids.slice(0, 2),
      isResident: true,
      weeks: 1,
      at: new Date('2026-05-01T03:59:59Z'),
    })
    expect(before.totalCents).toBe(20000)
    const after = priceRegistration({
      rules,
      participants: kids.slice(0, 2),
      isResident: true,
      weeks: 1,
      at: new Date('2026-05-01T04:00:00Z'),
    })
    expect(after.totalCents).toBe(21500)
    expect(after.lines.at(-1)).toMatchObject({
      kind: 'lateFee',
      participantId: null,
      label: { fr: 'Frais d’inscription tardive', en: 'Late registration fee' },
    })
    // The once-per-registration fee is split so the participants' shares still add up.
    expect(after.perParticipant).toEqual({ a: 10750, b: 10750 })
    const odd = priceRegistration({
      rules: { ...rules, lateFee: { from: '2026-04-01', cents: 1001, per: 'registration' } },
      participants: kids,
      isResident: true,
      weeks: 1,
      at,
    })
    expect(odd.perParticipant).toEqual({ a: 10334, b: 10334, c: 10333 })
    expect(sum(odd.perParticipant)).toBe(odd.totalCents)
    const each = priceRegistration({
      rules: { ...rules, lateFee: { from: '2026-04-01T09:00', cents: 500, per: 'participant' } },
      participants: kids,
      isResident: false,
      weeks: 1,
      at,
    })
    expect(each.totalCents).toBe(3 * 15000 + 3 * 500)
    expect(each.lines.filter((l) => l.kind === 'lateFee').map((l) => l.label.fr)).toEqual([
      'Léa : frais d’inscription tardive',
      'Noah : frais d’inscription tardive',
      'Zoé : frais d’inscription tardive',
    ])
  })

  it('should combine every rule: per-week, cap, family discount and late fee, lines adding up', () => {
    const rules: PriceRules = {
      resident: { per: 'week', cents: 12500, seasonCapCents: 80000 },
      nonResident: { per: 'week', cents: 17500, seasonCapCents: 110000 },
      familyDiscount: [
        { fromRank: 2, percent: 10 },
        { fromRank: 3, percent: 20 },
      ],
      lateFee: { from: '2026-04-15', cents: 2000, per: 'participant' },
    }
    const quote = priceRegistration({ rules, participants: kids, isResident: false, weeks: 8, at })
    // 8 × 175 = 1400 → cap 1100 each; 1100, 990, 880; + 3 × 20
    expect(quote.totalCents).toBe(110000 + 99000 + 88000 + 6000)
    expect(quote.lines.reduce((total, line) => total + line.cents, 0)).toBe(quote.totalCents)
    expect(sum(quote.perParticipant)).toBe(quote.totalCents)
    expect(quote.lines.map((l) => `${l.participantId}:${l.kind}`)).toEqual([
      'a:perWeek',
      'a:cap',
      'b:perWeek',
      'b:cap',
      'b:familyDiscount',
      'c:perWeek',
      'c:cap',
      'c:familyDiscount',
      'a:lateFee',
      'b:lateFee',
      'c:lateFee',
    ])
    expect(quote.lines.every((l) => Number.isInteger(l.cents))).toBe(true)
  })

  it('should refuse amounts that are not whole cents, and repeated participants', () => {
    const base = { participants: [kids[0]], isResident: true, weeks: 1, at }
    expect(() =>
      priceRegistration({ ...base, rules: { ...flat, resident: { per: 'session', cents: 99.5 } } }),
    ).toThrow(RangeError)
    expect(() =>
      priceRegistration({
        ...base,
        rules: { ...flat, nonResident: { per: 'session', cents: -1 } },
      }),
    ).toThrow(RangeError)
    expect(() => priceRegistration({ ...base, rules: flat, weeks: 1.5 })).toThrow(RangeError)
    expect(() =>
      priceRegistration({ ...base, rules: flat, participants: [kids[0], kids[0]] }),
    ).toThrow(RangeError)
    expect(priceRegistration({ ...base, rules: flat, participants: [] }).totalCents).toBe(0)
  })

  it('should format amounts the Quebec way in French and the Canadian way in English', () => {
    expect(plain(formatMoney(123450, 'fr'))).toBe('1 234,50 $')
    expect(formatMoney(123450, 'en')).toBe('$1,234.50')
  })
})
