import { describe, expect, it } from 'vitest'
import { newDraft, readPaymentDrafts, type PaymentDraft } from './payment-drafts'

const format = (amount: number) => `$${(amount / 100).toFixed(2)}`
const cashRounding = { cashRoundingStep: 0, cashRoundingRule: 'nearest' } as const
const read = (drafts: PaymentDraft[], due: number, mustCoverAll = true) =>
  readPaymentDrafts(drafts, { due, digits: 2, decimalMark: '.', mustCoverAll, format, cashRounding })
const draft = (patch: Partial<PaymentDraft>): PaymentDraft => ({ ...newDraft(patch.method ?? 'cash', patch.amount ?? ''), ...patch })

describe('reading typed payments', () => {
  it('turns cash with what was handed over into a payment and the change to give', () => {
    const result = read([draft({ amount: '26.55', tendered: '30' })], 2655)
    expect(result).toMatchObject({ ok: true, paid: 2655, change: 345, remaining: 0, overall: null })
    expect(result.payments).toEqual([{ method: 'cash', amount: 2655, tendered: 3000 }])
  })

  it('refuses cash handed over below the amount it pays, in words', () => {
    const result = read([draft({ amount: '13.50', tendered: '10' })], 1350)
    expect(result.ok).toBe(false)
    expect(result.problems[0]).toEqual({ tendered: 'The cash handed over ($10.00) is less than the $13.50 cash due' })
    expect(result.payments).toEqual([])
  })

  it('keeps card numbers out: only four digits in the last-four box, none in the reference', () => {
    const pan = read([draft({ method: 'card', amount: '5', lastFour: '4242 4242 4242 4242' })], 500)
    expect(pan.problems[0]).toEqual({ lastFour: 'Type only the last four digits of the card, never its whole number' })
    expect(read([draft({ method: 'card', amount: '5', lastFour: '42a1' })], 500).problems[0]).toEqual({
      lastFour: 'The last four are four digits, for example 4242'
    })
    expect(read([draft({ method: 'card', amount: '5', reference: '4000-0012-3456-7899' })], 500).problems[0]).toEqual({
      reference: 'Never type a card number here: only the terminal reference'
    })
    expect(read([draft({ method: 'card', amount: '5', reference: ' T-1 ', lastFour: '0005' })], 500).payments).toEqual([
      { method: 'card', amount: 500, reference: 'T-1', lastFour: '0005' }
    ])
  })

  it('adds split payments up, and says what is missing or too much', () => {
    const split = [draft({ amount: '10', tendered: '20' }), draft({ method: 'card', amount: '12.50' })]
    expect(read(split, 2250)).toMatchObject({ ok: true, paid: 2250, change: 1000, remaining: 0 })
    expect(read(split, 2000).overall).toBe('The payments come to $2.50 more than the $20.00 due. Give change on cash instead.')
    expect(read(split, 3000).overall).toBe('$7.50 is still to pay. Add a payment or change an amount.')
    // An order paid on collection may be paid in part.
    expect(read(split, 3000, false)).toMatchObject({ ok: true, remaining: 750, overall: null })
  })

  it('refuses an empty, zero or malformed amount', () => {
    expect(read([draft({ amount: '' })], 100).problems[0]).toEqual({ amount: 'Enter an amount' })
    expect(read([draft({ amount: '0' })], 100).problems[0]).toEqual({ amount: 'A payment must be more than zero' })
    expect(read([draft({ amount: '1.234' })], 100).problems[0]).toEqual({ amount: 'Use at most 2 digits after the decimal mark' })
  })
})

describe('cash to the smallest coin on Pay', () => {
  const chf = { cashRoundingStep: 5, cashRoundingRule: 'nearest' } as const
  const readChf = (drafts: PaymentDraft[], due: number) =>
    readPaymentDrafts(drafts, { due, digits: 2, decimalMark: '.', mustCoverAll: true, format, cashRounding: chf })

  it('shows 10.00 cash due for 10.02, and change from it; card is never rounded', () => {
    const cash = readChf([draft({ amount: '10.02', tendered: '20' })], 1002)
    expect(cash).toMatchObject({ ok: true, paid: 1002, rounding: -2, change: 1000, cashDue: [1000] })
    const card = readChf([draft({ method: 'card', amount: '10.02' })], 1002)
    expect(card).toMatchObject({ ok: true, rounding: 0, cashDue: [null] })
  })

  it('accepts the rounded cash as handed over and refuses less, naming the cash due', () => {
    expect(readChf([draft({ amount: '10.03', tendered: '10.05' })], 1003)).toMatchObject({ ok: true, change: 0, rounding: 2 })
    const short = readChf([draft({ amount: '10.03', tendered: '10.03' })], 1003)
    expect(short.ok).toBe(false)
    expect(short.problems[0]?.tendered).toBe('The cash handed over ($10.03) is less than the $10.05 cash due')
  })
})

describe('a three-decimal currency on a German till', () => {
  const readKwd = (drafts: PaymentDraft[], due: number) =>
    readPaymentDrafts(drafts, { due, digits: 3, decimalMark: ',', mustCoverAll: true, format, cashRounding })

  it('reads "1,250" as 1.250 and refuses "1.250", which a German till writes for a thousand two hundred fifty', () => {
    expect(readKwd([draft({ method: 'card', amount: '1,250' })], 1250)).toMatchObject({ ok: true, paid: 1250 })
    const dotted = readKwd([draft({ method: 'card', amount: '1.250' })], 1250)
    expect(dotted.ok).toBe(false)
    expect(dotted.problems[0]?.amount).toContain('1,250')
  })
})
