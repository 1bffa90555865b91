/**
 * Amounts are integer cents everywhere in the plugin: a float never holds money, so a receipt's
 * lines always add up to its total. This file formats them and does the one rounding the rules
 * need (a percentage of an amount).
 */
import { languageTags } from '../../kit/i18n'
import type { ActivitiesLocale } from '../i18n/translate'

export type Cents = number

/** Throws unless the value is a whole, non-negative number of cents. */
export const assertCents = (value: unknown, what: string): Cents => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what}: expected whole cents (an integer ≥ 0), got ${String(value)}`)
  }
  return value
}

/**
 * `percent` % of an amount, rounded to the nearest cent, a half cent rounded up (in integers:
 * no float ever holds the amount). `percent` is a whole number from 0 to 100.
 */
export const percentOf = (cents: Cents, percent: number): Cents => {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    throw new RangeError(`percent: expected a whole number from 0 to 100, got ${String(percent)}`)
  }
  return Math.floor((cents * percent + 50) / 100)
}

const formats = new Map<string, Intl.NumberFormat>()

/** `1 234,50 $` in French, `$1,234.50` in English (the city profile's language tags). */
export const formatMoney = (cents: Cents, locale: ActivitiesLocale, currency = 'CAD'): string => {
  const key = `${locale}:${currency}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(languageTags[locale], { style: 'currency', currency })
    formats.set(key, format)
  }
  // Cents / 100 is exact enough for display: Intl rounds to two decimals, and integers below
  // 2^53 divided by 100 print back to the same two decimals.
  return format.format(cents / 100)
}
