import { MAX_AMOUNT, money, sumMoney, type Money } from '../../shared/money'
import { AppError } from '../core/app-error'
import type { CartLineKind } from '../../shared/cart'
import type { CartTotals, Discount, LineTotals } from '../../shared/pricing'
import type { AppliedPromotion, PromotionRule } from '../../shared/promotions'
import type { TaxMode, TaxRounding } from '../../shared/settings'
import { isWeighed, lineGross, quantityScale, type SoldBy } from '../../shared/sold-by'
import { taxByRate } from '../../shared/tax-summary'
import { applyPromotions } from './promotions'
import { applyBasisPoints, divideRounded, spreadProportionally, toSafeNumber } from './rounding'

/**
 * The one place totals are computed, for carts and for checkout alike. Pure: the same input always
 * gives the same output. Every amount is an integer of minor units.
 *
 * Order of work, all in the price as shown (tax included in a tax-inclusive shop):
 *   1. gross = unit price x quantity, per line (a weighed line: price x thousandths / 1000 rounded
 *      half away from zero; a price-embedded scale label: the amount printed on it);
 *   2. the line discount (percent of gross, or an amount capped at gross);
 *   3. quantity promotions ("3 for 10.00", "buy 2 get 1 free"), per product or per category, on the
 *      counted item lines they cover, each unit at what it comes to after step 2, spread over the
 *      lines they cover (promotions.ts);
 *   4. the order discount, computed on what the lines come to after step 3 (percent, or an amount
 *      capped there) and spread over the lines in proportion, by the largest-remainder rule;
 *   5. the coupon, likewise, on what is left after step 4;
 *   6. tax per line on its net: added on top in a tax-exclusive shop (net x rate), taken out of the
 *      price in a tax-inclusive shop (net x rate / (1 + rate)).
 * Rounding rule: each percentage is rounded once, per line, to the nearest minor unit, halves away
 * from zero. Tax is rounded the way the shop chose: per line (each line's tax rounded on its own),
 * or per rate (the tax of all lines at one rate rounded once, on their sum, then spread back over
 * those lines in proportion to their amounts so each line still carries its part). Spread amounts
 * are exact (their parts add up to the whole). Totals are plain sums of the lines, so the total is
 * always the sum of the line totals and each rate's tax the sum of its lines' tax.
 */

export interface PricedLine {
  unitPrice: number
  /** Whole units, or thousandths of the unit when `soldBy` is a weight. */
  quantity: number
  taxRateBp: number
  discount: Discount | null
  /** Counted ('each', the default) or weighed: then gross is price x quantity / 1000, rounded once. */
  soldBy?: SoldBy
  /** A price-embedded scale label's amount: the line's gross as printed, whatever price x weight is. */
  labelAmount?: number | null
  /** The product, so a quantity promotion can find its lines; a line without one takes none. */
  productId?: number
  /** The product's catalog category, for a category's promotion. */
  category?: string
  /** 'item' (the default) is the only kind a quantity promotion covers. */
  kind?: CartLineKind
}

export interface PricingInput {
  taxMode: TaxMode
  taxRounding: TaxRounding
  lines: readonly PricedLine[]
  orderDiscount: Discount | null
  /** The coupon's discount, only when the coupon applies (see `couponSpend`). */
  coupon: Discount | null
  /** The active quantity promotions of the cart's products. */
  promotions?: readonly PromotionRule[]
}

export interface PricingResult {
  lines: LineTotals[]
  totals: CartTotals
  /** The promotion that covers each line, or null, in line order. */
  linePromotions: (AppliedPromotion | null)[]
}

/** What a discount takes off `base`: never more than `base`, never negative. */
export function discountOn(base: number, discount: Discount | null): number {
  if (!discount || base <= 0) return 0
  switch (discount.kind) {
    case 'percent':
      return Math.min(base, applyBasisPoints(base, discount.value))
    case 'amount':
      return Math.min(base, discount.value)
    default:
      return assertNever(discount)
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled discount ${JSON.stringify(value)}`)
}

function taxOn(net: number, rateBp: number, taxMode: TaxMode): number {
  if (taxMode === 'exclusive') return applyBasisPoints(net, rateBp)
  return toSafeNumber(divideRounded(BigInt(net) * BigInt(rateBp), 10_000n + BigInt(rateBp)))
}

/**
 * The refusal for a line or an order above MAX_AMOUNT: a coded answer the cashier can act on,
 * never INTERNAL. `path` names the line ("lines.2") or the order ("total").
 */
function amountTooLarge(path: string): AppError {
  const what = path === 'total' ? 'The sale would come to' : 'This line would come to'
  const message = `${what} more than a till can hold (${MAX_AMOUNT.toLocaleString('en')} minor units): lower the quantity or split the sale.`
  return new AppError('AMOUNT_TOO_LARGE', message, { issues: [{ path, message }], details: { limit: MAX_AMOUNT } })
}

/** A weighed line is one item, whatever it weighs. */
function itemCount(input: PricingInput): number {
  return input.lines.reduce((count, line) => count + (isWeighed(line.soldBy ?? 'each') ? 1 : line.quantity), 0)
}

/**
 * A cart priceCart refuses (AMOUNT_TOO_LARGE) as it can still be shown: every amount 0, the item
 * count as it is. Never sold: checkout refuses a cart over the limit.
 */
export function unpriced(input: PricingInput): PricingResult {
  const zero = money(0)
  const line: LineTotals = {
    gross: zero,
    lineDiscount: zero,
    promotionDiscount: zero,
    orderDiscount: zero,
    couponDiscount: zero,
    net: zero,
    tax: zero,
    total: zero
  }
  return {
    lines: input.lines.map(() => line),
    linePromotions: input.lines.map(() => null),
    totals: {
      itemCount: itemCount(input),
      subtotal: zero,
      lineDiscountTotal: zero,
      promotionDiscountTotal: zero,
      promotions: [],
      orderDiscountTotal: zero,
      couponDiscountTotal: zero,
      taxTotal: zero,
      total: zero,
      taxByRate: []
    }
  }
}

export function priceCart(input: PricingInput): PricingResult {
  const gross = input.lines.map((line, index) => {
    const soldBy = line.soldBy ?? 'each'
    // Checked on the exact product before lineGross, which could pass 2^53 on the way.
    const tooLarge = BigInt(line.unitPrice) * BigInt(line.quantity) > BigInt(MAX_AMOUNT) * BigInt(quantityScale(soldBy))
    if ((line.labelAmount ?? null) === null && tooLarge) throw amountTooLarge(`lines.${index}`)
    const amount = line.labelAmount ?? lineGross(line.unitPrice, line.quantity, soldBy)
    if (amount > MAX_AMOUNT) throw amountTooLarge(`lines.${index}`)
    return amount
  })
  if (gross.reduce((total, amount) => total + BigInt(amount), 0n) > BigInt(MAX_AMOUNT)) throw amountTooLarge('total')
  const lineDiscounts = input.lines.map((line, index) => discountOn(gross[index] ?? 0, line.discount))
  const afterLine = gross.map((amount, index) => amount - (lineDiscounts[index] ?? 0))

  const promotable = input.lines.map((line, index) =>
    isPromotable(line) ? { value: afterLine[index] ?? 0, quantity: line.quantity, productId: line.productId, category: line.category ?? '' } : null
  )
  const promotions = applyPromotions(promotable, input.promotions ?? [])
  const afterPromotion = afterLine.map((amount, index) => amount - (promotions.shares[index] ?? 0))

  const orderDiscount = discountOn(sumMoney(afterPromotion), input.orderDiscount)
  const orderShares = spreadProportionally(orderDiscount, afterPromotion)
  const afterOrder = afterPromotion.map((amount, index) => amount - (orderShares[index] ?? 0))

  const couponDiscount = discountOn(sumMoney(afterOrder), input.coupon)
  const couponShares = spreadProportionally(couponDiscount, afterOrder)

  const nets = afterOrder.map((amount, index) => amount - (couponShares[index] ?? 0))
  const taxes = input.taxRounding === 'rate' ? taxPerRate(input, nets) : nets.map((net, index) => taxOn(net, input.lines[index]!.taxRateBp, input.taxMode))
  const lines = input.lines.map((_, index): LineTotals => {
    const net = nets[index] ?? 0
    const tax = taxes[index] ?? 0
    return {
      gross: money(gross[index] ?? 0),
      lineDiscount: money(lineDiscounts[index] ?? 0),
      promotionDiscount: money(promotions.shares[index] ?? 0),
      orderDiscount: money(orderShares[index] ?? 0),
      couponDiscount: money(couponShares[index] ?? 0),
      net: money(net),
      tax: money(tax),
      total: money(input.taxMode === 'exclusive' ? net + tax : net)
    }
  })
  const sum = (pick: (line: LineTotals) => Money) => sumMoney(lines.map(pick))
  if (sum((line) => line.total) > MAX_AMOUNT) throw amountTooLarge('total')
  return {
    lines,
    totals: {
      itemCount: itemCount(input),
      subtotal: sum((line) => line.gross),
      lineDiscountTotal: sum((line) => line.lineDiscount),
      promotionDiscountTotal: sum((line) => line.promotionDiscount),
      promotions: promotions.applied,
      orderDiscountTotal: sum((line) => line.orderDiscount),
      couponDiscountTotal: sum((line) => line.couponDiscount),
      taxTotal: sum((line) => line.tax),
      total: sum((line) => line.total),
      taxByRate: taxByRate(lines.map((line, index) => ({ taxRateBp: input.lines[index]!.taxRateBp, tax: line.tax, total: line.total })))
    },
    linePromotions: promotions.covering
  }
}

/** A promotion counts units of catalog items: a typed, weighed or label line keeps its price. */
function isPromotable(line: PricedLine): line is PricedLine & { productId: number } {
  return line.productId !== undefined && (line.kind ?? 'item') === 'item' && (line.soldBy ?? 'each') === 'each' && (line.labelAmount ?? null) === null
}

/** Each rate's tax rounded once on the sum of its lines, then spread back over those lines. */
function taxPerRate(input: PricingInput, nets: readonly number[]): number[] {
  const taxes = nets.map(() => 0)
  const rates = new Set(input.lines.map((line) => line.taxRateBp))
  for (const rate of rates) {
    const members = input.lines.flatMap((line, index) => (line.taxRateBp === rate ? [index] : []))
    const weights = members.map((index) => nets[index] ?? 0)
    const tax = taxOn(sumMoney(weights), rate, input.taxMode)
    spreadProportionally(tax, weights).forEach((part, at) => (taxes[members[at]!] = part))
  }
  return taxes
}

/** What a coupon's minimum spend is measured against: the lines after line discounts, promotions and the order discount. */
export function couponSpend(input: PricingInput): Money {
  const { totals } = priceCart({ ...input, coupon: null })
  return money(totals.subtotal - totals.lineDiscountTotal - totals.promotionDiscountTotal - totals.orderDiscountTotal)
}
