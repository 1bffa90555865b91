import { describe, expect, it } from 'vitest'

import { type DrawRequest, type DrawResult, runDraw } from '../lib/draw'
import { seededRandom, shuffle, xoshiro128starstar } from '../lib/random'

const request = (
  id: string,
  {
    session = 's1',
    household = id,
    isResident = true,
    tags,
  }: { session?: string; household?: string; isResident?: boolean; tags?: string[] } = {},
): DrawRequest => ({
  id: `${session}:${id}`,
  sessionId: session,
  memberId: id,
  householdId: household,
  isResident,
  tags,
})

const admittedIds = (result: DrawResult, session = 's1') =>
  result.sessions[session].admitted.map((e) => e.memberId)
const waitlistIds = (result: DrawResult, session = 's1') =>
  result.sessions[session].waitlist.map((e) => e.memberId)
const names = (count: number) =>
  Array.from({ length: count }, (_, i) => `m${String(i).padStart(3, '0')}`)

describe('activities: draw', () => {
  it('should give the reference outputs of xoshiro128** and unbiased integers', () => {
    // The first outputs of the reference algorithm from the state {1, 2, 3, 4} (the first two by
    // hand, all six by a separate Python transcription of the C code).
    const generator = xoshiro128starstar([1, 2, 3, 4])
    expect(Array.from({ length: 6 }, () => generator.nextUint32())).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492,
    ])
    const random = seededRandom('check')
    const counts = [0, 0, 0]
    for (let i = 0; i < 3000; i += 1) counts[random.intBelow(3)] += 1
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(120)
    expect(() => random.intBelow(0)).toThrow(RangeError)
    expect(() => seededRandom('')).toThrow(RangeError)
    expect(shuffle([1, 2, 3, 4, 5], seededRandom('x')).sort()).toEqual([1, 2, 3, 4, 5])
  })

  it('should give the same result for the same seed, whatever the order requests came in', () => {
    const requests = names(30).map((id) => request(id))
    const rules = { capacities: { s1: 10 } }
    const first = runDraw({ seed: 'draw-2026-08-01', requests, rules })
    const again = runDraw({ seed: 'draw-2026-08-01', requests: [...requests].reverse(), rules })
    expect(again).toEqual(first)
    // Capacities read in another order change nothing either.
    const twoSessions = [...requests, ...names(5).map((id) => request(id, { session: 's0' }))]
    expect(
      runDraw({ seed: 'k', requests: twoSessions, rules: { capacities: { s0: 2, s1: 10 } } }),
    ).toEqual(
      runDraw({ seed: 'k', requests: twoSessions, rules: { capacities: { s1: 10, s0: 2 } } }),
    )
    expect(first.seed).toBe('draw-2026-08-01')
    expect(first.generator).toBe('xoshiro128**/sha256-seed/fisher-yates v1')
    expect(first.lottery.map((l) => l.lotteryNumber)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    )
  })

  it('should give different orders for different seeds', () => {
    const requests = names(20).map((id) => request(id))
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e'].map((seed) => {
        const result = runDraw({ seed, requests, rules: { capacities: { s1: 20 } } })
        return admittedIds(result).join(',')
      }),
    )
    expect(orders.size).toBe(5)
  })

  it('should fill the capacity exactly, admit nobody twice, and list everyone else in lottery order', () => {
    const requests = names(25).map((id) => request(id))
    const result = runDraw({ seed: 's', requests, rules: { capacities: { s1: 8 } } })
    const { admitted, waitlist } = result.sessions.s1
    expect(admitted).toHaveLength(8)
    expect(waitlist).toHaveLength(17)
    const everyone = [...admitted, ...waitlist].map((e) => e.memberId)
    expect(new Set(everyone).size).toBe(25)
    const numbers = [...admitted, ...waitlist].map((e) => e.lotteryNumber)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    // Capacity 0 admits nobody.
    const none = runDraw({ seed: 's', requests, rules: { capacities: { s1: 0 } } })
    expect(none.sessions.s1.admitted).toEqual([])
    expect(none.sessions.s1.waitlist).toHaveLength(25)
  })

  it('should serve residents first, then siblings of someone admitted, then everyone', () => {
    const requests = [
      ...names(6).map((id) => request(`r-${id}`)),
      ...names(6).map((id) => request(`n-${id}`, { isResident: false })),
    ]
    for (let seed = 0; seed < 50; seed += 1) {
      const result = runDraw({ seed: `seed-${seed}`, requests, rules: { capacities: { s1: 6 } } })
      expect(admittedIds(result).every((id) => id.startsWith('r-'))).toBe(true)
      expect(waitlistIds(result).every((id) => id.startsWith('n-'))).toBe(true)
    }
    // A child continuing from last season is served first; their brother, new, rises above the
    // other new children of his session in the sibling round.
    const tiers = [
      { kind: 'tag' as const, tag: 'continuing' },
      { kind: 'siblingAdmitted' as const },
    ]
    const family = [
      request('sib-a', { session: 's1', household: 'H', tags: ['continuing'] }),
      request('sib-b', { session: 's2', household: 'H' }),
      ...names(10).map((id) => request(`o-${id}`, { session: 's2' })),
    ]
    for (let seed = 0; seed < 30; seed += 1) {
      const result = runDraw({
        seed: `f-${seed}`,
        requests: family,
        rules: { tiers, capacities: { s1: 1, s2: 2 } },
      })
      expect(admittedIds(result, 's1')).toEqual(['sib-a'])
      expect(admittedIds(result, 's2')[0]).toBe('sib-b')
      expect(result.sessions.s2.admitted.map((e) => e.tier)).toEqual([1, 2])
    }
    // Admitted in the last round, a sibling rises on the other session's waitlist only.
    const late = [
      request('sib-a', { session: 's1', household: 'H', isResident: false }),
      request('sib-b', { session: 's2', household: 'H', isResident: false }),
      ...names(10).map((id) => request(`o-${id}`, { session: 's2', isResident: false })),
    ]
    for (let seed = 0; seed < 30; seed += 1) {
      const result = runDraw({
        seed: `l-${seed}`,
        requests: late,
        rules: { capacities: { s1: 1, s2: 1 } },
      })
      expect(admittedIds(result, 's1')).toEqual(['sib-a'])
      const s2 = [...admittedIds(result, 's2'), ...waitlistIds(result, 's2')]
      expect(s2.slice(0, 2)).toContain('sib-b')
    }
    // A household already registered before the draw counts too.
    const before = runDraw({
      seed: 'x',
      requests: [
        request('late', { household: 'K', isResident: false }),
        ...names(5).map((id) => request(id, { isResident: false })),
      ],
      rules: { capacities: { s1: 1 } },
      alreadyAdmittedHouseholds: ['K'],
    })
    expect(admittedIds(before)).toEqual(['late'])
  })

  it('should read the tiers from data: a tag first, and everyone last even when unsaid', () => {
    const requests = [
      ...names(5).map((id) => request(`p-${id}`, { isResident: false, tags: ['staff-child'] })),
      ...names(5).map((id) => request(`r-${id}`)),
    ]
    const result = runDraw({
      seed: 'tags',
      requests,
      rules: {
        tiers: [{ kind: 'tag', tag: 'staff-child' }, { kind: 'resident' }],
        capacities: { s1: 7 },
      },
    })
    expect(
      admittedIds(result)
        .slice(0, 5)
        .every((id) => id.startsWith('p-')),
    ).toBe(true)
    expect(result.rules.tiers.at(-1)).toEqual({ kind: 'everyone' })
    expect(result.sessions.s1.waitlist.map((e) => e.tier)).toEqual([1, 1, 1])
  })

  it('should draw a household as a unit: all of it or none, the next that fits taking the places', () => {
    const requests = [
      request('a1', { household: 'A' }),
      request('a2', { household: 'A' }),
      request('a3', { household: 'A' }),
      request('b1', { household: 'B' }),
      request('c1', { household: 'C' }),
      request('c2', { household: 'C' }),
    ]
    for (let seed = 0; seed < 40; seed += 1) {
      const result = runDraw({
        seed: `h-${seed}`,
        requests,
        rules: { unit: 'household', capacities: { s1: 4 } },
      })
      const { admitted, waitlist } = result.sessions.s1
      expect(admitted.length).toBeLessThanOrEqual(4)
      // Members of one household share a lottery number and are never split.
      for (const household of ['A', 'B', 'C']) {
        const inside = admitted.filter((e) => e.householdId === household).length
        const outside = waitlist.filter((e) => e.householdId === household).length
        expect(inside === 0 || outside === 0).toBe(true)
        expect(
          new Set(
            [...admitted, ...waitlist]
              .filter((e) => e.householdId === household)
              .map((e) => e.lotteryNumber),
          ).size,
        ).toBe(1)
      }
    }
    // Members drawn separately can split a household.
    const split = runDraw({
      seed: 'h-0',
      requests,
      rules: { unit: 'member', capacities: { s1: 4 } },
    })
    expect(split.sessions.s1.admitted).toHaveLength(4)
  })

  it('should give each of five equal candidates first place about one time in five over 2,000 seeds', () => {
    const requests = ['a', 'b', 'c', 'd', 'e'].map((id) => request(id))
    const wins = new Map<string, number>()
    const lastPlaces = new Map<string, number>()
    for (let seed = 0; seed < 2000; seed += 1) {
      const result = runDraw({ seed: `fair-${seed}`, requests, rules: { capacities: { s1: 1 } } })
      const winner = admittedIds(result)[0]
      wins.set(winner, (wins.get(winner) ?? 0) + 1)
      const last = waitlistIds(result).at(-1) as string
      lastPlaces.set(last, (lastPlaces.get(last) ?? 0) + 1)
    }
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      const share = (wins.get(id) ?? 0) / 2000
      expect(share).toBeGreaterThan(0.17)
      expect(share).toBeLessThan(0.23)
      expect((lastPlaces.get(id) ?? 0) / 2000).toBeGreaterThan(0.17)
      expect((lastPlaces.get(id) ?? 0) / 2000).toBeLessThan(0.23)
    }
  })

  it('should never exceed any capacity over many sessions, households and seeds', () => {
    const requests: DrawRequest[] = []
    for (let h = 0; h < 120; h += 1) {
      const size = 1 + (h % 3)
      for (let m = 0; m < size; m += 1) {
        requests.push(
          request(`h${h}m${m}`, {
            session: `s${(h + m) % 4}`,
            household: `h${h}`,
            isResident: h % 2 === 0,
          }),
        )
      }
    }
    const capacities = { s0: 10, s1: 25, s2: 3, s3: 60 }
    for (const unit of ['member', 'household'] as const) {
      for (let seed = 0; seed < 10; seed += 1) {
        const result = runDraw({ seed: `cap-${seed}`, requests, rules: { unit, capacities } })
        const placed = new Set<string>()
        for (const [session, { admitted, waitlist }] of Object.entries(result.sessions)) {
          expect(admitted.length).toBeLessThanOrEqual(
            capacities[session as keyof typeof capacities],
          )
          for (const entry of [...admitted, ...waitlist]) {
            expect(placed.has(entry.requestId)).toBe(false)
            placed.add(entry.requestId)
          }
        }
        expect(placed.size).toBe(requests.length)
      }
    }
  })

  it('should draw an opening night (2,500 households, 40 sessions) in one go', () => {
    const requests: DrawRequest[] = []
    const capacities: Record<string, number> = {}
    for (let s = 0; s < 40; s += 1) capacities[`s${s}`] = 15
    for (let h = 0; h < 2500; h += 1) {
      for (let m = 0; m < 1 + (h % 2); m += 1) {
        requests.push(
          request(`h${h}m${m}`, {
            session: `s${(h * 7 + m) % 40}`,
            household: `h${h}`,
            isResident: h % 5 !== 0,
          }),
        )
      }
    }
    const result = runDraw({ seed: 'opening', requests, rules: { capacities } })
    const admitted = Object.values(result.sessions).reduce((n, s) => n + s.admitted.length, 0)
    expect(admitted).toBe(40 * 15)
    const waiting = Object.values(result.sessions).reduce((n, s) => n + s.waitlist.length, 0)
    expect(admitted + waiting).toBe(requests.length)
  })

  it('should refuse a member asking twice for a session, and a session without a capacity', () => {
    expect(() =>
      runDraw({
        seed: 's',
        requests: [request('a'), request('a')],
        rules: { capacities: { s1: 1 } },
      }),
    ).toThrow(RangeError)
    expect(() =>
      runDraw({
        seed: 's',
        requests: [request('a', { session: 'zz' })],
        rules: { capacities: { s1: 1 } },
      }),
    ).toThrow(RangeError)
    expect(() =>
      runDraw({ seed: 's', requests: [request('a')], rules: { capacities: { s1: 1.5 } } }),
    ).toThrow(RangeError)
  })
})
