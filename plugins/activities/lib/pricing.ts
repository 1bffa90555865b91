/**
 * The price of registering some of a household's members to one session, from the session's
 * price rules as plain data (what staff edit in the admin): a resident or non-resident tariff,
 * flat or per week with a season cap, a family discount by rank, a late fee after a date.
 *
 * Decisions, so the receipt can explain them:
 * - Every amount is integer cents; the one rounding is a discount's percentage, to the nearest
 *   cent with a half cent rounded up (`percentOf`).
 * - The family discount ranks the participants by their price, most expensive first (ties keep
 *   the order given): the first pays in full and the discount goes to the cheaper ones, so a
 *   household never gets less by listing its children in another order. Members the household
 *   already registered this season (`priorParticipants`) take the first ranks.
 * - The late fee is not discounted; it is charged once per registration or once per participant,
 *   as the rule says.
 */
import { localToInstant } from '@engines/calendar'

import { type Bilingual, bilingual } from '../i18n/translate'
import { type Cents, assertCents, formatMoney, percentOf } from './money'

export type Tariff =
  | { per: 'session'; cents: Cents }
  | {
      per: 'week'
      cents: Cents
      /** the most one participant pays for the season, whatever the number of weeks */
      seasonCapCents?: Cents | null
    }

export type FamilyDiscountTier = {
  /** the participant's rank in the household, 2 = the second; a tier applies from its rank on */
  fromRank: number
  /** whole percent, 0–100 */
  percent: number
}

export type PriceRules = {
  resident: Tariff
  nonResident: Tariff
  /** e.g. `[{ fromRank: 2, percent: 10 }, { fromRank: 3, percent: 20 }]`: none when empty */
  familyDiscount?: FamilyDiscountTier[] | null
  lateFee?: {
    /** registrations from this local date or date-time (city time zone) on pay the fee */
    from: string
    cents: Cents
    per: 'registration' | 'participant'
  } | null
  /** ISO 4217, for the receipt's amounts @default 'CAD' */
  currency?: string
}

export type PriceParticipant = {
  id: string
  /** shown on the receipt */
  name: string
  /** false for someone the family discount does not count (an adult, when it is for children) @default true */
  countsForFamilyDiscount?: boolean
}

export type PriceLine = {
  kind: 'base' | 'perWeek' | 'cap' | 'familyDiscount' | 'lateFee'
  /** the participant the line is about; none for a fee charged once per registration */
  participantId: string | null
  label: Bilingual
  /** negative for a discount or a cap */
  cents: Cents
}

export type PriceQuote = {
  lines: PriceLine[]
  totalCents: Cents
  /** what each participant pays, fees included (for refunds) */
  perParticipant: Record<string, Cents>
  currency: string
}

export type PriceInput = {
  rules: PriceRules
  participants: PriceParticipant[]
  /** from the civic address of the household */
  isResident: boolean
  /** the session's number of weeks (`sessionWeeks` in schedule.ts), for a per-week tariff */
  weeks: number
  /** when the registration is made */
  at: Date
  /** household members already registered this season who count for the family discount @default 0 */
  priorParticipants?: number
}

const checkTariff = (tariff: Tariff, what: string) => {
  assertCents(tariff.cents, `${what}.cents`)
  if (tariff.per === 'week' && tariff.seasonCapCents != null) {
    assertCents(tariff.seasonCapCents, `${what}.seasonCapCents`)
  }
}

/** The discount percent for a rank (the highest tier whose `fromRank` the rank reached). */
export const discountPercentForRank = (
  tiers: FamilyDiscountTier[] | null | undefined,
  rank: number,
): number =>
  (tiers ?? [])
    .filter((tier) => rank >= tier.fromRank)
    .reduce<FamilyDiscountTier | null>(
      (best, tier) => (!best || tier.fromRank > best.fromRank ? tier : best),
      null,
    )?.percent ?? 0

/** One participant's price before the family discount, with its lines. */
const basePrice = ({
  tariff,
  participant,
  isResident,
  weeks,
  currency,
}: {
  tariff: Tariff
  participant: PriceParticipant
  isResident: boolean
  weeks: number
  currency: string
}): { cents: Cents; lines: PriceLine[] } => {
  const resident = isResident ? 'yes' : 'no'
  if (tariff.per === 'session') {
    return {
      cents: tariff.cents,
      lines: [
        {
          kind: 'base',
          participantId: participant.id,
          label: bilingual('receipt.base', { name: participant.name, resident }),
          cents: tariff.cents,
        },
      ],
    }
  }
  const gross = tariff.cents * weeks
  const lines: PriceLine[] = [
    {
      kind: 'perWeek',
      participantId: participant.id,
      label: bilingual('receipt.perWeek', (locale) => ({
        name: participant.name,
        weeks,
        unit: formatMoney(tariff.cents, locale, currency),
        resident,
      })),
      cents: gross,
    },
  ]
  const cap = tariff.seasonCapCents
  if (cap != null && gross > cap) {
    lines.push({
      kind: 'cap',
      participantId: participant.id,
      label: bilingual('receipt.cap', (locale) => ({
        name: participant.name,
        cap: formatMoney(cap, locale, currency),
      })),
      cents: cap - gross,
    })
    return { cents: cap, lines }
  }
  return { cents: gross, lines }
}

/**
 * The quote for one registration: lines in the receipt's order (each participant's price, its cap
 * and its discount, then the fees) and their total. Throws a RangeError on rules that are not
 * whole cents or a week count that is not a whole number.
 */
export const priceRegistration = ({
  rules,
  participants,
  isResident,
  weeks,
  at,
  priorParticipants = 0,
}: PriceInput): PriceQuote => {
  checkTariff(rules.resident, 'resident')
  checkTariff(rules.nonResident, 'nonResident')
  if (!Number.isInteger(weeks) || weeks < 0) {
    throw new RangeError(`weeks: expected a whole number ≥ 0, got ${String(weeks)}`)
  }
  if (!Number.isInteger(priorParticipants) || priorParticipants < 0) {
    throw new RangeError(`priorParticipants: expected a whole number ≥ 0`)
  }
  const ids = new Set(participants.map(({ id }) => id))
  if (ids.size !== participants.length) throw new RangeError('participants: an id is repeated')
  const currency = rules.currency ?? 'CAD'
  const tariff = isResident ? rules.resident : rules.nonResident

  const priced = participants.map((participant, index) => ({
    participant,
    index,
    ...basePrice({ tariff, participant, isResident, weeks, currency }),
  }))
  // Most expensive first, the given order breaking ties: the discount goes to the cheaper ones.
  const ranked = [...priced].sort((a, b) => b.cents - a.cents || a.index - b.index)
  let rank = priorParticipants
  const discounts = new Map<string, PriceLine>()
  for (const { participant, cents } of ranked) {
    if (participant.countsForFamilyDiscount === false) continue
    rank += 1
    const percent = discountPercentForRank(rules.familyDiscount, rank)
    const discount = percentOf(cents, percent)
    if (discount > 0) {
      discounts.set(participant.id, {
        kind: 'familyDiscount',
        participantId: participant.id,
        label: bilingual('receipt.familyDiscount', { name: participant.name, rank, percent }),
        cents: -discount,
      })
    }
  }

  const lines: PriceLine[] = []
  for (const { participant, lines: own } of priced) {
    lines.push(...own)
    const discount = discounts.get(participant.id)
    if (discount) lines.push(discount)
  }
  const fee = rules.lateFee
  if (fee && participants.length > 0) {
    assertCents(fee.cents, 'lateFee.cents')
    if (at.getTime() >= localToInstant(fee.from).getTime() && fee.cents > 0) {
      if (fee.per === 'registration') {
        lines.push({
          kind: 'lateFee',
          participantId: null,
          label: bilingual('receipt.lateFee'),
          cents: fee.cents,
        })
      } else {
        for (const participant of participants) {
          lines.push({
            kind: 'lateFee',
            participantId: participant.id,
            label: bilingual('receipt.lateFeeFor', { name: participant.name }),
            cents: fee.cents,
          })
        }
      }
    }
  }

  const perParticipant: Record<string, Cents> = {}
  for (const { id } of participants) perParticipant[id] = 0
  const shared = lines.filter((line) => line.participantId === null)
  for (const line of lines) {
    if (line.participantId !== null) perParticipant[line.participantId] += line.cents
  }
  // A fee charged once per registration is split over the participants, the first ones taking
  // the leftover cents, so what they pay still adds up to the total (refunds are per person).
  for (const line of shared) {
    const share = Math.floor(line.cents / participants.length)
    let leftover = line.cents - share * participants.length
    for (const { id } of participants) {
      perParticipant[id] += share + (leftover > 0 ? 1 : 0)
      if (leftover > 0) leftover -= 1
    }
  }
  const totalCents = lines.reduce((sum, line) => sum + line.cents, 0)
  return { lines, totalCents, perParticipant, currency }
}
