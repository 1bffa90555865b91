import type { Bilingual } from '../i18n/translate'
import { type Cents, formatMoney } from './money'

/**
 * What cancelling a paid registration gives back, as data (the activity's `cancellation` group,
 * edited by staff): before the start, the price less a fee; once started (or within
 * `refundUntilHours` of the start), a credit for the meetings left, or nothing.
 */
export type CancellationRules = {
  /** kept on a refund before the start, in cents (never more than what was paid) */
  feeCents: Cents
  /** the refund stops this many hours before the first meeting @default 0 */
  refundUntilHours: number
  /** after that: the meetings left's share as a credit on the account, or nothing */
  afterStart: 'credit' | 'none'
}

export const defaultCancellationRules: CancellationRules = {
  feeCents: 0,
  refundUntilHours: 0,
  afterStart: 'credit',
}

export type CancellationOutcome = {
  kind: 'refund' | 'credit' | 'none'
  /** refunded or credited */
  cents: Cents
  /** kept by the city */
  feeCents: Cents
  /** said to the resident and kept in the record */
  reason: Bilingual
}

/**
 * Decided by the instant alone: strictly before `start − refundUntilHours` a refund; from then on
 * the rules' `afterStart`, the credit being the paid price × meetings still to come (starting
 * strictly after `at`) / all meetings, rounded down to the cent. An unpaid registration
 * (`paidCents` 0) gives nothing back.
 */
export const cancellationOutcome = ({
  rules,
  paidCents,
  meetings,
  at,
}: {
  rules: CancellationRules
  paidCents: Cents
  meetings: { start: Date }[]
  at: Date
}): CancellationOutcome => {
  if (paidCents <= 0)
    return {
      kind: 'none',
      cents: 0,
      feeCents: 0,
      reason: {
        fr: 'Inscription non payée : rien à rembourser.',
        en: 'Unpaid: nothing to refund.',
      },
    }
  const first = meetings[0]?.start
  const cutoff = first ? first.getTime() - rules.refundUntilHours * 3_600_000 : Infinity
  if (at.getTime() < cutoff) {
    const fee = Math.min(Math.max(0, rules.feeCents), paidCents)
    return {
      kind: 'refund',
      cents: paidCents - fee,
      feeCents: fee,
      reason: {
        fr: `Annulation avant le début : remboursement de ${formatMoney(paidCents - fee, 'fr')}, moins des frais de ${formatMoney(fee, 'fr')}.`,
        en: `Cancelled before the start: ${formatMoney(paidCents - fee, 'en')} refunded, less a ${formatMoney(fee, 'en')} fee.`,
      },
    }
  }
  if (rules.afterStart === 'none')
    return {
      kind: 'none',
      cents: 0,
      feeCents: 0,
      reason: {
        fr: 'Annulation après le début : ni remboursement ni crédit selon les règles de l’activité.',
        en: 'Cancelled after the start: no refund or credit under the activity’s rules.',
      },
    }
  const left = meetings.filter((meeting) => meeting.start.getTime() > at.getTime()).length
  const total = meetings.length
  const cents = total > 0 ? Math.floor((paidCents * left) / total) : 0
  return {
    kind: 'credit',
    cents,
    feeCents: 0,
    reason: {
      fr: `Annulation après le début : crédit de ${formatMoney(cents, 'fr')} au dossier (${left} séance(s) restante(s) sur ${total}).`,
      en: `Cancelled after the start: ${formatMoney(cents, 'en')} credited to the account (${left} of ${total} meeting(s) left).`,
    },
  }
}
