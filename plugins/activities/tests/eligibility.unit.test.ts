import { describe, expect, it } from 'vitest'

import { ageOn } from '../lib/dates'
import { type EligibilityInput, type EligibilityRules, checkEligibility } from '../lib/eligibility'
import { sessionSchedule } from '../lib/schedule'

const saturdays = (startTime: string) =>
  sessionSchedule({
    firstDate: '2026-09-12',
    lastDate: '2026-11-28',
    weekdays: ['SA'],
    startTime,
    durationMinutes: 60,
  }).meetings

const rules: EligibilityRules = {
  sessionId: 'swim-3-sat',
  startDate: '2026-09-12',
  ageMin: 6,
  ageMax: 12,
  residency: { kind: 'everyone', opensAt: new Date('2026-08-01T13:00:00Z') },
  prerequisites: [],
}
const now = new Date('2026-08-15T12:00:00Z')
const member = {
  id: 'lea',
  name: 'Léa',
  birthDate: '2018-05-03',
  completedActivities: [],
  registrations: [],
}
const check = (overrides: Partial<EligibilityInput> = {}) =>
  checkEligibility({
    rules,
    member,
    isResident: true,
    meetings: saturdays('09:00'),
    now,
    ...overrides,
  })
const codes = (overrides: Partial<EligibilityInput> = {}) =>
  check(overrides).reasons.map((r) => r.code)

describe('activities: eligibility', () => {
  it('should count full years, a birthday on the date counting, 29 February turning on 1 March', () => {
    expect(ageOn('2020-09-12', '2026-09-12')).toBe(6)
    expect(ageOn('2020-09-13', '2026-09-12')).toBe(5)
    expect(ageOn('2020-02-29', '2026-02-28')).toBe(5)
    expect(ageOn('2020-02-29', '2026-03-01')).toBe(6)
    expect(ageOn('2020-02-29', '2028-02-28')).toBe(7)
    expect(ageOn('2020-02-29', '2028-02-29')).toBe(8)
    expect(ageOn('2000-02-29', '2100-02-28')).toBe(99) // 2100 is not a leap year
    expect(ageOn('2000-02-29', '2100-03-01')).toBe(100)
    expect(ageOn('2026-09-13', '2026-09-12')).toBe(-1)
    expect(ageOn('2026-02-30', '2026-09-12')).toBeNull()
  })

  it('should accept a member who meets every rule', () => {
    expect(check()).toEqual({ isEligible: true, reasons: [] })
  })

  it('should refuse by age on the start date, min and max included', () => {
    const born = (birthDate: string) => codes({ member: { ...member, birthDate } })
    expect(born('2020-09-12')).toEqual([]) // 6 on the start date
    expect(born('2020-09-13')).toEqual(['tooYoung']) // 6 the day after
    expect(born('2013-09-13')).toEqual([]) // 12, turning 13 the day after
    expect(born('2013-09-12')).toEqual(['tooOld']) // 13 on the start date
    expect(born('2027-01-01')).toEqual(['tooYoung'])
    // 29 February: the 1 March birthday is after a 28 February start.
    const leap = { ...rules, startDate: '2026-02-28' }
    expect(codes({ rules: leap, member: { ...member, birthDate: '2020-02-29' } })).toEqual([
      'tooYoung',
    ])
    expect(
      codes({
        rules: { ...leap, startDate: '2026-03-01' },
        member: { ...member, birthDate: '2020-02-29' },
      }),
    ).toEqual([])
    const young = check({ member: { ...member, birthDate: '2021-01-01' } }).reasons[0]
    expect(young.message.fr).toBe('Léa aura 5 ans au début de la session; l’âge minimum est 6 ans.')
    expect(young.message.en).toBe('Léa will be 5 when the session starts; the minimum age is 6.')
    expect(young.details).toEqual({ age: 5, min: 6 })
    // Counted on the session's own date when it has one.
    expect(
      codes({
        rules: { ...rules, ageOn: '2026-12-31' },
        member: { ...member, birthDate: '2020-12-31' },
      }),
    ).toEqual([])
  })

  it('should refuse a missing or invalid birth date only when the session has an age rule', () => {
    expect(codes({ member: { ...member, birthDate: null } })).toEqual(['invalidBirthDate'])
    expect(codes({ member: { ...member, birthDate: '2020-13-01' } })).toEqual(['invalidBirthDate'])
    expect(
      codes({
        rules: { ...rules, ageMin: null, ageMax: null },
        member: { ...member, birthDate: null },
      }),
    ).toEqual([])
    expect(
      codes({ rules: { ...rules, ageMin: null }, member: { ...member, birthDate: '1950-01-01' } }),
    ).toEqual(['tooOld'])
  })

  it('should keep a resident-only session to residents', () => {
    const only = {
      ...rules,
      residency: {
        kind: 'residentsOnly' as const,
        opensAt: rules.residency.kind === 'everyone' ? rules.residency.opensAt : now,
      },
    }
    expect(codes({ rules: only, isResident: true })).toEqual([])
    const refused = check({ rules: only, isResident: false })
    expect(refused.reasons.map((r) => r.code)).toEqual(['residentsOnly'])
    expect(refused.reasons[0].message.fr).toBe(
      'Cette session est réservée aux résidents de la ville.',
    )
    // Before the opening, a non-resident is told the real reason, not to wait.
    expect(
      codes({ rules: only, isResident: false, now: new Date('2026-07-01T12:00:00Z') }),
    ).toEqual(['residentsOnly'])
    expect(codes({ rules: only, isResident: true, now: new Date('2026-07-01T12:00:00Z') })).toEqual(
      ['notOpenYet'],
    )
  })

  it('should open to residents from date A and to everyone from date B, each boundary exact', () => {
    const residentsFrom = new Date('2026-08-01T13:00:00Z') // 9:00 in Toronto
    const everyoneFrom = new Date('2026-08-08T13:00:00Z')
    const first = {
      ...rules,
      residency: { kind: 'residentsFirst' as const, residentsFrom, everyoneFrom },
    }
    const at = (iso: string) => new Date(iso)
    expect(codes({ rules: first, isResident: true, now: at('2026-08-01T12:59:59Z') })).toEqual([
      'notOpenYet',
    ])
    expect(codes({ rules: first, isResident: true, now: residentsFrom })).toEqual([])
    expect(codes({ rules: first, isResident: false, now: at('2026-08-01T12:59:59Z') })).toEqual([
      'notOpenYet',
    ])
    expect(codes({ rules: first, isResident: false, now: residentsFrom })).toEqual([
      'residentsFirst',
    ])
    expect(codes({ rules: first, isResident: false, now: at('2026-08-08T12:59:59Z') })).toEqual([
      'residentsFirst',
    ])
    expect(codes({ rules: first, isResident: false, now: everyoneFrom })).toEqual([])
    const waiting = check({ rules: first, isResident: false, now: residentsFrom }).reasons[0]
    expect(waiting.message.fr.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Les inscriptions sont ouvertes aux résidents seulement jusqu’au 8 août 2026 à 9 h 00; tout le monde pourra s’inscrire ensuite.',
    )
    expect(waiting.message.en.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Registration is open to residents only until August 8, 2026 at 9:00 a.m.; everyone may register after that.',
    )
    const early = check({ rules: first, isResident: true, now: at('2026-07-01T12:00:00Z') })
      .reasons[0]
    expect(early.details).toEqual({ opensAt: residentsFrom.toISOString() })
  })

  it('should refuse after closing, at the closing instant exactly', () => {
    const closesAt = new Date('2026-09-05T04:00:00Z')
    expect(codes({ rules: { ...rules, closesAt }, now: new Date('2026-09-05T03:59:59Z') })).toEqual(
      [],
    )
    expect(codes({ rules: { ...rules, closesAt }, now: closesAt })).toEqual(['closed'])
  })

  it('should list the prerequisites the member has not completed', () => {
    const needs = { ...rules, prerequisites: ['swim-1', 'swim-2'] }
    expect(
      codes({
        rules: needs,
        member: { ...member, completedActivities: ['swim-1', 'swim-2', 'art'] },
      }),
    ).toEqual([])
    const missing = check({
      rules: needs,
      member: { ...member, completedActivities: ['swim-1'] },
    }).reasons
    expect(missing).toEqual([
      {
        code: 'missingPrerequisite',
        message: {
          fr: 'Léa doit avoir terminé : swim-2.',
          en: 'Léa must first have completed: swim-2.',
        },
        details: { codes: ['swim-2'] },
      },
    ])
    expect(check({ rules: needs }).reasons[0].details).toEqual({ codes: ['swim-1', 'swim-2'] })
  })

  it('should refuse a second registration to the same session and one at the same time', () => {
    const registered = {
      ...member,
      registrations: [
        { sessionId: 'swim-3-sat', title: 'Natation 3', meetings: saturdays('09:00') },
      ],
    }
    expect(codes({ member: registered })).toEqual(['alreadyRegistered'])
    const busy = {
      ...member,
      registrations: [
        { sessionId: 'art', title: 'Arts plastiques', meetings: saturdays('09:30') },
        { sessionId: 'soccer', title: 'Soccer', meetings: saturdays('10:00') },
      ],
    }
    const conflict = check({ member: busy }).reasons
    expect(conflict.map((r) => [r.code, r.details])).toEqual([
      ['scheduleConflict', { sessionId: 'art' }],
    ])
    expect(conflict[0].message.fr).toBe(
      'Léa a déjà une inscription à une session à la même heure (Arts plastiques).',
    )
  })

  it('should give every reason at once', () => {
    const result = check({
      rules: {
        ...rules,
        residency: { kind: 'residentsOnly', opensAt: new Date('2026-08-01T13:00:00Z') },
        closesAt: new Date('2026-08-10T00:00:00Z'),
        prerequisites: ['swim-2'],
      },
      isResident: false,
      member: {
        ...member,
        birthDate: '2022-01-01',
        registrations: [
          { sessionId: 'swim-3-sat', title: 'Natation 3', meetings: saturdays('09:00') },
        ],
      },
    })
    expect(result.isEligible).toBe(false)
    expect(result.reasons.map((r) => r.code)).toEqual([
      'tooYoung',
      'residentsOnly',
      'closed',
      'missingPrerequisite',
      'alreadyRegistered',
    ])
    expect(
      result.reasons.every((r) => r.message.fr && r.message.en && r.message.fr !== r.message.en),
    ).toBe(true)
  })
})
