import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CURRENCIES_WITH_DENOMINATIONS, denominationsOf, quickCashAmounts } from './denominations'

const notesOf = (currency: string) =>
  denominationsOf(currency)
    .filter((denomination) => denomination.kind === 'note')
    .map((note) => note.value)

describe('quick-cash amounts', () => {
  it('are there for the counter currencies', () => {
    for (const code of ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'KWD']) expect(CURRENCIES_WITH_DENOMINATIONS).toContain(code)
  })

  it('offer the next notes above the total', () => {
    expect(quickCashAmounts(7987, 'USD')).toEqual([8000, 10000])
    expect(quickCashAmounts(1234, 'USD')).toEqual([1300, 1400, 1500, 2000])
    expect(quickCashAmounts(1234, 'EUR')).toEqual([1500, 2000, 5000, 10000])
    expect(quickCashAmounts(4720, 'GBP')).toEqual([5000, 6000])
    expect(quickCashAmounts(1234, 'JPY')).toEqual([2000, 5000, 10000])
    // 1.750 dinars: the quarter and half dinar notes round it to 2 too.
    expect(quickCashAmounts(1750, 'KWD')).toEqual([2000, 5000, 10000, 20000])
    expect(quickCashAmounts(1600, 'KWD')).toEqual([1750, 2000, 5000, 10000])
    expect(quickCashAmounts(3215, 'CHF')).toEqual([4000, 5000, 10000, 20000])
  })

  it('offer nothing above a total every note divides (that is "exact"), for nothing, or in a currency without a table', () => {
    expect(quickCashAmounts(0, 'USD')).toEqual([])
    expect(quickCashAmounts(-5, 'USD')).toEqual([])
    expect(quickCashAmounts(1000, 'XAF')).toEqual([])
    expect(quickCashAmounts(10000, 'USD')).toEqual([])
    expect(quickCashAmounts(10000, 'EUR')).toEqual([20000, 50000])
  })

  it('for any total: at most four, each above it, increasing, each a whole number of one note, none only when no note rounds it up', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CURRENCIES_WITH_DENOMINATIONS), fc.integer({ min: 1, max: 10_000_000 }), (code, due) => {
        const amounts = quickCashAmounts(due, code)
        const notes = notesOf(code)
        expect(amounts.length).toBeLessThanOrEqual(4)
        const roundedUp = notes.map((note) => Math.ceil(due / note) * note).filter((amount) => amount > due)
        if (roundedUp.length === 0) {
          expect(amounts).toEqual([])
          return
        }
        for (const [index, amount] of amounts.entries()) {
          expect(amount).toBeGreaterThan(due)
          if (index > 0) expect(amount).toBeGreaterThan(amounts[index - 1]!)
          expect(notes.some((note) => amount % note === 0)).toBe(true)
        }
        // The first is the least any note rounds the total up to.
        expect(amounts[0]).toBe(Math.min(...roundedUp))
      })
    )
  })
})
