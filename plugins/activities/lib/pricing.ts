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

export type BasketItem = {
  sessionId: string
  participant: PriceParticipant
  rules: PriceRules
  /** that session's number of weeks (`sessionWeeks`), for a per-week tariff */
  weeks: number
}

export type BasketLine = PriceLine & { sessionId: string }

export type BasketQuote = {
  lines: BasketLine[]
  totalCents: Cents
  /** what each registration (session, participant) pays, fees included: what a refund starts from */
  perItem: { sessionId: string; participantId: string; cents: Cents }[]
  currency: string
}

/**
 * The quote for a household's checkout: registrations of its members to one or more sessions.
 * The family discount (the season's rule, `familyDiscount`) ranks every registration of the
 * checkout by its price, most expensive first, so it falls on the cheaper ones whatever the
 * order they were chosen in. Lines come in the receipt's order: each registration's price, its
 * cap and its discount, then the fees. Throws a RangeError on rules that are not whole cents, a
 * week count that is not a whole number, or a member registered twice to one session.
 */
export const priceBasket = ({
  items,
  isResident,
  at,
  familyDiscount,
  priorParticipants = 0,
}: {
  items: BasketItem[]
  /** from the civic address of the household */
  isResident: boolean
  /** when the registration is made */
  at: Date
  familyDiscount?: FamilyDiscountTier[] | null
  /** registrations the household already made this season that count for the discount @default 0 */
  priorParticipants?: number
}): BasketQuote => {
  if (!Number.isInteger(priorParticipants) || priorParticipants < 0) {
    throw new RangeError(`priorParticipants: expected a whole number ≥ 0`)
  }
  const keys = new Set(
    items.map(({ sessionId, participant }) => `${sessionId}\u0000${participant.id}`),
  )
  if (keys.size !== items.length)
    throw new RangeError('items: a member is registered twice to a session')
  const currencies = new Set(items.map(({ rules }) => rules.currency ?? 'CAD'))
  if (currencies.size > 1) throw new RangeError('items: one currency per checkout')
  const currency = [...currencies][0] ?? 'CAD'

  const priced = items.map((item, index) => {
    checkTariff(item.rules.resident, 'resident')
    checkTariff(item.rules.nonResident, 'nonResident')
    if (!Number.isInteger(item.weeks) || item.weeks < 0) {
      throw new RangeError(`weeks: expected a whole number ≥ 0, got ${String(item.weeks)}`)
    }
    const tariff = isResident ? item.rules.resident : item.rules.nonResident
    const base = basePrice({
      tariff,
      participant: item.participant,
      isResident,
      weeks: item.weeks,
      currency,
    })
    return { item, index, ...base }
  })
  // Most expensive first, the given order breaking ties: the discount goes to the cheaper ones.
  const ranked = [...priced].sort((a, b) => b.cents - a.cents || a.index - b.index)
  let rank = priorParticipants
  const discounts = new Map<number, PriceLine>()
  for (const { item, index, cents } of ranked) {
    if (item.participant.countsForFamilyDiscount === false) continue
    rank += 1
    const percent = discountPercentForRank(familyDiscount, rank)
    const discount = percentOf(cents, percent)
    if (discount > 0) {
      discounts.set(index, {
        kind: 'familyDiscount',
        participantId: item.participant.id,
        label: bilingual('receipt.familyDiscount', { name: item.participant.name, rank, percent }),
        cents: -discount,
      })
    }
  }

  const lines: BasketLine[] = []
  for (const { item, index, lines: own } of priced) {
    lines.push(...own.map((line) => ({ ...line, sessionId: item.sessionId })))
    const discount = discounts.get(index)
    if (discount) lines.push({ ...discount, sessionId: item.sessionId })
  }
  // Late fees, after the prices: once per session (its rule's `per: 'registration'`) or once per
  // participant. Never discounted.
  const feeLines: BasketLine[] = []
  const sessions = [...new Set(items.map(({ sessionId }) => sessionId))]
  for (const sessionId of sessions) {
    const ofSession = items.filter((item) => item.sessionId === sessionId)
    const fee = ofSession[0].rules.lateFee
    if (!fee) continue
    assertCents(fee.cents, 'lateFee.cents')
    if (fee.cents === 0 || at.getTime() < localToInstant(fee.from).getTime()) continue
    if (fee.per === 'registration') {
      feeLines.push({
        kind: 'lateFee',
        sessionId,
        participantId: null,
        label: bilingual('receipt.lateFee'),
        cents: fee.cents,
      })
    } else {
      for (const { participant } of ofSession) {
        feeLines.push({
          kind: 'lateFee',
          sessionId,
          participantId: participant.id,
          label: bilingual('receipt.lateFeeFor', { name: participant.name }),
          cents: fee.cents,
        })
      }
    }
  }
  lines.push(...feeLines)

  const perItem = items.map(({ sessionId, participant }) => ({
    sessionId,
    participantId: participant.id,
    cents: 0,
  }))
  const itemOf = (sessionId: string, participantId: string) =>
    perItem.find((entry) => entry.sessionId === sessionId && entry.participantId === participantId)!
  for (const line of lines) {
    if (line.participantId !== null) itemOf(line.sessionId, line.participantId).cents += line.cents
  }
  // A fee charged once per registration is split over that session's participants, the first
  // ones taking the leftover cents, so the shares still add up to the total (refunds are per person).
  for (const line of lines.filter((entry) => entry.participantId === null)) {
    const shares = perItem.filter((entry) => entry.sessionId === line.sessionId)
    const share = Math.floor(line.cents / shares.length)
    let leftover = line.cents - share * shares.length
    for (const entry of shares) {
      entry.cents += share + (leftover > 0 ? 1 : 0)
      if (leftover > 0) leftover -= 1
    }
  }
  const totalCents = lines.reduce((sum, line) => sum + line.cents, 0)
  return { lines, totalCents, perItem, currency }
}

/**
 * The quote for one registration: some of a household's members to one session, the session's
 * own `familyDiscount` applying (`priceBasket` for a checkout of several sessions).
 */
export const priceRegistration = ({
  rules,
  participants,
  isResident,
  weeks,
  at,
  priorParticipants = 0,
}: PriceInput): PriceQuote => {
  const sessionId = 'session'
  const quote = priceBasket({
    items: participants.map((participant) => ({ sessionId, participant, rules, weeks })),
    isResident,
    at,
    familyDiscount: rules.familyDiscount,
    priorParticipants,
  })
  const perParticipant: Record<string, Cents> = {}
  for (const { participantId, cents } of quote.perItem) perParticipant[participantId] = cents
  return {
    lines: quote.lines.map(({ sessionId: _sessionId, ...line }) => line),
    totalCents: quote.totalCents,
    perParticipant,
    currency: quote.currency,
  }
}
