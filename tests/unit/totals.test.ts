import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Money } from '../../src/shared/money'
import type { Discount } from '../../src/shared/pricing'
import { couponSpend, discountOn, priceCart, type PricingInput } from '../../src/main/pricing/totals'
import { divideRounded, spreadProportionally } from '../../src/main/pricing/rounding'

const discountArb: fc.Arbitrary<Discount | null> = fc.oneof(
  fc.constant(null),
  fc.record({ kind: fc.constant('percent' as const), value: fc.integer({ min: 1, max: 10_000 }) }),
  fc.record({ kind: fc.constant('amount' as const), value: fc.integer({ min: 1, max: 5_000_000 }).map((value) => value as Money) })
)

const lineArb = fc.record({
  unitPrice: fc.integer({ min: 0, max: 10_000_000 }),
  quantity: fc.integer({ min: 1, max: 1_000 }),
  taxRateBp: fc.oneof(fc.constantFrom(0, 500, 700, 1000, 2000, 2100), fc.integer({ min: 0, max: 10_000 })),
  discount: discountArb
})

const inputArb: fc.Arbitrary<PricingInput> = fc.record({
  taxMode: fc.constantFrom('inclusive' as const, 'exclusive' as const),
  taxRounding: fc.constantFrom('line' as const, 'rate' as const),
  lines: fc.array(lineArb, { minLength: 0, maxLength: 12 }),
  orderDiscount: discountArb,
  coupon: discountArb
})

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

describe('totals', () => {
  it('make the total the sum of the line totals, and every total the sum of its lines', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { lines, totals } = priceCart(input)
        expect(totals.total).toBe(sum(lines.map((line) => line.total)))
        expect(totals.taxTotal).toBe(sum(lines.map((line) => line.tax)))
        expect(totals.subtotal).toBe(sum(lines.map((line) => line.gross)))
        expect(totals.lineDiscountTotal).toBe(sum(lines.map((line) => line.lineDiscount)))
        expect(totals.orderDiscountTotal).toBe(sum(lines.map((line) => line.orderDiscount)))
        expect(totals.couponDiscountTotal).toBe(sum(lines.map((line) => line.couponDiscount)))
        expect(totals.itemCount).toBe(sum(input.lines.map((line) => line.quantity)))
        lines.forEach((line, index) => {
          const source = input.lines[index]!
          expect(line.gross).toBe(source.unitPrice * source.quantity)
          expect(line.net).toBe(line.gross - line.lineDiscount - line.orderDiscount - line.couponDiscount)
          expect(line.total).toBe(input.taxMode === 'exclusive' ? line.net + line.tax : line.net)
        })
      })
    )
  })

  it('never produce a negative amount, and only integers', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { lines, totals } = priceCart(input)
        const { taxByRate, promotions, ...sums } = totals
        for (const amount of [
          ...Object.values(sums),
          ...promotions.map((promotion) => promotion.discount),
          ...taxByRate.flatMap((rate) => Object.values({ ...rate })),
          ...lines.flatMap((line) => Object.values({ ...line }))
        ]) {
          expect(Number.isSafeInteger(amount)).toBe(true)
          expect(amount).toBeGreaterThanOrEqual(0)
        }
      })
    )
  })

  it('never let a discount exceed what it discounts', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { lines, totals } = priceCart(input)
        for (const line of lines) {
          expect(line.lineDiscount).toBeLessThanOrEqual(line.gross)
          expect(line.orderDiscount).toBeLessThanOrEqual(line.gross - line.lineDiscount)
          expect(line.couponDiscount).toBeLessThanOrEqual(line.gross - line.lineDiscount - line.orderDiscount)
        }
        const afterLines = totals.subtotal - totals.lineDiscountTotal
        expect(totals.orderDiscountTotal).toBe(discountOn(afterLines, input.orderDiscount))
        expect(totals.couponDiscountTotal).toBe(discountOn(afterLines - totals.orderDiscountTotal, input.coupon))
        expect(couponSpend(input)).toBe(afterLines - totals.orderDiscountTotal)
        if (input.taxMode === 'inclusive') {
          for (const line of lines) expect(line.tax).toBeLessThanOrEqual(line.net)
        }
      })
    )
  })

  it('give the same result for the same cart, every time', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const copy = structuredClone(input)
        expect(priceCart(copy)).toEqual(priceCart(input))
      })
    )
  })

  it('round tax per line, halves away from zero, both ways', () => {
    // 2 x 2.25 at 10% exclusive: tax 0.45 exactly; 1 x 0.05 at 10%: 0.005 rounds up to 0.01.
    const exclusive = priceCart({
      taxMode: 'exclusive',
      taxRounding: 'line',
      lines: [
        { unitPrice: 225, quantity: 2, taxRateBp: 1000, discount: null },
        { unitPrice: 5, quantity: 1, taxRateBp: 1000, discount: null }
      ],
      orderDiscount: null,
      coupon: null
    })
    expect(exclusive.lines.map((line) => line.tax)).toEqual([45, 1])
    expect(exclusive.totals.total).toBe(450 + 45 + 5 + 1)
    // 1.10 at 10% inclusive holds 0.10 of tax; 0.21 at 5% holds 0.01 (0.01 exactly: 21 x 500 / 10500).
    const inclusive = priceCart({
      taxMode: 'inclusive',
      taxRounding: 'line',
      lines: [
        { unitPrice: 110, quantity: 1, taxRateBp: 1000, discount: null },
        { unitPrice: 21, quantity: 1, taxRateBp: 500, discount: null }
      ],
      orderDiscount: null,
      coupon: null
    })
    expect(inclusive.lines.map((line) => line.tax)).toEqual([10, 1])
    expect(inclusive.totals.total).toBe(131)
  })

  it('apply line discount, then order discount spread by largest remainder, then the coupon', () => {
    const result = priceCart({
      taxMode: 'exclusive',
      taxRounding: 'line',
      lines: [
        { unitPrice: 1000, quantity: 1, taxRateBp: 0, discount: { kind: 'percent', value: 1000 } },
        { unitPrice: 100, quantity: 1, taxRateBp: 0, discount: null },
        { unitPrice: 100, quantity: 1, taxRateBp: 0, discount: null }
      ],
      orderDiscount: { kind: 'amount', value: 10 as Money },
      coupon: { kind: 'percent', value: 5000 }
    })
    // after line discounts: 900, 100, 100 = 1100; 10 off spread 900:100:100 -> 8.18, 0.909, 0.909 -> 8, 1, 1.
    expect(result.lines.map((line) => line.lineDiscount)).toEqual([100, 0, 0])
    expect(result.lines.map((line) => line.orderDiscount)).toEqual([8, 1, 1])
    // coupon: 50% of 1090 = 545 spread 892:99:99 -> 446, 49.5, 49.5 -> remainders tie, the earlier line wins.
    expect(result.lines.map((line) => line.couponDiscount)).toEqual([446, 50, 49])
    expect(result.totals.total).toBe(545)
  })
})

describe('money arithmetic', () => {
  it('rounds halves away from zero', () => {
    expect(divideRounded(5n, 2n)).toBe(3n)
    expect(divideRounded(-5n, 2n)).toBe(-3n)
    expect(divideRounded(7n, 3n)).toBe(2n)
    expect(divideRounded(8n, 3n)).toBe(3n)
  })

  it('spreads an amount into parts that add up exactly and never exceed their weight', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, fraction) => {
          const amount = Math.floor(sum(weights) * fraction)
          const parts = spreadProportionally(amount, weights)
          expect(sum(parts)).toBe(amount)
          parts.forEach((part, index) => {
            expect(part).toBeGreaterThanOrEqual(0)
            expect(part).toBeLessThanOrEqual(weights[index]!)
          })
        }
      )
    )
  })

  it('stays exact beyond 2^53 in intermediate products', () => {
    // 999,999,999,999 x 9999 bp = 9,998,999,999,990,001: past 2^53, formed as BigInt.
    const { totals } = priceCart({
      taxMode: 'exclusive',
      taxRounding: 'line',
      lines: [{ unitPrice: 999_999_999_999, quantity: 1, taxRateBp: 2000, discount: { kind: 'percent', value: 9999 } }],
      orderDiscount: null,
      coupon: null
    })
    expect(totals.lineDiscountTotal).toBe(999_899_999_999)
    expect(totals.total).toBe(120_000_000) // (999,999,999,999 - 999,899,999,999) x 1.2
  })

  it('refuses a line or a total above what a till holds with AMOUNT_TOO_LARGE, naming where', () => {
    const cart = (unitPrice: number, quantity: number, taxMode: 'exclusive' | 'inclusive') => () =>
      priceCart({ taxMode, taxRounding: 'line', lines: [{ unitPrice, quantity, taxRateBp: 2000, discount: null }], orderDiscount: null, coupon: null })
    expect(cart(90_000_000_000, 1000, 'exclusive')).toThrow(
      expect.objectContaining({ code: 'AMOUNT_TOO_LARGE', extra: expect.objectContaining({ issues: [expect.objectContaining({ path: 'lines.0' })] }) })
    )
    // Within the limit as priced, above it once 20% tax is added on top.
    expect(cart(900_000_000_000, 1, 'exclusive')).toThrow(
      expect.objectContaining({ code: 'AMOUNT_TOO_LARGE', extra: expect.objectContaining({ issues: [expect.objectContaining({ path: 'total' })] }) })
    )
    expect(cart(900_000_000_000, 1, 'inclusive')().totals.total).toBe(900_000_000_000)
  })
})
