import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Money } from '../../src/shared/money'
import type { Discount } from '../../src/shared/pricing'
import type { PromotionRule } from '../../src/shared/promotions'
import { priceCart, type PricedLine, type PricingInput } from '../../src/main/pricing/totals'

const PRODUCTS = [1, 2, 3]

const discountArb: fc.Arbitrary<Discount | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  fc.record({ kind: fc.constant('percent' as const), value: fc.integer({ min: 1, max: 10_000 }) }),
  fc.record({ kind: fc.constant('amount' as const), value: fc.integer({ min: 1, max: 50_000 }).map((value) => value as Money) })
)

const lineArb: fc.Arbitrary<PricedLine> = fc.record({
  productId: fc.constantFrom(...PRODUCTS),
  kind: fc.constantFrom('item' as const, 'item' as const, 'item' as const, 'open' as const),
  unitPrice: fc.integer({ min: 0, max: 5_000 }),
  quantity: fc.integer({ min: 1, max: 12 }),
  taxRateBp: fc.constantFrom(0, 700, 1900, 2100),
  discount: discountArb
})

const ruleArb = (productId: number, id: number): fc.Arbitrary<PromotionRule> =>
  fc.oneof(
    fc.record({ quantity: fc.integer({ min: 2, max: 5 }), price: fc.integer({ min: 1, max: 20_000 }) }).map((rule) => ({
      id,
      name: `${rule.quantity} for ${rule.price}`,
      productId,
      kind: 'multi_price' as const,
      quantity: rule.quantity,
      price: rule.price,
      freeQuantity: 0
    })),
    fc.record({ quantity: fc.integer({ min: 1, max: 4 }), freeQuantity: fc.integer({ min: 1, max: 3 }) }).map((rule) => ({
      id,
      name: `buy ${rule.quantity} get ${rule.freeQuantity}`,
      productId,
      kind: 'buy_get' as const,
      quantity: rule.quantity,
      price: 0,
      freeQuantity: rule.freeQuantity
    }))
  )

const inputArb: fc.Arbitrary<PricingInput> = fc.record({
  taxMode: fc.constantFrom('inclusive' as const, 'exclusive' as const),
  taxRounding: fc.constantFrom('line' as const, 'rate' as const),
  lines: fc.array(lineArb, { minLength: 0, maxLength: 8 }),
  orderDiscount: discountArb,
  coupon: discountArb,
  promotions: fc.subarray(PRODUCTS).chain((products) => fc.tuple(...products.map((productId, index) => ruleArb(productId, index + 1))))
})

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)
const promotable = (line: PricedLine) => (line.kind ?? 'item') === 'item' && line.discount === null

/** The rule read literally, one unit at a time: units dearest first, whole groups from the front. */
function expectedDiscount(lines: readonly PricedLine[], rule: PromotionRule): number {
  const units = lines
    .filter((line) => promotable(line) && line.productId === rule.productId)
    .flatMap((line) => Array.from({ length: line.quantity }, () => line.unitPrice))
    .sort((a, b) => b - a)
  const size = rule.kind === 'multi_price' ? rule.quantity : rule.quantity + rule.freeQuantity
  let discount = 0
  for (let start = 0; start + size <= units.length; start += size) {
    const group = units.slice(start, start + size)
    discount += rule.kind === 'multi_price' ? sum(group) - rule.price : sum(group.slice(rule.quantity))
  }
  // "N for a price" never charges more than the units' own prices: then it takes nothing.
  return rule.kind === 'multi_price' ? Math.max(0, discount) : discount
}

describe('quantity promotions in pricing', () => {
  it('take off what the rule says, spread exactly over the lines they cover, before the order discount and tax', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { lines, totals, linePromotions } = priceCart(input)
        for (const rule of input.promotions ?? []) {
          const applied = totals.promotions.find((promotion) => promotion.promotionId === rule.id)
          const expected = expectedDiscount(input.lines, rule)
          expect(applied?.discount ?? 0, rule.name).toBe(expected)
          const covered = lines.filter((_, index) => linePromotions[index]?.promotionId === rule.id)
          expect(sum(covered.map((line) => line.promotionDiscount))).toBe(expected)
        }
        expect(totals.promotionDiscountTotal).toBe(sum(totals.promotions.map((promotion) => promotion.discount)))
        expect(totals.promotionDiscountTotal).toBe(sum(lines.map((line) => line.promotionDiscount)))
        lines.forEach((line, index) => {
          const source = input.lines[index]!
          if (!promotable(source)) expect(line.promotionDiscount).toBe(0)
          expect(line.promotionDiscount).toBeLessThanOrEqual(line.gross - line.lineDiscount)
          expect(line.net).toBe(line.gross - line.lineDiscount - line.promotionDiscount - line.orderDiscount - line.couponDiscount)
        })
        for (const rate of totals.taxByRate) expect(rate.net + rate.tax).toBe(rate.gross)
        expect(sum(totals.taxByRate.map((rate) => rate.gross))).toBe(totals.total)
      }),
      { numRuns: 400 }
    )
  })

  it('are priced as if the promoted lines had been sold at their reduced amounts: tax follows the reduced net', () => {
    fc.assert(
      fc.property(inputArb, (drawn) => {
        // Without line discounts, so the same cart can be written again at the reduced amounts.
        const input = { ...drawn, lines: drawn.lines.map((line) => ({ ...line, discount: null })) }
        const withPromotion = priceCart(input)
        const reduced = priceCart({
          ...input,
          promotions: [],
          lines: input.lines.map((line, index) => ({
            ...line,
            kind: 'open' as const,
            quantity: 1,
            unitPrice: withPromotion.lines[index]!.gross - withPromotion.lines[index]!.promotionDiscount
          }))
        })
        expect(reduced.totals.total).toBe(withPromotion.totals.total)
        expect(reduced.totals.taxByRate).toEqual(withPromotion.totals.taxByRate)
      }),
      { numRuns: 300 }
    )
  })
})
