import type { AppliedPromotion, PromotionRule } from '../../shared/promotions'
import { money } from '../../shared/money'
import { spreadProportionally } from './rounding'

/** What a promotion reads of a cart line. */
export interface PromotableLine {
  /** What the line's units come to after the cashier's line discount: its gross when it has none. */
  value: number
  quantity: number
  productId: number
  category: string
}

export interface PromotionSteps {
  /** Each line's share of the promotion discounts, in cart order (0 for lines no promotion covers). */
  shares: number[]
  /** The promotion that covers each line, or null. */
  covering: (AppliedPromotion | null)[]
  applied: AppliedPromotion[]
}

/** A rule priced on some of the cart's lines: what it takes off and the value of each member's grouped units. */
interface Outcome {
  rule: PromotionRule
  discount: number
  members: number[]
  coveredValues: number[]
}

/**
 * With more products than this of one category that have a rule of their own, the cart compares
 * only "each by its own rule" with "all by the category's rule" instead of every mix (2^n ways).
 */
export const MIXES_UP_TO = 6

type LinesOf = (wanted: (line: PromotableLine) => boolean) => number[]

/**
 * Quantity promotions, step 3 of pricing, after the cashier's line discounts. `lines[i]` is null for a
 * line no promotion may touch (a price typed at the till, a weighed or label line). A product rule
 * counts the units of its product; a category rule counts the units of every product of its category
 * together. A line is covered by one rule at most: when a product has its own rule and its category
 * has one too, the cart prices each way of giving such products their own rule or the category's
 * and keeps the way that takes the most off (on a tie, the products' own rules).
 */
export function applyPromotions(lines: readonly (PromotableLine | null)[], rules: readonly PromotionRule[]): PromotionSteps {
  const byProduct = new Map<number, PromotionRule>()
  const byCategory = new Map<string, PromotionRule>()
  for (const rule of rules) {
    if (rule.productId !== null) byProduct.set(rule.productId, rule)
    else if (rule.category !== null) byCategory.set(rule.category, rule)
  }
  const linesOf: LinesOf = (wanted) => lines.flatMap((line, index) => (line && line.quantity > 0 && wanted(line) ? [index] : []))
  const outcomes: Outcome[] = []
  for (const [productId, rule] of byProduct) {
    const category = lines.find((line) => line?.productId === productId)?.category
    if (category === undefined || !byCategory.has(category))
      pushPriced(
        outcomes,
        price(
          rule,
          linesOf((line) => line.productId === productId),
          lines
        )
      )
  }
  for (const [category, rule] of byCategory) outcomes.push(...bestMix(rule, category, byProduct, lines, linesOf))
  return spreadOutcomes(lines.length, outcomes)
}

/** The rules a category's lines are priced by: the mix of own rules and the category's that takes the most off. */
function bestMix(
  categoryRule: PromotionRule,
  category: string,
  byProduct: ReadonlyMap<number, PromotionRule>,
  lines: readonly (PromotableLine | null)[],
  linesOf: LinesOf
): Outcome[] {
  const contested = [...new Set(linesOf((line) => line.category === category && byProduct.has(line.productId)).map((index) => lines[index]!.productId))]
  const full = 2 ** contested.length - 1
  // Bit i set: product contested[i] keeps its own rule. Tried from "all own rules" down, so a tie keeps them.
  const masks = contested.length <= MIXES_UP_TO ? Array.from({ length: full + 1 }, (_, at) => full - at) : [full, 0]
  let best: Outcome[] = []
  let bestDiscount = -1
  for (const mask of masks) {
    const own = new Set(contested.filter((_, bit) => (mask & (2 ** bit)) !== 0))
    const mix: Outcome[] = []
    for (const productId of own)
      pushPriced(
        mix,
        price(
          byProduct.get(productId)!,
          linesOf((line) => line.productId === productId),
          lines
        )
      )
    pushPriced(
      mix,
      price(
        categoryRule,
        linesOf((line) => line.category === category && !own.has(line.productId)),
        lines
      )
    )
    const discount = mix.reduce((sum, outcome) => sum + outcome.discount, 0)
    if (discount > bestDiscount) {
      best = mix
      bestDiscount = discount
    }
  }
  return best
}

function pushPriced(outcomes: Outcome[], outcome: Outcome | null): void {
  if (outcome) outcomes.push(outcome)
}

/**
 * One rule on the lines given. The lines are lined up dearest unit first (by what a unit comes to
 * after its line discount), each line's units together; whole groups are formed from the front (the
 * customer gets the dearest units into groups), so:
 * - 'multi_price': G groups of N units; discount = their value − G × price, nothing if that is not
 *   less than their value;
 * - 'buy_get': G groups of N + M units; in each the M cheapest (the last M of the group) are free.
 * A line's units are worth its value spread over them in whole minor units (`valueOfUnits`).
 */
function price(rule: PromotionRule, indices: readonly number[], lines: readonly (PromotableLine | null)[]): Outcome | null {
  const members = indices
    .map((index) => ({ index, line: lines[index]! }))
    .sort((a, b) => b.line.value / b.line.quantity - a.line.value / a.line.quantity || a.index - b.index)
  const units = members.reduce((count, member) => count + member.line.quantity, 0)
  const groupSize = rule.kind === 'multi_price' ? rule.quantity : rule.quantity + rule.freeQuantity
  const groups = Math.floor(units / groupSize)
  if (groups === 0) return null
  const grouped = groups * groupSize
  let position = 0
  const coveredValues: number[] = []
  let freeValue = 0
  for (const { line } of members) {
    const end = Math.min(position + line.quantity, grouped)
    coveredValues.push(end > position ? valueOfUnits(line, 0, end - position) : 0)
    if (rule.kind === 'buy_get') freeValue += freeValueOf(line, position, end, rule)
    position += line.quantity
  }
  const coveredGross = coveredValues.reduce((sum, value) => sum + value, 0)
  const discount = rule.kind === 'multi_price' ? Math.max(0, coveredGross - groups * rule.price) : freeValue
  if (discount === 0) return null
  return { rule, discount, members: members.map((member) => member.index), coveredValues }
}

/** What units `from` up to `to` (counted from 0 within the line) are worth: the line's value spread over its units in whole minor units. */
function valueOfUnits(line: PromotableLine, from: number, to: number): number {
  const unit = Math.floor(line.value / line.quantity)
  const rest = line.value - unit * line.quantity
  const upTo = (count: number) => unit * count + Math.floor((rest * count) / line.quantity)
  return upTo(to) - upTo(from)
}

/** The value of a line's free units under a 'buy_get' rule, the line holding lined-up positions `start` up to `end`. */
function freeValueOf(line: PromotableLine, start: number, end: number, rule: PromotionRule): number {
  const groupSize = rule.quantity + rule.freeQuantity
  let value = 0
  for (let group = Math.floor(start / groupSize); group * groupSize < end; group++) {
    const from = Math.max(start, group * groupSize + rule.quantity)
    const to = Math.min(end, (group + 1) * groupSize)
    if (to > from) value += valueOfUnits(line, from - start, to - start)
  }
  return value
}

/** Each chosen rule's discount spread over the lines it covers, in proportion to their grouped units' value (largest remainder). */
function spreadOutcomes(lineCount: number, outcomes: readonly Outcome[]): PromotionSteps {
  const shares = Array.from({ length: lineCount }, () => 0)
  const covering: (AppliedPromotion | null)[] = shares.map(() => null)
  const applied: AppliedPromotion[] = []
  for (const outcome of [...outcomes].sort((a, b) => a.rule.id - b.rule.id)) {
    const promotion: AppliedPromotion = { promotionId: outcome.rule.id, name: outcome.rule.name, discount: money(outcome.discount) }
    applied.push(promotion)
    spreadProportionally(outcome.discount, outcome.coveredValues).forEach((share, at) => {
      if (outcome.coveredValues[at] === 0) return
      const index = outcome.members[at]!
      shares[index] = share
      covering[index] = promotion
    })
  }
  return { shares, covering, applied }
}
