import { z } from 'zod'
import type { SoldBy } from './sold-by'
import type { Cart } from './cart'
import { BUSINESS_DAY_PATTERN } from './business-day'
import type { Money } from './money'
import { saveTokenSchema } from './files'
import { freeText } from './free-text'
import { paymentListSchema, type PaymentMethod, type PaymentView } from './payments'
import type { LineTotals, TaxRateTotals } from './pricing'
import { refundSplitSchema } from './refunds'
import { schemaMessage } from './i18n/schema-message'

export const ORDER_STATUSES = ['pending', 'confirmed', 'processing', 'shipped', 'delivered', 'cancelled', 'returned'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

/** Statuses an order is moved to by hand; cancelled and returned have their own commands (stock, refunds). */
export const FORWARD_STATUSES = ['confirmed', 'processing', 'shipped', 'delivered'] as const satisfies readonly OrderStatus[]

export const ORDER_KINDS = ['counter', 'pickup', 'delivery'] as const
export type OrderKind = (typeof ORDER_KINDS)[number]

/** unpaid -> partial -> paid; once money goes back: partially_refunded, then refunded when all of it has. */
export const PAYMENT_STATES = ['unpaid', 'partial', 'paid', 'partially_refunded', 'refunded'] as const
export type PaymentState = (typeof PAYMENT_STATES)[number]

/** Where a line's price came from (migration 23): the catalog, typed (open price), overridden by hand, or a scale label. */
export const PRICE_SOURCES = ['catalog', 'open', 'override', 'label'] as const
export type PriceSource = (typeof PRICE_SOURCES)[number]

export const ORDER_CHANGES = ['created', 'status', 'payment', 'return'] as const
export type OrderChange = (typeof ORDER_CHANGES)[number]

const id = z.number().int().positive()
const note = freeText(500).default('')
const day = z.string().regex(BUSINESS_DAY_PATTERN, { error: schemaMessage('common.dateFormat') })

export const checkoutSchema = z
  .object({
    cartId: id,
    kind: z.enum(ORDER_KINDS, { error: schemaMessage('orders.kind') }),
    /** A counter sale must be paid in full; a pickup or delivery may be paid now, in part, or on collection. */
    payments: paymentListSchema.default([]),
    /** Required for a delivery; the attached customer's address is used when left empty. */
    deliveryAddress: freeText(500).default(''),
    /** Sell anyway: take the stock below zero where a line asks for more (the shop's `shortStock` and `stock.sellBelowZero`). */
    sellBelowStock: z.boolean().default(false)
  })
  .strict()

export const orderIdSchema = z.object({ orderId: id }).strict()

export const setStatusSchema = z.object({ orderId: id, status: z.enum(FORWARD_STATUSES, { error: schemaMessage('orders.status') }), note }).strict()

export const cancelOrderSchema = z
  .object({
    orderId: id,
    note,
    /** How what was paid goes back, per method (each at most what it paid); the default split when left out. */
    refundSplit: refundSplitSchema.optional()
  })
  .strict()

export const payOrderSchema = z.object({ orderId: id, payments: paymentListSchema.min(1, { error: schemaMessage('orders.paymentNeeded') }) }).strict()

export const returnOrderSchema = z
  .object({
    orderId: id,
    lines: z
      .array(
        z
          .object({
            orderLineId: id,
            /** Units, or thousandths of the unit on a weighed line (the line's own quantity bounds it). */
            quantity: z
              .number()
              .int()
              .min(1, { error: schemaMessage('orders.returnUnit') })
              .max(100_000_000),
            /** A damaged unit is not put back on the shelf. */
            damaged: z.boolean().default(false)
          })
          .strict()
      )
      .min(1, { error: schemaMessage('orders.returnLine') })
      .max(500)
      .refine((lines) => new Set(lines.map((line) => line.orderLineId)).size === lines.length, {
        error: schemaMessage('orders.lineOnce')
      }),
    /**
     * How the refund goes back, per method, each at most what it paid and kept; it must add up to the
     * refund. Left out: card back to card up to what the cards paid, cash for the rest.
     */
    refundSplit: refundSplitSchema.optional(),
    note
  })
  .strict()

export const orderFilterSchema = z
  .object({
    status: z.enum(ORDER_STATUSES).optional(),
    kind: z.enum(ORDER_KINDS).optional(),
    paymentState: z.enum(PAYMENT_STATES).optional(),
    customerId: id.optional(),
    /** Orders taken by this staff member (their id). */
    staffId: freeText(64, { required: schemaMessage('orders.staffFilter') }).optional(),
    /** First and last shop-local day, both included. */
    from: day.optional(),
    to: day.optional(),
    /** Words matched against the order number, the customer's name and phone, and product names. */
    text: freeText(100).optional()
  })
  .strict()

export type OrderFilter = z.input<typeof orderFilterSchema>

export const orderCursorSchema = z.object({ createdAt: z.number().int(), id }).strict()
export type OrderCursor = z.infer<typeof orderCursorSchema>

export const orderListSchema = z
  .object({
    filter: orderFilterSchema.default({}),
    /** Keyset cursor: the last order already shown. Orders come newest first. */
    after: orderCursorSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50)
  })
  .strict()

export const exportOrdersSchema = z
  .object({
    filter: orderFilterSchema.default({}),
    /** Where the shopkeeper chose to save the .csv (files.chooseSavePath); an existing file is replaced. */
    saveToken: saveTokenSchema
  })
  .strict()

export interface OrderSummary {
  id: number
  number: string
  kind: OrderKind
  status: OrderStatus
  paymentState: PaymentState
  customerId: number | null
  customerName: string
  /** The staff member who took the order (their id). */
  createdBy: string
  itemCount: number
  total: Money
  paidTotal: Money
  refundedTotal: Money
  /** What the goods returned so far were worth: total less this is what the order still sells. */
  returnedTotal: Money
  createdAt: number
  businessDay: string
}

export interface OrderPage {
  orders: OrderSummary[]
  /** Pass as `after` for the next page; null when this page is the last. */
  next: OrderCursor | null
}

/** A line as sold: the product's name and price at the time of the sale, and the line's totals. */
export interface OrderLine extends LineTotals {
  id: number
  position: number
  variantId: number
  productId: number
  name: string
  sku: string
  variantLabel: string
  unitPrice: Money
  taxRateBp: number
  /** Whole units, or thousandths of `soldBy` for a product sold by weight (returns likewise). */
  quantity: number
  quantityReturned: number
  soldBy: SoldBy
  priceSource: PriceSource
  /** The catalog price when the price charged was typed or overridden, else null. */
  listPrice: Money | null
  /** Why the price was changed by hand ('' when it was not). */
  priceReason: string
  /** Who allowed the price change (staff id), or null. */
  priceBy: string | null
  /** The quantity promotion its `promotionDiscount` comes from, as sold ('' when none). */
  promotionName: string
}

export interface OrderEvent {
  id: number
  change: OrderChange
  from: OrderStatus | null
  to: OrderStatus
  actorId: string
  actorName: string
  approverId: string | null
  approverName: string | null
  note: string
  createdAt: number
}

export interface OrderReturnLine {
  id: number
  orderLineId: number
  quantity: number
  damaged: boolean
  /** Money that went back for these units (less than their value on an order not fully paid). */
  refundAmount: Money
  /** What these units were worth, and the tax inside that. */
  value: Money
  tax: Money
  paymentId: number | null
  createdAt: number
}

export interface OrderDetail extends OrderSummary {
  customerPhone: string
  customerEmail: string
  deliveryAddress: string
  note: string
  couponCode: string
  taxMode: 'inclusive' | 'exclusive'
  currency: string
  subtotal: Money
  lineDiscountTotal: Money
  /** What quantity promotions took off (migration 31). */
  promotionDiscountTotal: Money
  orderDiscountTotal: Money
  couponDiscountTotal: Money
  taxTotal: Money
  /** How the tax was rounded: per line, or once per rate on the document. */
  taxRounding: 'line' | 'rate'
  /** Cash rounding: cash taken beyond what it settled, less cash given back beyond what refunds settled. */
  roundingTotal: Money
  /** Per tax rate as sold: rate, net, tax, gross, highest rate first. */
  taxByRate: TaxRateTotals[]
  /** total minus what was paid net of refunds, never below zero. */
  amountDue: Money
  /** Statuses this order may move to next. */
  allowedNext: OrderStatus[]
  lines: OrderLine[]
  payments: PaymentView[]
  returns: OrderReturnLine[]
  events: OrderEvent[]
  updatedAt: number
}

export interface ReorderResult {
  cart: Cart
  /** Lines of the old order left out because their product or variant is archived or gone. */
  skipped: Array<{ name: string; sku: string; variantLabel: string }>
}

export interface ExportResult {
  rows: number
  path: string
}

export type { PaymentMethod }
