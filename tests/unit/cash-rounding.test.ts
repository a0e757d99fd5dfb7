import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cashRoundingOf, roundCash } from '../../src/shared/cash-rounding'
import { CASH_ROUNDING_RULES } from '../../src/shared/settings'

const steps = fc.constantFrom(0, 1, 5, 10, 25, 50, 100, 500)
const rules = fc.constantFrom(...CASH_ROUNDING_RULES)
const amounts = fc.integer({ min: 0, max: 1_000_000_000_000 })

describe('cash rounding to the smallest coin', () => {
  it('for every amount, step and rule: the cash is a whole number of coins, settles the amount exactly with its rounding, and is as near as the rule says', () => {
    fc.assert(
      fc.property(amounts, steps, rules, (amount, step, rule) => {
        const setting = { cashRoundingStep: step, cashRoundingRule: rule }
        const cash = roundCash(amount, setting)
        const rounding = cashRoundingOf(amount, setting)
        expect(cash - rounding).toBe(amount)
        if (step <= 1) {
          expect(rounding).toBe(0)
          return
        }
        expect(cash % step).toBe(0)
        if (rule === 'down') expect(rounding > -step && rounding <= 0).toBe(true)
        if (rule === 'up') expect(rounding >= 0 && rounding < step).toBe(true)
        if (rule === 'nearest') {
          expect(2 * Math.abs(rounding)).toBeLessThanOrEqual(step)
          // a half goes up, so the rounding is never exactly half a step down
          expect(2 * rounding).not.toBe(-step)
        }
      })
    )
  })

  it('rounds the Swiss way: 10.02 → 10.00, 10.03 → 10.05, 10.025 halves up; SEK to whole kronor', () => {
    const chf = { cashRoundingStep: 5, cashRoundingRule: 'nearest' } as const
    expect([1002, 1003, 1007, 1008, 1000].map((amount) => roundCash(amount, chf))).toEqual([1000, 1005, 1005, 1010, 1000])
    const sek = { cashRoundingStep: 100, cashRoundingRule: 'nearest' } as const
    expect([12_349, 12_350, 12_351].map((amount) => roundCash(amount, sek))).toEqual([12_300, 12_400, 12_400])
    expect(roundCash(1001, { cashRoundingStep: 5, cashRoundingRule: 'up' })).toBe(1005)
    expect(roundCash(1004, { cashRoundingStep: 5, cashRoundingRule: 'down' })).toBe(1000)
  })
})
