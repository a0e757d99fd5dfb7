import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { priceCart, type PricingInput } from '../../src/main/pricing/totals'

const lineArb = fc.record({
  unitPrice: fc.integer({ min: 0, max: 100_000 }),
  quantity: fc.integer({ min: 1, max: 50 }),
  taxRateBp: fc.constantFrom(0, 550, 700, 1000, 1900, 2000, 2500),
  discount: fc.constantFrom(null, { kind: 'percent' as const, value: 1500 })
})

const inputArb = fc.record({
  taxMode: fc.constantFrom('inclusive' as const, 'exclusive' as const),
  taxRounding: fc.constantFrom('line' as const, 'rate' as const),
  lines: fc.array(lineArb, { minLength: 1, maxLength: 10 }),
  orderDiscount: fc.constantFrom(null, { kind: 'percent' as const, value: 1000 }),
  coupon: fc.constant(null)
}) satisfies fc.Arbitrary<PricingInput>

/** The tax on an amount at a rate, worked out here with plain rationals rather than the app's code. */
function roundedTax(amount: number, rateBp: number, mode: 'inclusive' | 'exclusive'): number {
  const [numerator, denominator] = mode === 'exclusive' ? [amount * rateBp, 10_000] : [amount * rateBp, 10_000 + rateBp]
  return Math.floor((2 * numerator + denominator) / (2 * denominator))
}

describe('tax per rate', () => {
  it('net + tax = gross for every rate, and the rates add up to the document, either rounding', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { lines, totals } = priceCart(input)
        for (const rate of totals.taxByRate) expect(rate.net + rate.tax).toBe(rate.gross)
        expect(totals.taxByRate.reduce((sum, rate) => sum + rate.tax, 0)).toBe(totals.taxTotal)
        expect(totals.taxByRate.reduce((sum, rate) => sum + rate.gross, 0)).toBe(totals.total)
        expect(new Set(totals.taxByRate.map((rate) => rate.rateBp)).size).toBe(totals.taxByRate.length)
        expect(lines.reduce((sum, line) => sum + line.tax, 0)).toBe(totals.taxTotal)
      }),
      { numRuns: 400 }
    )
  })

  it('per rate: each rate is rounded once, on the sum of its lines; per line: each line is rounded on its own', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { lines, totals } = priceCart(input)
        for (const rate of totals.taxByRate) {
          const members = lines.filter((_, index) => input.lines[index]!.taxRateBp === rate.rateBp)
          const expected =
            input.taxRounding === 'rate'
              ? roundedTax(
                  members.reduce((sum, line) => sum + line.net, 0),
                  rate.rateBp,
                  input.taxMode
                )
              : members.reduce((sum, line) => sum + roundedTax(line.net, rate.rateBp, input.taxMode), 0)
          expect(rate.tax).toBe(expected)
        }
      }),
      { numRuns: 400 }
    )
  })

  it('can differ between the two roundings on the same cart, as the law allows', () => {
    const cart = (taxRounding: 'line' | 'rate'): PricingInput => ({
      taxMode: 'exclusive',
      taxRounding,
      lines: [0, 1, 2].map(() => ({ unitPrice: 5, quantity: 1, taxRateBp: 700, discount: null })),
      orderDiscount: null,
      coupon: null
    })
    // three lines of 0.05 at 7%: 0.0035 each rounds to nothing, 0.0105 on the sum rounds to 0.01
    expect(priceCart(cart('line')).totals.taxByRate).toEqual([{ rateBp: 700, net: 15, tax: 0, gross: 15 }])
    expect(priceCart(cart('rate')).totals.taxByRate).toEqual([{ rateBp: 700, net: 15, tax: 1, gross: 16 }])
    expect(priceCart(cart('rate')).lines.map((line) => line.tax)).toEqual([1, 0, 0])
  })
})
