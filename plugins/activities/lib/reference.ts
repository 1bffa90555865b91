import { randomInt } from 'node:crypto'

/** Luhn's check digit (mod 10), as bank bill-payment account numbers carry one. */
export const luhnDigit = (digits: string): number => {
  let sum = 0
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return (10 - (sum % 10)) % 10
}

/**
 * A payment reference: 11 random digits and a Luhn check digit, so a mistyped digit at the
 * counter or the bank is caught (`isReference`). Digits only: bank bill payment takes no letters.
 * Not a secret (the owner's session guards the pages); unique by the unique index on payments'
 * references and checked against held registrations when staff record a payment.
 */
export const newReference = (): string => {
  let digits = String(randomInt(1, 10))
  for (let i = 0; i < 10; i += 1) digits += String(randomInt(0, 10))
  return `${digits}${luhnDigit(digits)}`
}

export const isReference = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{12}$/.test(value) &&
  luhnDigit(value.slice(0, -1)) === Number(value.at(-1))
