import { describe, expect, it } from 'vitest'

import { cancellationOutcome, type CancellationRules } from '../lib/cancellation'

const hour = 3_600_000
const start = new Date('2027-01-09T14:00:00Z')
const meetings = [0, 1, 2, 3].map((week) => ({
  start: new Date(start.getTime() + week * 168 * hour),
}))
const rules: CancellationRules = { feeCents: 1500, refundUntilHours: 0, afterStart: 'credit' }

describe('activities: cancellation rules as data', () => {
  it('should refund the price less the fee strictly before the start, and never a negative amount', () => {
    const before = cancellationOutcome({
      rules,
      paidCents: 8000,
      meetings,
      at: new Date(start.getTime() - 1),
    })
    expect([before.kind, before.cents, before.feeCents]).toEqual(['refund', 6500, 1500])
    expect(before.reason.fr).toMatch(
      /^Annulation avant le début : remboursement de 65,00\s\$, moins des frais de 15,00\s\$\.$/,
    )
    expect(before.reason.en).toBe('Cancelled before the start: $65.00 refunded, less a $15.00 fee.')
    const cheap = cancellationOutcome({ rules, paidCents: 1000, meetings, at: new Date(0) })
    expect([cheap.cents, cheap.feeCents]).toEqual([0, 1000])
  })

  it('should credit the meetings left from the start on (the start itself is after), rounded down', () => {
    const atStart = cancellationOutcome({ rules, paidCents: 8000, meetings, at: start })
    // The first meeting starts at `at`: not left. 3 of 4.
    expect([atStart.kind, atStart.cents]).toEqual(['credit', 6000])
    expect(atStart.reason.en).toContain('3 of 4 meeting(s) left')
    const odd = cancellationOutcome({ rules, paidCents: 1001, meetings, at: start })
    expect(odd.cents).toBe(750)
    const over = cancellationOutcome({
      rules,
      paidCents: 8000,
      meetings,
      at: new Date(start.getTime() + 600 * hour),
    })
    expect([over.kind, over.cents]).toEqual(['credit', 0])
  })

  it('should stop the refund refundUntilHours before the start, and give nothing when the rules say so or nothing was paid', () => {
    const within = cancellationOutcome({
      rules: { ...rules, refundUntilHours: 48 },
      paidCents: 8000,
      meetings,
      at: new Date(start.getTime() - 48 * hour),
    })
    expect([within.kind, within.cents]).toEqual(['credit', 8000])
    const justBefore = cancellationOutcome({
      rules: { ...rules, refundUntilHours: 48 },
      paidCents: 8000,
      meetings,
      at: new Date(start.getTime() - 48 * hour - 1),
    })
    expect(justBefore.kind).toBe('refund')
    const none = cancellationOutcome({
      rules: { ...rules, afterStart: 'none' },
      paidCents: 8000,
      meetings,
      at: start,
    })
    expect([none.kind, none.cents]).toEqual(['none', 0])
    const unpaid = cancellationOutcome({ rules, paidCents: 0, meetings, at: new Date(0) })
    expect([unpaid.kind, unpaid.cents]).toEqual(['none', 0])
  })
})
