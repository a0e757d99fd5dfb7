import { z } from 'zod'
import { customerInputSchema, type Customer } from './customers'
import type { Money } from './money'
import { freeText } from './free-text'
import { discountSchema, type CartTotals, type Discount, type LineTotals } from './pricing'

const id = z.number().int().positive()
const cartId = { cartId: id }

export const MAX_LINE_QUANTITY = 100_000

const quantity = z
  .number()
  .int({ error: 'Quantity must be a whole number' })
  .min(1, { error: 'Quantity must be at least 1' })
  .max(MAX_LINE_QUANTITY, { error: `Quantity cannot exceed ${MAX_LINE_QUANTITY}` })

export const cartIdSchema = z.object(cartId).strict()

export const addLineSchema = z.object({ ...cartId, variantId: id, quantity: quantity.default(1) }).strict()

export const setQuantitySchema = z.object({ ...cartId, lineId: id, quantity }).strict()

export const lineRefSchema = z.object({ ...cartId, lineId: id }).strict()

export const lineDiscountSchema = z.object({ ...cartId, lineId: id, discount: discountSchema.nullable() }).strict()

export const orderDiscountSchema = z.object({ ...cartId, discount: discountSchema.nullable() }).strict()

export const applyCouponSchema = z.object({ ...cartId, code: freeText(32, { required: 'Type a coupon code' }).toUpperCase() }).strict()

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

export const parkCartSchema = z.object({ ...cartId, label: freeText(60, { required: 'Give the parked sale a label' }) }).strict()

export const parkedCartsSchema = z
  .object({
    /** Keyset cursor: the id of the last parked cart already shown (newest first). */
    before: id.optional(),
    limit: z.number().int().min(1).max(100).default(50)
  })
  .strict()

export interface CartLine extends LineTotals {
  id: number
  variantId: number
  productId: number
  name: string
  variantLabel: string
  sku: string
  /** Today's price of one unit, as shown in the shop (tax included in a tax-inclusive shop). */
  unitPrice: Money
  taxRateBp: number
  quantity: number
  discount: Discount | null
  /** Units in stock now; checkout refuses a line asking for more. */
  inStock: number
  /** The product or variant was archived since it was added: checkout will refuse the cart. */
  archived: boolean
}

export interface CartCoupon {
  code: string
  kind: 'percent' | 'amount'
  value: number
  /** Why the coupon does not apply to this cart right now (then it takes nothing off), or null. */
  problem: string | null
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
  parkedAt: number | null
  createdAt: number
  updatedAt: number
}

export interface ParkedCart {
  id: number
  label: string
  customerName: string | null
  itemCount: number
  total: Money
  parkedAt: number
}

export interface ParkedCartPage {
  carts: ParkedCart[]
  /** Pass as `before` for the next page; null when this page is the last. */
  next: number | null
}
