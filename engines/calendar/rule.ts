import { tz } from '@date-fns/tz'
import { format, isValid, parse } from 'date-fns'
import * as rruleModule from 'rrule'
import type { Options, RRule as RRuleInstance } from 'rrule'

import { CalendarError } from './errors'
import { type FloatingTime, floatingToInstant, instantToFloating } from './timeZone'

// rrule 2.8 publishes its ES module only through package.json's "module" field, which bundlers
// read and Node ignores: under Node (Vitest, tsx scripts, the Payload CLI) the CommonJS build is
// loaded and its exports sit on `default`. Reflect.get keeps bundlers from warning about a
// `default` export the ES build does not have.
const rrule: typeof rruleModule =
  'RRule' in rruleModule ? rruleModule : Reflect.get(rruleModule, 'default')
const { RRule } = rrule

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY'

/** A validated RRULE body, its parts upper-cased and in the order written. */
export type ParsedRule = {
  frequency: Frequency
  parts: [key: string, value: string][]
  options: Partial<Options>
  /** UNTIL read as city wall-clock time; a bare date keeps that whole day. */
  until: FloatingTime | null
}

const ruleError = (fr: string, en: string) =>
  new CalendarError({
    fr: `Règle de récurrence invalide : ${fr}`,
    en: `Invalid recurrence rule: ${en}`,
  })

const frequencies: Frequency[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']
const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
const utc = tz('UTC')
const dayMs = 86_400_000
const longestMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const integerList = (
  value: string,
  { min, max, isSigned }: { min: number; max: number; isSigned: boolean },
): boolean =>
  value.split(',').every((item) => {
    if (!(isSigned ? /^[+-]?\d{1,3}$/ : /^\d{1,3}$/).test(item)) return false
    const magnitude = Math.abs(Number(item))
    return magnitude >= min && magnitude <= max
  })

const byDayItem = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/

const valueChecks: Record<
  string,
  { isValid: (value: string) => boolean; expected: [string, string] }
> = {
  FREQ: {
    isValid: (value) => /^[A-Z]+$/.test(value),
    expected: ['DAILY, WEEKLY, MONTHLY ou YEARLY', 'DAILY, WEEKLY, MONTHLY or YEARLY'],
  },
  INTERVAL: {
    isValid: (value) => /^[1-9]\d{0,2}$/.test(value),
    expected: ['un entier de 1 à 999', 'an integer from 1 to 999'],
  },
  COUNT: {
    isValid: (value) => /^[1-9]\d{0,3}$/.test(value),
    expected: ['un entier de 1 à 9999', 'an integer from 1 to 9999'],
  },
  UNTIL: {
    isValid: (value) => /^\d{8}(T\d{6}Z?)?$/.test(value),
    expected: ['AAAAMMJJ ou AAAAMMJJTHHMMSS', 'YYYYMMDD or YYYYMMDDTHHMMSS'],
  },
  WKST: {
    isValid: (value) => weekdays.includes(value),
    expected: ['MO, TU, WE, TH, FR, SA ou SU', 'MO, TU, WE, TH, FR, SA or SU'],
  },
  BYDAY: {
    isValid: (value) =>
      value.split(',').every((item) => {
        const match = byDayItem.exec(item)
        if (!match) return false
        return (
          match[1] === undefined ||
          (Math.abs(Number(match[1])) >= 1 && Math.abs(Number(match[1])) <= 53)
        )
      }),
    expected: ['des jours comme MO,WE ou 2TU ou -1FR', 'days such as MO,WE or 2TU or -1FR'],
  },
  BYMONTHDAY: {
    isValid: (value) => integerList(value, { min: 1, max: 31, isSigned: true }),
    expected: ['des jours de 1 à 31 (ou -31 à -1)', 'days from 1 to 31 (or -31 to -1)'],
  },
  BYMONTH: {
    isValid: (value) => integerList(value, { min: 1, max: 12, isSigned: false }),
    expected: ['des mois de 1 à 12', 'months from 1 to 12'],
  },
  BYYEARDAY: {
    isValid: (value) => integerList(value, { min: 1, max: 366, isSigned: true }),
    expected: ['des jours de 1 à 366 (ou -366 à -1)', 'days from 1 to 366 (or -366 to -1)'],
  },
  BYWEEKNO: {
    isValid: (value) => integerList(value, { min: 1, max: 53, isSigned: true }),
    expected: ['des semaines de 1 à 53 (ou -53 à -1)', 'weeks from 1 to 53 (or -53 to -1)'],
  },
  BYSETPOS: {
    isValid: (value) => integerList(value, { min: 1, max: 366, isSigned: true }),
    expected: [
      'des positions de 1 à 366 (ou -366 à -1)',
      'positions from 1 to 366 (or -366 to -1)',
    ],
  },
}

const parseUntil = (value: string, timeZone: string): FloatingTime => {
  const isDateOnly = value.length === 8
  const isUtc = value.endsWith('Z')
  const parsed = parse(
    isUtc ? value.slice(0, -1) : value,
    isDateOnly ? 'yyyyMMdd' : "yyyyMMdd'T'HHmmss",
    new Date(0),
    { in: utc },
  )
  if (!isValid(parsed)) {
    throw ruleError(`UNTIL=${value} n'est pas une date réelle`, `UNTIL=${value} is not a real date`)
  }
  const floating = new Date(parsed.getTime())
  // Editors write "until December 31" meaning the whole day, whatever the occurrences' time.
  if (isDateOnly) return new Date(floating.getTime() + dayMs - 1000)
  return isUtc ? instantToFloating(floating, timeZone) : floating
}

/**
 * Validates an RRULE body ('FREQ=WEEKLY;BYDAY=TU') against RFC 5545 and what this engine supports.
 * rrule's own parser accepts nonsense silently (an INTERVAL of "abc" makes it loop forever), hence
 * the explicit grammar. Throws a CalendarError.
 */
export const parseRule = (body: string, { timeZone }: { timeZone: string }): ParsedRule => {
  const text = body.trim().replace(/^RRULE:/i, '')
  if (!text) throw ruleError('la règle est vide', 'the rule is empty')
  if (/[\r\n]/.test(text)) {
    throw ruleError('une seule ligne RRULE est attendue', 'a single RRULE line is expected')
  }

  const parts: [string, string][] = []
  for (const segment of text.split(';').filter(Boolean)) {
    const match = /^([A-Za-z-]+)=(.+)$/.exec(segment.trim())
    if (!match) {
      throw ruleError(
        `« ${segment} » n'est pas de la forme CLÉ=VALEUR`,
        `"${segment}" is not of the form KEY=VALUE`,
      )
    }
    const key = match[1].toUpperCase()
    const value = match[2].trim().toUpperCase()
    if (key === 'DTSTART' || key === 'TZID') {
      throw ruleError(
        `${key} vient du début de l'événement, pas de la règle`,
        `${key} comes from the event's start, not from the rule`,
      )
    }
    if (key === 'BYHOUR' || key === 'BYMINUTE' || key === 'BYSECOND') {
      throw ruleError(
        `l'heure vient du début de l'événement (${key} n'est pas accepté)`,
        `the time of day comes from the event's start (${key} is not accepted)`,
      )
    }
    const check = valueChecks[key]
    if (!check) throw ruleError(`propriété inconnue « ${key} »`, `unknown property "${key}"`)
    if (parts.some(([existing]) => existing === key)) {
      throw ruleError(`${key} apparaît deux fois`, `${key} appears twice`)
    }
    if (!check.isValid(value)) {
      throw ruleError(
        `${key}=${value} (attendu : ${check.expected[0]})`,
        `${key}=${value} (expected ${check.expected[1]})`,
      )
    }
    parts.push([key, value])
  }

  const get = (key: string) => parts.find(([existing]) => existing === key)?.[1]
  const frequency = get('FREQ')
  if (!frequency) throw ruleError('FREQ est obligatoire', 'FREQ is required')
  if (!frequencies.includes(frequency as Frequency)) {
    throw ruleError(
      `fréquence « ${frequency} » non prise en charge (DAILY, WEEKLY, MONTHLY ou YEARLY)`,
      `unsupported frequency "${frequency}" (DAILY, WEEKLY, MONTHLY or YEARLY)`,
    )
  }
  if (get('COUNT') && get('UNTIL')) {
    throw ruleError(
      'COUNT et UNTIL ne peuvent pas être combinés',
      'COUNT and UNTIL cannot be combined',
    )
  }
  // RFC 5545 §3.3.10 restrictions; calendar apps reject or misread rules that break them.
  const hasOrdinalDay = (get('BYDAY') ?? '').split(',').some((item) => /^[+-]?\d/.test(item))
  if (hasOrdinalDay && frequency !== 'MONTHLY' && frequency !== 'YEARLY') {
    throw ruleError(
      'un jour numéroté (comme 2TU) exige FREQ=MONTHLY ou YEARLY',
      'a numbered day (such as 2TU) requires FREQ=MONTHLY or YEARLY',
    )
  }
  if (hasOrdinalDay && frequency === 'MONTHLY') {
    const isInMonth = (get('BYDAY') ?? '')
      .split(',')
      .every((item) => Math.abs(Number(byDayItem.exec(item)?.[1] ?? 0)) <= 5)
    if (!isInMonth) {
      throw ruleError(
        'un mois compte au plus 5 fois le même jour',
        'a month has at most 5 of the same weekday',
      )
    }
  }
  if (hasOrdinalDay && get('BYWEEKNO')) {
    throw ruleError(
      'un jour numéroté ne se combine pas avec BYWEEKNO',
      'a numbered day cannot be combined with BYWEEKNO',
    )
  }
  if (get('BYMONTHDAY') && frequency === 'WEEKLY') {
    throw ruleError(
      'BYMONTHDAY ne va pas avec FREQ=WEEKLY',
      'BYMONTHDAY does not go with FREQ=WEEKLY',
    )
  }
  if (get('BYYEARDAY') && frequency !== 'YEARLY') {
    throw ruleError('BYYEARDAY exige FREQ=YEARLY', 'BYYEARDAY requires FREQ=YEARLY')
  }
  if (get('BYWEEKNO') && frequency !== 'YEARLY') {
    throw ruleError('BYWEEKNO exige FREQ=YEARLY', 'BYWEEKNO requires FREQ=YEARLY')
  }
  if (get('BYSETPOS') && !parts.some(([key]) => key.startsWith('BY') && key !== 'BYSETPOS')) {
    throw ruleError(
      'BYSETPOS exige une autre propriété BY… (comme BYDAY)',
      'BYSETPOS requires another BY… property (such as BYDAY)',
    )
  }

  const monthDays = get('BYMONTHDAY')
  if (monthDays) {
    const months = (get('BYMONTH') ?? '1,2,3,4,5,6,7,8,9,10,11,12').split(',').map(Number)
    const isPossible = monthDays
      .split(',')
      .some((day) => months.some((month) => Math.abs(Number(day)) <= longestMonth[month - 1]))
    // Caught here because rrule would search until year 9999 for such a date (see isEverMatching).
    if (!isPossible) {
      throw ruleError(
        `aucun jour BYMONTHDAY=${monthDays} n'existe dans les mois choisis`,
        `no BYMONTHDAY=${monthDays} day exists in the chosen months`,
      )
    }
  }

  const untilText = get('UNTIL')
  const until = untilText ? parseUntil(untilText, timeZone) : null
  const options = RRule.parseString(
    parts
      .filter(([key]) => key !== 'UNTIL')
      .map(([key, value]) => `${key}=${value}`)
      .join(';'),
  )
  return { frequency: frequency as Frequency, parts, options, until }
}

/** rrule gives up only past this year when a rule never matches. */
const rruleLastYear = 9999
const probeYears = 100
// One Gregorian cycle (400 years) counted in each frequency's periods: the calendar, weekdays
// included, repeats exactly after it.
const cyclePeriods: Record<Frequency, number> = {
  YEARLY: 400,
  MONTHLY: 4800,
  WEEKLY: 20_871,
  DAILY: 146_097,
}

/**
 * Whether the rule ever produces an occurrence. Asked directly, rrule would walk every period up to
 * year 9999 for a rule that never matches (the 30th of February, every 7 days on a weekday the start
 * is not): 14 s for a daily rule. The same rule started a whole number of 400-year cycles later
 * (keeping the INTERVAL phase) produces the same pattern, so probing it near year 9999 answers in
 * a bounded time.
 */
const isEverMatching = (rule: ParsedRule, start: FloatingTime): boolean => {
  const interval = rule.options.interval ?? 1
  const startYear = start.getUTCFullYear()
  let cycles = Math.max(0, Math.floor((rruleLastYear - probeYears - startYear) / 400))
  while (cycles > 0 && (cyclePeriods[rule.frequency] * cycles) % interval !== 0) cycles -= 1
  const probeStart = new Date(start.getTime())
  probeStart.setUTCFullYear(startYear + 400 * cycles)
  const probe = new RRule({ ...rule.options, dtstart: probeStart, count: null, until: null })
  return probe.after(probeStart, true) !== null
}

/**
 * The rrule recurrence of a validated rule from a floating start, with its first occurrence.
 * Throws a CalendarError when the rule never produces one.
 */
export const buildRRule = (
  rule: ParsedRule,
  start: FloatingTime,
): { rrule: RRuleInstance; first: FloatingTime } => {
  if (!isEverMatching(rule, start)) {
    throw ruleError(
      'elle ne produit aucune occurrence à partir du début',
      'it never produces an occurrence from the start',
    )
  }
  const recurrence = new RRule({ ...rule.options, dtstart: start, until: rule.until })
  const first = recurrence.after(start, true)
  if (!first) {
    throw ruleError(
      'UNTIL tombe avant la première occurrence',
      'UNTIL falls before the first occurrence',
    )
  }
  return { rrule: recurrence, first }
}

/**
 * The RRULE value to publish. UNTIL must match DTSTART's type (RFC 5545 §3.3.10): a date for
 * all-day series, otherwise a UTC date-time, which calendar apps require beside a TZID start.
 */
export const formatRuleForIcs = (
  rule: ParsedRule,
  { isAllDay, timeZone }: { isAllDay: boolean; timeZone: string },
): string =>
  rule.parts
    .map(([key, value]) => {
      if (key !== 'UNTIL' || !rule.until) return `${key}=${value}`
      if (isAllDay) return `UNTIL=${format(rule.until, 'yyyyMMdd', { in: utc })}`
      const instant = floatingToInstant(rule.until, timeZone)
      return `UNTIL=${format(instant, "yyyyMMdd'T'HHmmss'Z'", { in: utc })}`
    })
    .join(';')
