import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findCardNumbers, freeText, isCardNumberIssue, passesLuhn } from '../../src/shared/free-text'
import { cardNumberArbitrary, formatCardNumber, separatorArbitrary } from '../support/card-numbers'

/** Text around a card number that adds no digit next to it. */
const wordy = fc.string({ unit: fc.constantFrom(...'abc XYZ,;:()/#é\u00e9\u4e2d'.split('')), maxLength: 20 })

describe('card numbers in free text', () => {
  it('knows the Luhn check of well-known test numbers', () => {
    for (const number of ['4111111111111111', '5555555555554444', '378282246310005', '4222222222222', '6011111111111117', '3530111333300000']) {
      expect(passesLuhn(number)).toBe(true)
    }
    expect(passesLuhn('4111111111111112')).toBe(false)
  })

  it('finds any Luhn-valid 13 to 19 digits, grouped by spaces or dashes or not, inside any text', () => {
    fc.assert(
      fc.property(cardNumberArbitrary, separatorArbitrary, fc.integer({ min: 1, max: 6 }), wordy, wordy, (digits, separator, groupSize, before, after) => {
        const text = `${before} ${formatCardNumber(digits, groupSize, separator)} ${after}`
        expect(findCardNumbers(text)).toContain(digits)
        const parsed = freeText(200).safeParse(text)
        expect(parsed.success).toBe(false)
        expect(parsed.error?.issues.some(isCardNumberIssue)).toBe(true)
      }),
      { numRuns: 500 }
    )
  })

  it('finds them typed in full-width digits or with invisible characters between the digits', () => {
    expect(findCardNumbers('\uff14\uff11\uff11\uff11 1111 1111 1111')).toEqual(['4111111111111111'])
    expect(findCardNumbers('4111\u200b1111\u200d1111\u20601111')).toEqual(['4111111111111111'])
    expect(findCardNumbers('4111 \u2013 1111 \u2013 1111 \u2013 1111')).toEqual(['4111111111111111'])
  })

  it('leaves digit runs that fail Luhn, or have fewer than 13 or more than 19 digits, alone', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 1, maxLength: 40 }), wordy, (digits, word) => {
        const luhnSpan = digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)
        expect(freeText(200).safeParse(`${word}#${digits}#${word}`).success).toBe(!luhnSpan)
      }),
      { numRuns: 1000 }
    )
  })

  it('keeps ordinary shop text: phone numbers, dates, amounts, short references, UUIDs', () => {
    for (const text of [
      'event 49001912-3456-7890-1234-567890abcdef',
      '12345678-1234-1234-1234-123456789012',
      '+44 20 7946 0958',
      'Call 555-0100 after 6',
      '12/03/2026 10:15',
      'Paid 12.50 and 7.25',
      'AUTH 4821 (terminal 3)',
      'Flat 4, 12 High Street, SW1A 1AA',
      ''
    ]) {
      expect(freeText(200).safeParse(text)).toMatchObject({ success: true, data: text })
    }
  })

  it('trims, bounds and requires as asked', () => {
    expect(freeText(5).safeParse('  abc ')).toMatchObject({ success: true, data: 'abc' })
    expect(freeText(5, { tooLong: 'Too long' }).safeParse('abcdef').error?.issues[0]?.message).toBe('Too long')
    expect(freeText(5, { required: 'Say something' }).safeParse('   ').error?.issues[0]?.message).toBe('Say something')
    expect(freeText(5, { required: 'Say something' }).safeParse(5).error?.issues[0]?.message).toBe('Say something')
  })
})
