import { describe, expect, it } from 'vitest'
import { formatDeduction, formatMoney, formatSigned, minorToDecimal, paymentLabel, paymentRounding, unpaidText } from '../../src/main/print/format'
import { money } from '../../src/shared/money'

describe('money on paper', () => {
  it.each([
    [0, 2, '0.00'],
    [5, 2, '0.05'],
    [1999, 2, '19.99'],
    [-1999, 2, '-19.99'],
    [1234, 0, '1234'],
    [1234, 3, '1.234'],
    [Number.MAX_SAFE_INTEGER, 2, '90071992547409.91']
  ])('%i minor units with %i digits is exactly %s', (amount, digits, decimal) => {
    expect(minorToDecimal(amount, digits)).toBe(decimal)
  })

  it('formats in the shop’s currency and locale, with the currency’s own digits', () => {
    expect(formatMoney(123456, { currency: 'USD', currencyDigits: 2, locale: 'en-US' })).toBe('$1,234.56')
    expect(formatMoney(123456, { currency: 'EUR', currencyDigits: 2, locale: 'de-DE' })).toBe('1.234,56\u00a0€')
    expect(formatMoney(123456, { currency: 'JPY', currencyDigits: 0, locale: 'ja-JP' })).toBe('￥123,456')
    expect(formatMoney(123456, { currency: 'KWD', currencyDigits: 3, locale: 'en' })).toBe('KWD\u00a0123.456')
    // Beyond a double's exact cents a float would round: the decimal string does not.
    expect(formatMoney(Number.MAX_SAFE_INTEGER, { currency: 'USD', currencyDigits: 2, locale: 'en-US' })).toBe('$90,071,992,547,409.91')
    expect(formatDeduction(50, { currency: 'USD', currencyDigits: 2, locale: 'en-US' })).toBe('-$0.50')
    expect(() => formatMoney(1.5, { currency: 'USD', currencyDigits: 2, locale: 'en-US' })).toThrow(RangeError)
  })

  it('names payments and refunds', () => {
    const card = { method: 'card', refund: false, amount: money(100), tendered: null, change: null, rounding: money(0), cardLastFour: '4242' }
    expect(paymentLabel(card)).toBe('Card •••• 4242')
    expect(paymentLabel({ ...card, method: 'cash', cardLastFour: null, refund: true })).toBe('Refund, cash')
    expect(paymentLabel({ ...card, method: 'voucher', cardLastFour: null })).toBe('Voucher')
  })
})

describe('cash rounding and unpaid orders on paper', () => {
  const chf = { currency: 'CHF', currencyDigits: 2, locale: 'en-CH' }
  it("shows the rounding with its sign, a refund's with the refund's sign so the lines add up", () => {
    expect(formatSigned(3, chf)).toBe(`+${formatMoney(3, chf)}`)
    expect(formatSigned(-2, chf)).toBe(formatMoney(-2, chf))
    const cash = { method: 'cash', refund: false, amount: money(1002), tendered: money(1000), change: money(0), rounding: money(-2), cardLastFour: null }
    expect(paymentRounding(cash)).toBe(-2)
    expect(paymentRounding({ ...cash, refund: true, rounding: money(2) })).toBe(-2)
  })

  it('an order of 0.00 owes nothing: its receipt never says "Not paid yet"', () => {
    expect(unpaidText({ total: money(0) })).toBe('Nothing to pay')
    expect(unpaidText({ total: money(1) })).toBe('Not paid yet')
  })
})
