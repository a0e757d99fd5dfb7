import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Money } from '../../src/shared/money'
import type { Discount } from '../../src/shared/pricing'
import type { PromotionRule } from '../../src/shared/promotions'
import { priceCart, type PricedLine, type PricingInput } from '../../src/main/pricing/totals'
import { MIXES_UP_TO } from '../../src/main/pricing/promotions'

/** Products 1 and 2 are drinks, 3 is soap: a category rule counts 1 and 2 together. */
const CATEGORY_OF: Record<number, string> = { 1: 'Drinks', 2: 'Drinks', 3: 'Bath' }
const PRODUCTS = [1, 2, 3]
type Target = { productId: number; category: null } | { productId: null; category: string }
const TARGETS: Target[] = [
  ...PRODUCTS.map((productId) => ({ productId, category: null })),
  { productId: null, category: 'Drinks' },
  { productId: null, category: 'Bath' }
]

const discountArb: fc.Arbitrary<Discount | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  fc.record({ kind: fc.constant('percent' as const), value: fc.integer({ min: 1, max: 10_000 }) }),
  fc.record({ kind: fc.constant('amount' as const), value: fc.integer({ min: 1, max: 50_000 }).map((value) => value as Money) })
)

const lineArb: fc.Arbitrary<PricedLine> = fc
  .record({
    productId: fc.constantFrom(...PRODUCTS),
    kind: fc.constantFrom('item' as const, 'item' as const, 'item' as const, 'open' as const),
    unitPrice: fc.integer({ min: 0, max: 5_000 }),
    quantity: fc.integer({ min: 1, max: 12 }),
    taxRateBp: fc.constantFrom(0, 700, 1900, 2100),
    discount: discountArb
  })
  .map((line) => ({ ...line, category: CATEGORY_OF[line.productId]! }))

const ruleArb = (target: Target, id: number): fc.Arbitrary<PromotionRule> =>
  fc.oneof(
    fc.record({ quantity: fc.integer({ min: 2, max: 5 }), price: fc.integer({ min: 1, max: 20_000 }) }).map((rule) => ({
      id,
      name: `${rule.quantity} for ${rule.price}`,
      ...target,
      kind: 'multi_price' as const,
      quantity: rule.quantity,
      price: rule.price,
      freeQuantity: 0
    })),
    fc.record({ quantity: fc.integer({ min: 1, max: 4 }), freeQuantity: fc.integer({ min: 1, max: 3 }) }).map((rule) => ({
      id,
      name: `buy ${rule.quantity} get ${rule.freeQuantity}`,
      ...target,
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
  promotions: fc.subarray(TARGETS).chain((targets) => fc.tuple(...targets.map((target, index) => ruleArb(target, index + 1))))
})

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)
const promotable = (line: PricedLine) => (line.kind ?? 'item') === 'item'
const covers = (rule: PromotionRule, line: PricedLine) => (rule.productId !== null ? line.productId === rule.productId : line.category === rule.category)

/** Each unit of a line, worth the line's value after its discount spread in whole minor units (the first units the smaller). */
function unitValues(line: PricedLine, value: number): number[] {
  const upTo = (count: number) => Math.floor(value / line.quantity) * count + Math.floor(((value % line.quantity) * count) / line.quantity)
  return Array.from({ length: line.quantity }, (_, unit) => upTo(unit + 1) - upTo(unit))
}

/** The rule read literally, one unit at a time: lines dearest unit first, whole groups from the front. */
function expectedDiscount(lines: ReadonlyArray<{ line: PricedLine; value: number }>, rule: PromotionRule): number {
  const units = lines
    .filter(({ line }) => promotable(line) && covers(rule, line))
    .sort((a, b) => b.value / b.line.quantity - a.value / a.line.quantity)
    .flatMap(({ line, value }) => unitValues(line, value))
  const size = rule.kind === 'multi_price' ? rule.quantity : rule.quantity + rule.freeQuantity
  let discount = 0
  for (let start = 0; start + size <= units.length; start += size) {
    const group = units.slice(start, start + size)
    discount += rule.kind === 'multi_price' ? sum(group) - rule.price : sum(group.slice(rule.quantity))
  }
  // "N for a price" never charges more than the units' own value: then it takes nothing.
  return rule.kind === 'multi_price' ? Math.max(0, discount) : discount
}

/**
 * The most any way of pricing takes off: every product with a rule of its own in a category that has
 * one too is given, in turn, its own rule or the category's (every mix tried).
 */
function bestDiscount(input: PricingInput, values: readonly number[]): number {
  const rules = input.promotions ?? []
  const lines = input.lines.map((line, index) => ({ line, value: values[index]! })).filter(({ line }) => promotable(line))
  const categoryRules = rules.filter((rule) => rule.category !== null)
  const own = rules.filter((rule) => rule.productId !== null)
  const contested = own.filter(
    (rule) =>
      categoryRules.some((category) => category.category === CATEGORY_OF[rule.productId!]) && lines.some(({ line }) => line.productId === rule.productId)
  )
  let best = 0
  for (let mask = 0; mask < 2 ** contested.length; mask++) {
    const toCategory = new Set(contested.filter((_, bit) => (mask & (2 ** bit)) !== 0).map((rule) => rule.productId))
    const pricedOwn = own.filter(
      (rule) => !toCategory.has(rule.productId) && (contested.includes(rule) || !categoryRules.some((c) => c.category === CATEGORY_OF[rule.productId!]))
    )
    const ownProducts = new Set(pricedOwn.map((rule) => rule.productId))
    const total =
      sum(pricedOwn.map((rule) => expectedDiscount(lines, rule))) +
      sum(
        categoryRules.map((rule) =>
          expectedDiscount(
            lines.filter(({ line }) => !ownProducts.has(line.productId!)),
            rule
          )
        )
      )
    best = Math.max(best, total)
  }
  return best
}

describe('quantity promotions in pricing', () => {
  it('take off what the rules say, the mix of product and category rules that takes the most off, spread exactly over the lines they cover, after line discounts and before the order discount and tax', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { lines, totals, linePromotions } = priceCart(input)
        const values = lines.map((line) => line.gross - line.lineDiscount)
        expect(totals.promotionDiscountTotal, 'the way that takes the most off').toBe(bestDiscount(input, values))
        for (const applied of totals.promotions) {
          const covered = lines.filter((_, index) => linePromotions[index]?.promotionId === applied.promotionId)
          expect(sum(covered.map((line) => line.promotionDiscount))).toBe(applied.discount)
          const rule = (input.promotions ?? []).find((candidate) => candidate.id === applied.promotionId)!
          input.lines.forEach((line, index) => {
            if (linePromotions[index]?.promotionId === rule.id) expect(covers(rule, line)).toBe(true)
          })
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

describe('a product rule beside its category rule, more than MIXES_UP_TO of them', () => {
  it('compares only "every product by its own rule" with "all by the category rule" (the documented limit)', () => {
    const line = (productId: number, unitPrice: number, quantity: number): PricedLine => ({
      productId,
      category: 'Drinks',
      unitPrice,
      quantity,
      taxRateBp: 0,
      discount: null
    })
    const own = (productId: number, quantity: number, price: number): PromotionRule => ({
      id: productId,
      name: `own ${productId}`,
      productId,
      category: null,
      kind: 'multi_price',
      quantity,
      price,
      freeQuantity: 0
    })
    const category: PromotionRule = {
      id: 100,
      name: 'any 6, 1 free',
      productId: null,
      category: 'Drinks',
      kind: 'buy_get',
      quantity: 5,
      freeQuantity: 1,
      price: 0
    }
    // Product 1: three at 2.00, three for 1.00 by its own rule (5.00 off). Products 2..n: one at 1.00
    // each, with an own rule ("2 for 1.50") one unit never reaches.
    const price = (singles: number) => {
      const ids = Array.from({ length: singles }, (_, at) => at + 2)
      return priceCart({
        taxMode: 'inclusive',
        taxRounding: 'line',
        orderDiscount: null,
        coupon: null,
        lines: [line(1, 200, 3), ...ids.map((id) => line(id, 100, 1))],
        promotions: [own(1, 3, 100), ...ids.map((id) => own(id, 2, 150)), category]
      }).totals.promotionDiscountTotal
    }
    // Six products in all: every mix is tried; product 1 by its own rule, the five singles by the
    // category's (none free: 5 units are not a group of 6): 5.00. Seven: the same mix is best
    // (5.00 + one single free), but only the two extremes are compared: all own 5.00, all category
    // 1.00 (one group of six, the cheapest free).
    expect(price(5)).toBe(500)
    expect(price(6)).toBe(500)
    expect(MIXES_UP_TO).toBe(6)
  })
})
