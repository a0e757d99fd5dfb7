import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatMoney, minorUnitsToDecimal, moneyInputText, parseMoneyInput } from './money'
import { parsePercentInput, percentInputText } from './percent'
import { parseCountInput } from './count'

describe('money shown to the shopkeeper', () => {
  it('uses the shop currency, locale and digits', () => {
    expect(formatMoney(1999, { currency: 'USD', locale: 'en-US', currencyDigits: 2 })).toBe('$19.99')
    expect(formatMoney(1999, { currency: 'EUR', locale: 'fr-FR', currencyDigits: 2 }).replace(/\s/g, ' ')).toBe('19,99 €')
    expect(formatMoney(1999, { currency: 'JPY', locale: 'ja-JP', currencyDigits: 0 })).toMatch(/^[¥￥]1,999$/)
    expect(formatMoney(1234, { currency: 'KWD', locale: 'en-US', currencyDigits: 3 }).replace(/\s/g, ' ')).toBe('KWD 1.234')
    expect(formatMoney(-5, { currency: 'USD', locale: 'en-US', currencyDigits: 2 })).toBe('-$0.05')
  })

  it('never rounds: the largest amounts print digit for digit', () => {
    expect(minorUnitsToDecimal(900719925474099, 2)).toBe('9007199254740.99')
    expect(formatMoney(999999999999, { currency: 'USD', locale: 'en-US', currencyDigits: 2 })).toBe('$9,999,999,999.99')
  })
})

describe('money typed by the shopkeeper', () => {
  it.each([
    ['12', 2, 1200],
    ['12.5', 2, 1250],
    ['12,50', 2, 1250],
    [' 0.07 ', 2, 7],
    ['.5', 2, 50],
    ['3.', 2, 300],
    ['0', 2, 0],
    ['1500', 0, 1500],
    ['1.234', 3, 1234],
    ['10000000000', 2, 1_000_000_000_000]
  ])('reads %j with %i digits as %i minor units', (text, digits, amount) => {
    expect(parseMoneyInput(text, digits, '.')).toEqual({ ok: true, amount })
  })

  it.each([
    ['', 2, 'Enter an amount'],
    ['-1', 2, 'The amount cannot be negative'],
    ['abc', 2, 'Type the amount with digits only, for example 12.50'],
    ['1,000.00', 2, 'Type the amount with digits only, for example 12.50'],
    ['1,000', 2, 'Use at most 2 digits after the decimal mark'],
    ['4.999', 2, 'Use at most 2 digits after the decimal mark'],
    ['1.5', 0, 'This currency has no decimals: type a whole amount'],
    ['1e3', 2, 'Type the amount with digits only, for example 12.50'],
    ['.', 2, 'Type the amount with digits only, for example 12.50'],
    ['10000000000.01', 2, 'The amount is too large'],
    ['99999999999999999999', 2, 'The amount is too large']
  ])('refuses %j (%i digits) with a sentence', (text, digits, message) => {
    expect(parseMoneyInput(text, digits, '.')).toEqual({ ok: false, message })
  })

  it('round-trips every amount exactly, for every digit count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), fc.constantFrom(0, 2, 3), (amount, digits) => {
        expect(parseMoneyInput(moneyInputText(amount, digits), digits, '.')).toEqual({ ok: true, amount })
      })
    )
  })
})

describe('percentages and counts typed by the shopkeeper', () => {
  it('reads tax rates as basis points without floats', () => {
    expect(parsePercentInput('20')).toEqual({ ok: true, basisPoints: 2000 })
    expect(parsePercentInput('5,5')).toEqual({ ok: true, basisPoints: 550 })
    expect(parsePercentInput('8.25 %')).toEqual({ ok: true, basisPoints: 825 })
    expect(parsePercentInput('0.07')).toEqual({ ok: true, basisPoints: 7 })
    expect(parsePercentInput('100.01').ok).toBe(false)
    expect(parsePercentInput('twenty').ok).toBe(false)
    expect(parsePercentInput('5.555').ok).toBe(false)
    expect(percentInputText(550)).toBe('5.5')
    expect(percentInputText(2000)).toBe('20')
    expect(percentInputText(7)).toBe('0.07')
  })

  it('reads whole counts, signed only where asked', () => {
    expect(parseCountInput('12')).toEqual({ ok: true, value: 12 })
    expect(parseCountInput('+3', { allowNegative: true })).toEqual({ ok: true, value: 3 })
    expect(parseCountInput('-3', { allowNegative: true })).toEqual({ ok: true, value: -3 })
    expect(parseCountInput('-3', { label: 'Stock' })).toEqual({ ok: false, message: 'Stock cannot be negative' })
    expect(parseCountInput('2.5')).toEqual({ ok: false, message: 'Quantity is a whole number' })
    expect(parseCountInput('')).toEqual({ ok: false, message: 'Quantity is required' })
  })
})
