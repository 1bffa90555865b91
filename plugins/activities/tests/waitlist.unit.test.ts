import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  type WaitlistEffect,
  type WaitlistEvent,
  type WaitlistState,
  applyWaitlistEvent,
  emptyWaitlist,
  nextExpiry,
  openOffer,
  waitlistMessage,
  waitlistPosition,
} from '../lib/waitlist'

const t0 = Date.parse('2026-09-01T12:00:00Z')
const hour = 3_600_000
const at = (hours: number) => new Date(t0 + hours * hour)

/** Applies events in order, collecting every effect. */
const run = (
  events: WaitlistEvent[],
  state: WaitlistState = emptyWaitlist(),
  offerHours?: number,
) => {
  const effects: WaitlistEffect[] = []
  const refusals: (string | undefined)[] = []
  for (const event of events) {
    const outcome = applyWaitlistEvent(state, event, { offerHours })
    state = outcome.state
    effects.push(...outcome.effects)
    refusals.push(outcome.refused)
  }
  return { state, effects, refusals }
}
const joins = (ids: string[], hours = 0): WaitlistEvent[] =>
  ids.map((entryId) => ({ type: 'join', entryId, at: at(hours) }))
const offersIn = (effects: WaitlistEffect[]) =>
  effects.filter((e) => e.type === 'offer').map((e) => e.entryId)

describe('activities: waitlist', () => {
  it('should offer a freed place to the first waiting, valid 24 hours, and tell the others their number', () => {
    const { state, effects } = run([
      ...joins(['a', 'b', 'c']),
      { type: 'placesFreed', count: 1, at: at(1) },
    ])
    expect(effects).toEqual([{ type: 'offer', entryId: 'a', expiresAt: at(25).toISOString() }])
    expect(waitlistPosition(state, 'a')).toBeNull()
    expect(waitlistPosition(state, 'b')).toBe(1)
    expect(waitlistPosition(state, 'c')).toBe(2)
    expect(openOffer(state, 'a', at(2))).toEqual({ expiresAt: at(25) })
    expect(nextExpiry(state)).toEqual(at(25))
    expect(waitlistMessage(state, 'c', at(2))).toEqual({
      fr: 'Vous êtes le 2e sur la liste d’attente.',
      en: 'You are number 2 on the waiting list.',
    })
    const first = run(joins(['x']))
    expect(waitlistMessage(first.state, 'x', at(0))?.fr).toBe(
      'Vous êtes le 1er sur la liste d’attente.',
    )
    expect(waitlistMessage(state, 'a', at(2))?.en.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'A place is offered to you until September 2, 2026 at 9:00 a.m.: confirm it to register.',
    )
    expect(waitlistMessage(state, 'nobody', at(2))).toBeNull()
  })

  it('should pass an expired offer to the next, from the expiry instant, and refuse a late accept', () => {
    const { state, effects, refusals } = run([
      ...joins(['a', 'b']),
      { type: 'placesFreed', count: 1, at: at(0) },
      // The job runs late, at 30 h: b's offer still starts at 24 h.
      { type: 'tick', at: at(30) },
      { type: 'accept', entryId: 'a', at: at(31) },
    ])
    expect(effects).toEqual([
      { type: 'offer', entryId: 'a', expiresAt: at(24).toISOString() },
      { type: 'offerExpired', entryId: 'a' },
      { type: 'offer', entryId: 'b', expiresAt: at(48).toISOString() },
    ])
    expect(refusals.at(-1)).toBe('offerExpired')
    expect(state.entries.map((e) => e.status)).toEqual(['expired', 'offered'])
  })

  it('should decide an accept racing its expiry by the instants: valid strictly before', () => {
    const base = [...joins(['a', 'b']), { type: 'placesFreed' as const, count: 1, at: at(0) }]
    const inTime = run([
      ...base,
      { type: 'accept', entryId: 'a', at: new Date(t0 + 24 * hour - 1) },
    ])
    expect(inTime.effects.at(-1)).toEqual({ type: 'registered', entryId: 'a' })
    expect(inTime.state.entries.map((e) => e.status)).toEqual(['accepted', 'waiting'])
    const tooLate = run([...base, { type: 'accept', entryId: 'a', at: at(24) }])
    expect(tooLate.refusals.at(-1)).toBe('offerExpired')
    expect(offersIn(tooLate.effects)).toEqual(['a', 'b'])
  })

  it('should give places freed at the same instant to the first ones, and release what nobody can take', () => {
    const { state, effects } = run([
      ...joins(['a', 'b']),
      { type: 'placesFreed', count: 1, at: at(1) },
      { type: 'placesFreed', count: 2, at: at(1) },
    ])
    expect(offersIn(effects)).toEqual(['a', 'b'])
    expect(effects.at(-1)).toEqual({ type: 'released', count: 1 })
    expect(state.entries.every((e) => e.status === 'offered')).toBe(true)
    // A decline with nobody behind releases the place too.
    const after = run([{ type: 'decline', entryId: 'a', at: at(2) }], state)
    expect(after.effects).toEqual([{ type: 'released', count: 1 }])
  })

  it('should never offer twice: a decline, a withdrawal or a second accept changes nothing for others', () => {
    const { state, effects, refusals } = run([
      ...joins(['a', 'b', 'c', 'd']),
      { type: 'placesFreed', count: 2, at: at(0) },
      { type: 'decline', entryId: 'a', at: at(1) },
      { type: 'accept', entryId: 'b', at: at(1) },
      { type: 'accept', entryId: 'b', at: at(1) },
      { type: 'withdraw', entryId: 'c', at: at(2) },
      { type: 'decline', entryId: 'a', at: at(3) },
      { type: 'accept', entryId: 'zz', at: at(3) },
      { type: 'join', entryId: 'd', at: at(3) },
    ])
    expect(offersIn(effects)).toEqual(['a', 'b', 'c', 'd'])
    expect(refusals.slice(5)).toEqual([
      undefined,
      undefined,
      'alreadyAccepted',
      undefined,
      'notOffered',
      'unknownEntry',
      'alreadyListed',
    ])
    expect(state.entries.map((e) => `${e.id}:${e.status}`)).toEqual([
      'a:declined',
      'b:accepted',
      'c:withdrawn',
      'd:offered',
    ])
    // A waiting entry cannot accept before it is offered.
    const early = run([
      ...joins(['a', 'b']),
      { type: 'placesFreed', count: 1, at: at(0) },
      { type: 'accept', entryId: 'b', at: at(1) },
    ])
    expect(early.refusals.at(-1)).toBe('notOffered')
  })

  it('should put someone who joins again at the end, with a new entry', () => {
    const { state } = run([
      ...joins(['a', 'b']),
      { type: 'withdraw', entryId: 'a', at: at(1) },
      { type: 'join', entryId: 'a', at: at(2) },
    ])
    expect(state.entries.map((e) => `${e.id}:${e.status}`)).toEqual([
      'a:withdrawn',
      'b:waiting',
      'a:waiting',
    ])
    expect(waitlistPosition(state, 'a')).toBe(2)
  })

  it('should expire several offers in expiry order, each place passing on, with a shorter offer time', () => {
    const { effects, state } = run(
      [
        ...joins(['a', 'b', 'c', 'd', 'e']),
        { type: 'placesFreed', count: 1, at: at(0) },
        { type: 'placesFreed', count: 1, at: at(1) },
        // Nobody answers for a day: a (2 h), b (3 h), then c (from 2 h to 4 h), d (3 h to 5 h)…
        { type: 'tick', at: at(24) },
      ],
      emptyWaitlist(),
      2,
    )
    expect(offersIn(effects)).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(state.entries.every((e) => e.status === 'expired')).toBe(true)
    expect(effects.filter((e) => e.type === 'released')).toEqual([
      { type: 'released', count: 1 },
      { type: 'released', count: 1 },
    ])
  })

  it('should keep order, never skip or double-offer, and count every place, over random sequences', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
    const command = fc.oneof(
      fc.record({ kind: fc.constant('join' as const), id: fc.constantFrom(...ids) }),
      fc.record({ kind: fc.constant('free' as const), count: fc.integer({ min: 0, max: 3 }) }),
      fc.record({
        kind: fc.constantFrom('accept' as const, 'decline' as const, 'withdraw' as const),
        id: fc.constantFrom(...ids),
      }),
      fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 0, max: 3000 }) }),
    )
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        let state = emptyWaitlist()
        let now = t0
        let freed = 0
        let released = 0
        let registered = 0
        const offeredEntries = new Set<string>()
        for (const cmd of commands) {
          let event: WaitlistEvent
          if (cmd.kind === 'wait') {
            now += cmd.minutes * 60_000
            event = { type: 'tick', at: new Date(now) }
          } else if (cmd.kind === 'free') {
            freed += cmd.count
            event = { type: 'placesFreed', count: cmd.count, at: new Date(now) }
          } else if (cmd.kind === 'join')
            event = { type: 'join', entryId: cmd.id, at: new Date(now) }
          else event = { type: cmd.kind, entryId: cmd.id, at: new Date(now) }
          const before = state
          const outcome = applyWaitlistEvent(state, event)
          state = outcome.state
          // The earlier entries keep their place: the list only grows at its end.
          expect(
            state.entries.slice(0, before.entries.length).map((e) => e.joinedAt + e.id),
          ).toEqual(before.entries.map((e) => e.joinedAt + e.id))
          for (const effect of outcome.effects) {
            if (effect.type === 'released') released += effect.count
            if (effect.type === 'registered') registered += 1
            if (effect.type !== 'offer') continue
            // Each entry (by its place in the list) is offered once…
            const index = state.entries.findIndex(
              (e) => e.id === effect.entryId && e.expiresAt === effect.expiresAt,
            )
            const key = `${index}`
            expect(offeredEntries.has(key)).toBe(false)
            offeredEntries.add(key)
          }
          // …nobody waits ahead of someone holding or having held an offer…
          const lastOffered = state.entries.findLastIndex((e) => e.offeredAt !== undefined)
          expect(
            state.entries.slice(0, Math.max(0, lastOffered)).some((e) => e.status === 'waiting'),
          ).toBe(false)
          // …an id holds at most one open place in the list…
          for (const id of ids) {
            expect(
              state.entries.filter(
                (e) => e.id === id && (e.status === 'waiting' || e.status === 'offered'),
              ).length,
            ).toBeLessThanOrEqual(1)
          }
          // …and every freed place is an open offer, a registration or back on sale.
          const open = state.entries.filter((e) => e.status === 'offered').length
          expect(open + registered + released).toBe(freed)
        }
      }),
      { numRuns: 300 },
    )
  })
})
