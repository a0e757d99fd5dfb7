import type { AppliedPromotion, PromotionRule } from '../../shared/promotions'
import { money } from '../../shared/money'
import { spreadProportionally } from './rounding'

/** What a promotion reads of a cart line. */
export interface PromotableLine {
  unitPrice: number
  quantity: number
  productId: number
}

export interface PromotionSteps {
  /** Each line's share of the promotion discounts, in cart order (0 for lines no promotion covers). */
  shares: number[]
  /** The promotion that covers each line, or null. */
  covering: (AppliedPromotion | null)[]
  applied: AppliedPromotion[]
}

/**
 * Quantity promotions, step 3 of pricing. `lines[i]` is null for a line no promotion may touch (a
 * price typed at the till, a weighed or label line, a line with its own discount). For each rule,
 * the product's units are lined up dearest first; whole groups are formed from the front (the
 * customer gets the dearest units into groups), so:
 * - 'multi_price': G groups of N units; discount = their gross − G × price, nothing if that is not
 *   less than their gross;
 * - 'buy_get': G groups of N + M units; in each the M cheapest (the last M of the group) are free.
 * The discount is spread over the lines whose units are in a group, in proportion to the gross of
 * those units, by the largest-remainder rule, so the shares add up to the discount exactly and a
 * line's share never passes the gross of its grouped units.
 */
export function applyPromotions(lines: readonly (PromotableLine | null)[], rules: readonly PromotionRule[]): PromotionSteps {
  const shares = lines.map(() => 0)
  const covering: (AppliedPromotion | null)[] = lines.map(() => null)
  const applied: AppliedPromotion[] = []
  for (const rule of [...rules].sort((a, b) => a.id - b.id)) {
    const members = lines
      .flatMap((line, index) => (line && line.productId === rule.productId && line.quantity > 0 ? [{ index, line }] : []))
      .sort((a, b) => b.line.unitPrice - a.line.unitPrice || a.index - b.index)
    const units = members.reduce((count, member) => count + member.line.quantity, 0)
    const groupSize = rule.kind === 'multi_price' ? rule.quantity : rule.quantity + rule.freeQuantity
    const groups = Math.floor(units / groupSize)
    if (groups === 0) continue
    const grouped = groups * groupSize
    let position = 0
    const coveredValues: number[] = []
    let freeValue = 0
    for (const { line } of members) {
      const start = Math.min(position, grouped)
      const end = Math.min(position + line.quantity, grouped)
      coveredValues.push((end - start) * line.unitPrice)
      freeValue += (freeBefore(end, rule) - freeBefore(start, rule)) * line.unitPrice
      position += line.quantity
    }
    const coveredGross = coveredValues.reduce((sum, value) => sum + value, 0)
    const discount = rule.kind === 'multi_price' ? Math.max(0, coveredGross - groups * rule.price) : freeValue
    if (discount === 0) continue
    const promotion: AppliedPromotion = { promotionId: rule.id, name: rule.name, discount: money(discount) }
    applied.push(promotion)
    spreadProportionally(discount, coveredValues).forEach((share, at) => {
      if (coveredValues[at] === 0) return
      const { index } = members[at]!
      shares[index] = share
      covering[index] = promotion
    })
  }
  return { shares, covering, applied }
}

/** How many of the first `position` lined-up units are free under a 'buy_get' rule (0 otherwise). */
function freeBefore(position: number, rule: PromotionRule): number {
  if (rule.kind !== 'buy_get') return 0
  const groupSize = rule.quantity + rule.freeQuantity
  return Math.floor(position / groupSize) * rule.freeQuantity + Math.max(0, (position % groupSize) - rule.quantity)
}
