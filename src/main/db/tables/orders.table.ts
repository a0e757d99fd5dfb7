import type { Generated } from 'kysely'
import type { SoldBy } from '../../../shared/sold-by'
import type { OrderChange, OrderKind, OrderStatus, PaymentState, PriceSource } from '../../../shared/orders'
import type { TaxMode } from '../../../shared/settings'

export interface OrderCounterTable {
  id: number
  last_sequence: number
}

export interface OrdersTable {
  id: Generated<number>
  sequence: number
  number: string
  kind: OrderKind
  status: OrderStatus
  payment_state: PaymentState
  customer_id: number | null
  customer_name: string
  customer_phone: string
  customer_email: string
  delivery_address: string
  note: string
  coupon_id: number | null
  coupon_code: string
  tax_mode: TaxMode
  currency: string
  item_count: number
  subtotal: number
  line_discount_total: number
  order_discount_total: number
  coupon_discount_total: number
  /** Migration 31: what quantity promotions took off, the sum of its lines' promotion_discount. */
  promotion_discount_total: Generated<number>
  tax_total: number
  total: number
  paid_total: number
  refunded_total: number
  /** What the goods returned so far are worth (migration 8): the total less this is what is kept. */
  returned_total: number
  /** How the tax was rounded: per line, or once per rate on the document (migration 8). */
  tax_rounding: 'line' | 'rate'
  /** Cash rounding of its payments less that of its cash refunds (migration 8): taken beyond what was settled. */
  rounding_total: Generated<number>
  /** Shop-local day (YYYY-MM-DD in settings.timeZone) the order was taken. */
  business_day: string
  created_by: string
  approver_id: string | null
  created_at: number
  updated_at: number
  /** The cash shift it was taken in (migration 0010); null before shifts were used. */
  shift_id: number | null
}

export interface OrdersFtsTable {
  rowid: number
  number: string
  customer: string
  products: string
}

export interface OrderLinesTable {
  id: Generated<number>
  order_id: number
  position: number
  variant_id: number
  product_id: number
  name: string
  sku: string
  variant_label: string
  unit_price: number
  tax_rate_bp: number
  quantity: number
  quantity_returned: number
  gross: number
  line_discount: number
  order_discount: number
  coupon_discount: number
  /** Migration 31: this line's share of a quantity promotion, and that promotion's name as sold. */
  promotion_discount: Generated<number>
  promotion_name: Generated<string>
  net: number
  tax: number
  total: number
  /** The variant's cost per unit when sold (migration 26); null when the catalog had none. */
  unit_cost: number | null
  /** Migration 23: 'each', or the weight unit the quantities are thousandths of. */
  sold_by: Generated<SoldBy>
  price_source: Generated<PriceSource>
  /** The catalog price when the price charged was typed or overridden. */
  list_price: Generated<number | null>
  price_reason: Generated<string>
  price_by: Generated<string | null>
}

export interface OrderReturnsTable {
  id: Generated<number>
  order_id: number
  order_line_id: number
  quantity: number
  damaged: number
  /** Money that went back for these units: less than their value when the order was not fully paid. */
  refund_amount: number
  /** What the units returned are worth, and the tax inside that (migration 8). */
  value: number
  tax: number
  /** The first refund row of the return (a refund across methods writes one per payment reversed). */
  payment_id: number | null
  business_day: string
  actor_id: string
  approver_id: string | null
  created_at: number
  shift_id: number | null
}

export interface OrderEventsTable {
  id: Generated<number>
  order_id: number
  change: OrderChange
  from_status: OrderStatus | null
  to_status: OrderStatus
  actor_id: string
  actor_name: string
  approver_id: string | null
  approver_name: string | null
  note: string
  created_at: number
  shift_id: number | null
}

export interface OrderTables {
  order_counter: OrderCounterTable
  orders: OrdersTable
  orders_fts: OrdersFtsTable
  order_lines: OrderLinesTable
  order_returns: OrderReturnsTable
  order_events: OrderEventsTable
}
