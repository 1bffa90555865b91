/**
 * From the collections' documents to the core's plain data (pricing, eligibility, schedule): the
 * one place that knows both shapes.
 */
import { type CancellationRules, defaultCancellationRules } from './cancellation'
import type { EligibilityRules } from './eligibility'
import type { FamilyDiscountTier, PriceRules, Tariff } from './pricing'
import type { HolidayPolicy, Weekday, WeeklyPattern } from './schedule'

type Doc = Record<string, unknown>

const num = (value: unknown): number | null =>
  value === null || value === undefined || value === '' ? null : Number(value)

const date = (value: unknown): Date | null =>
  value ? new Date(value instanceof Date ? value.getTime() : String(value)) : null

export const patternOf = (session: Doc): WeeklyPattern => {
  const schedule = (session.schedule ?? {}) as Doc
  return {
    firstDate: String(schedule.firstDate ?? ''),
    lastDate: String(schedule.lastDate ?? ''),
    weekdays: ((schedule.weekdays as string[] | null) ?? []) as Weekday[],
    startTime: String(schedule.startTime ?? ''),
    durationMinutes: Number(schedule.durationMinutes ?? 60),
    intervalWeeks: num(schedule.intervalWeeks) ?? 1,
    cancelledDates: ((schedule.cancelledDates as { date?: string }[] | null) ?? [])
      .map((row) => row.date ?? '')
      .filter(Boolean),
    onHoliday: (schedule.onHoliday as HolidayPolicy | null) ?? 'skip',
  }
}

const tariffOf = (value: unknown): Tariff => {
  const tariff = (value ?? {}) as Doc
  const cents = Number(tariff.cents ?? 0)
  return tariff.per === 'week'
    ? { per: 'week', cents, seasonCapCents: num(tariff.seasonCapCents) }
    : { per: 'session', cents }
}

export const priceRulesOf = (activity: Doc): PriceRules => {
  const prices = (activity.prices ?? {}) as Doc
  const late = (prices.lateFee ?? {}) as Doc
  return {
    resident: tariffOf(prices.resident),
    nonResident: tariffOf(prices.nonResident),
    familyDiscount: ((prices.familyDiscount as Doc[] | null) ?? []).map(
      (tier): FamilyDiscountTier => ({
        fromRank: Number(tier.fromRank),
        percent: Number(tier.percent),
      }),
    ),
    lateFee:
      late.from && num(late.cents)
        ? {
            from: String(late.from),
            cents: Number(late.cents),
            per: late.per === 'participant' ? 'participant' : 'registration',
          }
        : null,
  }
}

export const eligibilityRulesOf = (session: Doc, activity: Doc): EligibilityRules => {
  const pattern = patternOf(session)
  const residentsFrom = date(session.residentsFrom)
  const everyoneFrom = date(session.everyoneFrom)
  // A session whose opening staff have not set is not open yet: its first date at the earliest.
  const fallback = new Date(`${pattern.firstDate}T00:00:00Z`)
  const residency: EligibilityRules['residency'] =
    session.openTo === 'residentsOnly'
      ? { kind: 'residentsOnly', opensAt: residentsFrom ?? everyoneFrom ?? fallback }
      : session.openTo === 'everyone'
        ? { kind: 'everyone', opensAt: everyoneFrom ?? residentsFrom ?? fallback }
        : {
            kind: 'residentsFirst',
            residentsFrom: residentsFrom ?? everyoneFrom ?? fallback,
            everyoneFrom: everyoneFrom ?? residentsFrom ?? fallback,
          }
  return {
    sessionId: String(session.id),
    startDate: pattern.firstDate,
    ageMin: num(activity.ageMin),
    ageMax: num(activity.ageMax),
    residency,
    closesAt: date(session.closesAt),
    prerequisites: ((activity.prerequisites as { code?: string }[] | null) ?? [])
      .map((row) => row.code ?? '')
      .filter(Boolean),
  }
}

export const registrationStatuses = ['held', 'confirmed', 'cancelled', 'expired'] as const
export type RegistrationStatus = (typeof registrationStatuses)[number]

/** The activity's cancellation rules (its `cancellation` group), defaults where empty. */
export const cancellationRulesOf = (activity: Doc): CancellationRules => {
  const rules = (activity.cancellation ?? {}) as Doc
  return {
    feeCents: num(rules.feeCents) ?? defaultCancellationRules.feeCents,
    refundUntilHours: num(rules.refundUntilHours) ?? defaultCancellationRules.refundUntilHours,
    afterStart: rules.afterStart === 'none' ? 'none' : 'credit',
  }
}
