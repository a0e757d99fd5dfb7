import { z } from 'zod'
import { customerInputSchema, type Customer } from './customers'
import type { AppErrorData } from './errors'
import type { Money } from './money'
import type { Reason } from './reasons'
import { freeText } from './free-text'
import { WEIGHT_SCALE, type SoldBy } from './sold-by'
import { discountSchema, type CartTotals, type Discount, type LineTotals } from './pricing'
import { schemaMessage } from './i18n/schema-message'
import { LIMITS, type SellableVariant } from './catalog'

const id = z.number().int().positive()
const cartId = { cartId: id }

export const MAX_LINE_QUANTITY = 100_000
/** A weighed line: up to 100,000 units of its weight, in thousandths (see sold-by.ts). */
export const MAX_WEIGHED_QUANTITY = MAX_LINE_QUANTITY * WEIGHT_SCALE

/**
 * 'item': a product at its price, one line per product (a second scan adds to it); 'open': a price
 * typed at the till (the Misc key, "Sell at a price"); 'weighed': a weight typed for a product sold
 * by weight; 'label': a scale barcode. Every kind but 'item' is a line of its own.
 */
export const CART_LINE_KINDS = ['item', 'open', 'weighed', 'label'] as const
export type CartLineKind = (typeof CART_LINE_KINDS)[number]

const quantity = z
  .number()
  .int({ error: schemaMessage('common.quantityWhole') })
  .min(1, { error: schemaMessage('cart.quantityMin', { min: 1 }) })
  .max(MAX_LINE_QUANTITY, { error: schemaMessage('cart.quantityMax', { max: MAX_LINE_QUANTITY }) })

export const cartIdSchema = z.object(cartId).strict()

export const addLineSchema = z.object({ ...cartId, variantId: id, quantity: quantity.default(1) }).strict()

/** Whole units, or thousandths of the unit on a weighed line: the line's kind says which is allowed. */
export const setQuantitySchema = z
  .object({
    ...cartId,
    lineId: id,
    quantity: z
      .number()
      .int({ error: schemaMessage('common.quantityWhole') })
      .min(1, { error: schemaMessage('cart.quantityMin', { min: 1 }) })
      .max(MAX_WEIGHED_QUANTITY, { error: schemaMessage('cart.quantityMax', { max: MAX_LINE_QUANTITY }) })
  })
  .strict()

const MAX_PRICE = 100_000_000_000
const unitPrice = z
  .number()
  .int({ error: schemaMessage('common.priceWhole') })
  .min(0, { error: schemaMessage('common.priceNegative') })
  .max(MAX_PRICE, { error: schemaMessage('common.priceTooLarge') })
  .transform((value) => value as Money)

/** A price typed at the till: the Misc key, or "Sell at a price" for a code the catalog lacks. */
export const addOpenLineSchema = z
  .object({
    ...cartId,
    unitPrice: unitPrice.refine((value) => value > 0, { error: schemaMessage('cart.priceAboveZero') }),
    taxRateBp: z
      .number()
      .int()
      .min(0)
      .max(10_000, { error: schemaMessage('cart.taxRateMax') }),
    /** What the receipt says; '' is the open-price product's own name ("Misc"). */
    name: freeText(120)
      .refine((value) => !/\p{Cc}/u.test(value), { error: schemaMessage('cart.nameOneLine') })
      .default(''),
    quantity: quantity.default(1),
    /** The unknown code it was sold for, when it came from a scan. */
    code: freeText(64).default(''),
    /** The open-price product picked on Sell; absent: the shop's first one (Misc). */
    variantId: id.optional()
  })
  .strict()

/** A weight typed for a product sold by weight, in thousandths of its unit. */
export const addWeighedLineSchema = z
  .object({
    ...cartId,
    variantId: id,
    quantity: z
      .number()
      .int({ error: schemaMessage('cart.weightWhole') })
      .min(1, { error: schemaMessage('cart.weightAboveZero') })
      .max(MAX_WEIGHED_QUANTITY, { error: schemaMessage('cart.weightMax', { max: MAX_LINE_QUANTITY }) })
  })
  .strict()

/** An EAN-13 scale label (prefix 20-29), read with the shop's layout. */
export const addScaleLabelSchema = z
  .object({ ...cartId, code: z.string().regex(/^2\d{12}$/, { error: schemaMessage('cart.scaleLabel', { digits: 13 }) }) })
  .strict()

/**
 * A code from the scanner, found and sold in one call (issue 13): a scale label by the shop's
 * layout, else a barcode or SKU. `orphan` is a lone key typed just before the burst: `orphan + code`
 * is tried first, the scan's own first key cut off.
 */
export const scanCodeSchema = z
  .object({
    ...cartId,
    code: z
      .string()
      .trim()
      .min(1, { error: schemaMessage('catalog.code') })
      .max(LIMITS.barcode),
    orphan: z.string().max(2).default(''),
    quantity: quantity.default(1)
  })
  .strict()

/**
 * What a scan did: a product added (or its line raised), a scale label added, a product that needs
 * a typed price or weight first (nothing written), or a code no product has (nothing written).
 */
export type ScanOutcome =
  | { kind: 'item'; cart: Cart; variant: SellableVariant }
  | { kind: 'label'; cart: Cart }
  | { kind: 'entry'; variant: SellableVariant }
  | { kind: 'unknown'; code: string }

/** A line's price changed by hand, with the reason (kept on the order); null goes back to the catalog price. */
export const linePriceSchema = z
  .object({
    ...cartId,
    lineId: id,
    override: z
      .object({
        unitPrice,
        reason: freeText(120, { required: schemaMessage('cart.priceReason') }).refine((value) => !/\p{Cc}/u.test(value), {
          error: schemaMessage('cart.reasonOneLine')
        })
      })
      .strict()
      .nullable()
  })
  .strict()

export const lineRefSchema = z.object({ ...cartId, lineId: id }).strict()

export const lineDiscountSchema = z.object({ ...cartId, lineId: id, discount: discountSchema.nullable() }).strict()

export const orderDiscountSchema = z.object({ ...cartId, discount: discountSchema.nullable() }).strict()

export const applyCouponSchema = z.object({ ...cartId, code: freeText(32, { required: schemaMessage('cart.couponCode') }).toUpperCase() }).strict()

/** Attach a saved customer, or quick-add a new one and attach it. */
export const attachCustomerSchema = z.union([
  z.object({ ...cartId, customerId: id }).strict(),
  z.object({ ...cartId, newCustomer: customerInputSchema }).strict()
])

export const cartNoteSchema = z
  .object({
    ...cartId,
    note: freeText(1000)
  })
  .strict()

export const parkCartSchema = z.object({ ...cartId, label: freeText(60, { required: schemaMessage('cart.parkLabel') }) }).strict()

export const parkedCartsSchema = z
  .object({
    /** Keyset cursor: the id of the last parked cart already shown (newest first). */
    before: id.optional(),
    limit: z.number().int().min(1).max(100).default(50)
  })
  .strict()

export interface CartLine extends LineTotals {
  id: number
  kind: CartLineKind
  variantId: number
  productId: number
  name: string
  variantLabel: string
  sku: string
  /** Today's price of one unit, as shown in the shop (tax included in a tax-inclusive shop). */
  unitPrice: Money
  taxRateBp: number
  /** Whole units, or thousandths of `soldBy` for a product sold by weight. */
  quantity: number
  soldBy: SoldBy
  /** Today's catalog price of one unit; differs from unitPrice when typed or overridden. */
  listPrice: Money
  /** Why the price was changed by hand ('' when it was not). */
  priceReason: string
  /** The amount printed on a price-embedded scale label, or null. */
  labelAmount: Money | null
  /** The scanned code the line came from ('' when tapped or typed). */
  code: string
  discount: Discount | null
  /** The quantity promotion this line's `promotionDiscount` comes from ('' when none covers it). */
  promotionName: string
  /** Units in stock now; checkout refuses a line asking for more. */
  inStock: number
  /** The product or variant was archived since it was added: checkout will refuse the cart. */
  archived: boolean
}

export interface CartCoupon {
  code: string
  kind: 'percent' | 'amount'
  value: number
  /** Why the coupon does not apply to this cart right now (then it takes nothing off), or null: a screen words it. */
  problem: Reason | null
}

export interface Cart {
  id: number
  status: 'active' | 'parked'
  label: string
  note: string
  taxMode: 'inclusive' | 'exclusive'
  customer: Customer | null
  coupon: CartCoupon | null
  orderDiscount: Discount | null
  lines: CartLine[]
  totals: CartTotals
  /**
   * Set when the cart passes what a till holds (a price raised since its lines were added):
   * the refusal AMOUNT_TOO_LARGE naming the line or the total. The cart is kept and shown, its
   * amounts are not worked out (all 0, item count apart), and checkout refuses it until a line is
   * removed or lowered.
   */
  overLimit: AppErrorData | null
  parkedAt: number | null
  createdAt: number
  updatedAt: number
}

export interface ParkedCart {
  id: number
  label: string
  customerName: string | null
  itemCount: number
  /** 0 while `overLimit` is set: the total is not worked out then, and the list shows the refusal. */
  total: Money
  /** The cart's AMOUNT_TOO_LARGE refusal (a price raised since it was parked), as `Cart.overLimit`. */
  overLimit: AppErrorData | null
  parkedAt: number
}

export interface ParkedCartPage {
  carts: ParkedCart[]
  /** Pass as `before` for the next page; null when this page is the last. */
  next: number | null
}
