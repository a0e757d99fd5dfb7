import fc from 'fast-check'
import { passesLuhn } from '../../src/shared/free-text'

/** The digits plus the one check digit that makes them pass Luhn. */
export function withLuhnCheckDigit(digits: string): string {
  for (let check = 0; check <= 9; check++) {
    if (passesLuhn(`${digits}${check}`)) return `${digits}${check}`
  }
  throw new Error('unreachable: one check digit in ten passes')
}

/** Any card-shaped number: 13 to 19 digits passing Luhn, starting as real card numbers do (2 to 6). */
export const cardNumberArbitrary = fc
  .tuple(fc.integer({ min: 2, max: 6 }), fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 11, maxLength: 17 }))
  .map(([first, rest]) => withLuhnCheckDigit(`${first}${rest}`))

export const separatorArbitrary = fc.constantFrom('', ' ', '-', ' - ', '  ', '\u00a0', '\u2013')

export function formatCardNumber(digits: string, groupSize: number, separator: string): string {
  const groups: string[] = []
  for (let at = 0; at < digits.length; at += groupSize) groups.push(digits.slice(at, at + groupSize))
  return groups.join(separator)
}

/** The ways a card number is typed into a box: one of each is tried on every free-text field. */
export const CARD_NUMBER_PROBES = [
  '4111111111111111',
  '4111 1111 1111 1111',
  '5555-5555-5555-4444',
  '4222222222222',
  'Card 3782 822463 10005 exp 12/27'
] as const
