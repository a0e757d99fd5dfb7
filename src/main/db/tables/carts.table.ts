import type { Generated } from 'kysely'
import type { CartLineKind } from '../../../shared/cart'

export interface CartsTable {
  id: Generated<number>
  status: 'active' | 'parked'
  label: string
  note: string
  customer_id: number | null
  coupon_id: number | null
  order_discount_kind: 'percent' | 'amount' | null
  order_discount_value: number
  parked_at: number | null
  /** Carts per person: the staff member this parked cart is set aside for, alone (migration 30). */
  held_for: string | null
  created_at: number
  updated_at: number
}

export interface CartLinesTable {
  id: Generated<number>
  cart_id: number
  variant_id: number
  /** Migration 23: only 'item' lines are one per product; the others are a line each. */
  kind: Generated<CartLineKind>
  /** Whole units, or thousandths of the unit for a product sold by weight. */
  quantity: number
  discount_kind: 'percent' | 'amount' | null
  discount_value: number
  created_at: number
  /** Typed (open line) or overridden price of one unit; null: today's catalog price. */
  unit_price: Generated<number | null>
  price_reason: Generated<string>
  /** Who allowed the override (the approver when there was one). */
  price_by: Generated<string | null>
  /** An open line's description; '' is the product's name. */
  name: Generated<string>
  tax_rate_bp: Generated<number | null>
  /** The amount printed on a price-embedded scale label. */
  amount: Generated<number | null>
  code: Generated<string>
}

export interface CartTables {
  carts: CartsTable
  cart_lines: CartLinesTable
}
