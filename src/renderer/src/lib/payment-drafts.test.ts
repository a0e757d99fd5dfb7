import { describe, expect, it } from 'vitest'
import { newDraft, readPaymentDrafts, type PaymentDraft } from './payment-drafts'

const format = (amount: number) => `$${(amount / 100).toFixed(2)}`
const read = (drafts: PaymentDraft[], due: number, mustCoverAll = true) => readPaymentDrafts(drafts, { due, digits: 2, mustCoverAll, format })
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
    expect(result.problems[0]).toEqual({ tendered: 'The cash handed over ($10.00) is less than the $13.50 it pays' })
    expect(result.payments).toEqual([])
  })

  it('keeps card numbers out: only four digits in the last-four box, none in the reference', () => {
    const pan = read([draft({ method: 'card', amount: '5', lastFour: '4242 4242 4242 4242' })], 500)
    expect(pan.problems[0]).toEqual({ lastFour: 'Type only the last four digits of the card, never its whole number' })
    expect(read([draft({ method: 'card', amount: '5', lastFour: '42a1' })], 500).problems[0]).toEqual({ lastFour: 'The last four are four digits, for example 4242' })
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
