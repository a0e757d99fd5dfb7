import { CompiledQuery } from 'kysely'
import { businessDay } from '../../shared/business-day'
import type { Cart, CartLine, CartLineKind } from '../../shared/cart'
import type { Coupon } from '../../shared/coupons'
import type { Customer } from '../../shared/customers'
import { money } from '../../shared/money'
import type { AppErrorData } from '../../shared/errors'
import type { Discount } from '../../shared/pricing'
import type { PromotionKind, PromotionRule } from '../../shared/promotions'
import type { Reason } from '../../shared/reasons'
import type { ShopSettings } from '../../shared/settings'
import type { SoldBy } from '../../shared/sold-by'
import { AppError, notFound } from '../core/app-error'
import { couponProblem } from '../coupons/coupon-rules'
import { findCoupon } from '../coupons/coupons-store'
import { findCustomer } from '../customers/customers-store'
import type { Db, Trx } from '../db/schema'
import type { CartsTable } from '../db/tables/carts.table'
import { couponSpend, priceCart, unpriced, type PricingInput, type PricingResult } from '../pricing/totals'

export type CartRow = { [K in keyof CartsTable]: K extends 'id' ? number : CartsTable[K] }

export interface SnapshotLine {
  id: number
  kind: CartLineKind
  variantId: number
  productId: number
  category: string
  name: string
  variantLabel: string
  sku: string
  unitPrice: number
  taxRateBp: number
  quantity: number
  soldBy: SoldBy
  listPrice: number
  priceReason: string
  /** Who allowed the price override, or null. */
  priceBy: string | null
  labelAmount: number | null
  code: string
  discount: Discount | null
  inStock: number
  archived: boolean
  /** What the variant costs the shop now (null when unknown): kept on the order line for the margin, never shown in the cart. */
  unitCost: number | null
}

/** Everything stored about a cart, with today's catalog prices, before any totals. */
export interface CartSnapshot {
  row: CartRow
  lines: SnapshotLine[]
  customer: Customer | null
  coupon: Coupon | null
  /** The active quantity promotions of the cart's products. */
  promotions: PromotionRule[]
}

export function toDiscount(kind: 'percent' | 'amount' | null, value: number): Discount | null {
  if (kind === 'percent') return { kind, value }
  if (kind === 'amount') return { kind, value: money(value) }
  return null
}

// Read by every cart command and every sale: SQL text compiled once rather than built each time.
const CART_ROW_READ = 'SELECT * FROM carts WHERE id = ?'

export async function findCartRow(db: Db | Trx, cartId: number): Promise<CartRow | null> {
  return (await db.executeQuery<CartRow>(CompiledQuery.raw(CART_ROW_READ, [cartId]))).rows[0] ?? null
}

export async function getCartRow(db: Db | Trx, cartId: number): Promise<CartRow> {
  const row = await findCartRow(db, cartId)
  if (!row) throw notFound('Cart', cartId)
  return row
}

interface CartLineRead {
  id: number
  kind: CartLineKind
  quantity: number
  unit_price: number | null
  price_reason: string
  price_by: string | null
  line_name: string
  line_tax_rate_bp: number | null
  amount: number | null
  code: string
  sold_by: SoldBy
  discount_kind: 'percent' | 'amount' | null
  discount_value: number
  variant_id: number
  sku: string
  label: string
  price: number
  stock: number
  cost: number | null
  variant_archived: number
  product_id: number
  name: string
  tax_rate_bp: number
  product_archived: number
  category: string
  /** The product's active promotion (at most one: a unique partial index), or nulls. */
  promotion_id: number | null
  promotion_name: string | null
  promotion_kind: PromotionKind | null
  promotion_quantity: number | null
  promotion_price: number | null
  promotion_free_quantity: number | null
  /** Its category's active promotion (at most one likewise), or nulls. */
  category_promotion_id: number | null
  category_promotion_name: string | null
  category_promotion_kind: PromotionKind | null
  category_promotion_quantity: number | null
  category_promotion_price: number | null
  category_promotion_free_quantity: number | null
}

// Read in every checkout and every cart view: SQL text rather than built by the query builder each time.
const CART_LINES_READ = `SELECT cart_lines.id, cart_lines.kind, cart_lines.quantity, cart_lines.discount_kind, cart_lines.discount_value,
    cart_lines.unit_price, cart_lines.price_reason, cart_lines.price_by, cart_lines.name AS line_name, cart_lines.tax_rate_bp AS line_tax_rate_bp,
    cart_lines.amount, cart_lines.code, products.sold_by,
    variants.id AS variant_id, variants.sku, variants.label, variants.price, variants.stock, variants.cost, variants.archived AS variant_archived,
    products.id AS product_id, products.name, products.tax_rate_bp, products.archived AS product_archived, products.category,
    promotions.id AS promotion_id, promotions.name AS promotion_name, promotions.kind AS promotion_kind,
    promotions.quantity AS promotion_quantity, promotions.price AS promotion_price, promotions.free_quantity AS promotion_free_quantity,
    category_promotions.id AS category_promotion_id, category_promotions.name AS category_promotion_name,
    category_promotions.kind AS category_promotion_kind, category_promotions.quantity AS category_promotion_quantity,
    category_promotions.price AS category_promotion_price, category_promotions.free_quantity AS category_promotion_free_quantity
  FROM cart_lines
  INNER JOIN variants ON variants.id = cart_lines.variant_id
  INNER JOIN products ON products.id = variants.product_id
  LEFT JOIN promotions ON promotions.product_id = products.id AND promotions.active = 1
  LEFT JOIN promotions AS category_promotions ON category_promotions.category = products.category AND category_promotions.active = 1
  WHERE cart_lines.cart_id = ?
  ORDER BY cart_lines.id`

export async function loadCartSnapshot(db: Db | Trx, cartId: number): Promise<CartSnapshot> {
  const row = await getCartRow(db, cartId)
  const lines = (await db.executeQuery<CartLineRead>(CompiledQuery.raw(CART_LINES_READ, [cartId]))).rows
  return {
    row,
    lines: lines.map((line) => ({
      id: line.id,
      kind: line.kind,
      variantId: line.variant_id,
      productId: line.product_id,
      category: line.category,
      name: line.line_name || line.name,
      variantLabel: line.label,
      sku: line.sku,
      unitPrice: line.unit_price ?? line.price,
      taxRateBp: line.line_tax_rate_bp ?? line.tax_rate_bp,
      quantity: line.quantity,
      soldBy: line.sold_by,
      listPrice: line.price,
      priceReason: line.price_reason,
      priceBy: line.price_by,
      labelAmount: line.amount,
      code: line.code,
      discount: toDiscount(line.discount_kind, line.discount_value),
      inStock: line.stock,
      archived: line.variant_archived === 1 || line.product_archived === 1,
      unitCost: line.cost
    })),
    customer: row.customer_id === null ? null : await findCustomer(db, row.customer_id),
    coupon: row.coupon_id === null ? null : await findCoupon(db, row.coupon_id),
    promotions: promotionRulesOf(lines)
  }
}

/** The active rules of the cart's products and of their categories, each once: what the cart prices with. */
function promotionRulesOf(lines: readonly CartLineRead[]): PromotionRule[] {
  const rules = new Map<number, PromotionRule>()
  for (const line of lines) {
    if (line.promotion_id !== null && !rules.has(line.promotion_id)) {
      rules.set(line.promotion_id, {
        id: line.promotion_id,
        name: line.promotion_name!,
        productId: line.product_id,
        category: null,
        kind: line.promotion_kind!,
        quantity: line.promotion_quantity!,
        price: line.promotion_price!,
        freeQuantity: line.promotion_free_quantity!
      })
    }
    if (line.category_promotion_id !== null && !rules.has(line.category_promotion_id)) {
      rules.set(line.category_promotion_id, {
        id: line.category_promotion_id,
        name: line.category_promotion_name!,
        productId: null,
        category: line.category,
        kind: line.category_promotion_kind!,
        quantity: line.category_promotion_quantity!,
        price: line.category_promotion_price!,
        freeQuantity: line.category_promotion_free_quantity!
      })
    }
  }
  return [...rules.values()]
}

export interface PricedCart {
  cart: Cart
  pricing: PricingResult
  /** Why the attached coupon does not apply now, or null. */
  couponProblem: Reason | null
}

/**
 * Prices the cart, or, when a price raised since the lines were added takes a line or the total
 * past what a till holds, answers it unpriced with that AMOUNT_TOO_LARGE refusal. Such a cart is
 * still read, so the till can show it and take the line off; checkout refuses it (`refuseOverLimit`).
 */
function priceOrRefusal(input: PricingInput): { pricing: PricingResult; overLimit: AppErrorData | null } {
  try {
    return { pricing: priceCart(input), overLimit: null }
  } catch (error) {
    if (error instanceof AppError && error.code === 'AMOUNT_TOO_LARGE') return { pricing: unpriced(input), overLimit: error.toData() }
    throw error
  }
}

/** Throws the cart's AMOUNT_TOO_LARGE refusal again, for a command that must not leave it over the limit. */
export function refuseOverLimit(cart: Cart): void {
  const refusal = cart.overLimit
  if (refusal) throw new AppError(refusal.code, refusal.message, { issues: refusal.issues, details: refusal.details })
}

/** Prices a cart with the one totals module; a coupon that does not apply right now takes nothing off. */
export function priceSnapshot(snapshot: CartSnapshot, settings: ShopSettings, now: number): PricedCart {
  const { row, lines, customer, coupon, promotions } = snapshot
  const orderDiscount = toDiscount(row.order_discount_kind, row.order_discount_value)
  const base: PricingInput = { taxMode: settings.taxMode, taxRounding: settings.taxRounding, lines, orderDiscount, coupon: null, promotions }
  const problem = coupon ? couponProblem(coupon, businessDay(now, settings.timeZone), couponSpend(base)) : null
  const couponDiscount = coupon && problem === null ? toDiscount(coupon.kind, coupon.value) : null
  const { pricing, overLimit } = priceOrRefusal({ ...base, coupon: couponDiscount })
  // The cart goes to the window: the shop's cost and who allowed a price stay here. Each field is
  // named (no spread before them), as V8 adds fields written after a spread one at a time.
  const cartLines = lines.map((line, index): CartLine => ({
    id: line.id,
    kind: line.kind,
    variantId: line.variantId,
    productId: line.productId,
    name: line.name,
    variantLabel: line.variantLabel,
    sku: line.sku,
    unitPrice: money(line.unitPrice),
    taxRateBp: line.taxRateBp,
    quantity: line.quantity,
    soldBy: line.soldBy,
    listPrice: money(line.listPrice),
    priceReason: line.priceReason,
    labelAmount: line.labelAmount === null ? null : money(line.labelAmount),
    code: line.code,
    discount: line.discount,
    promotionName: pricing.linePromotions[index]?.name ?? '',
    inStock: line.inStock,
    archived: line.archived,
    ...pricing.lines[index]!
  }))
  return {
    pricing,
    couponProblem: problem,
    cart: {
      id: row.id,
      status: row.status,
      label: row.label,
      note: row.note,
      taxMode: settings.taxMode,
      customer,
      coupon: coupon ? { code: coupon.code, kind: coupon.kind, value: coupon.value, problem } : null,
      orderDiscount,
      lines: cartLines,
      totals: pricing.totals,
      overLimit,
      parkedAt: row.parked_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at
    }
  }
}
