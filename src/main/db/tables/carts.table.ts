import type { Generated } from 'kysely'

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
  quantity: number
  discount_kind: 'percent' | 'amount' | null
  discount_value: number
  created_at: number
}

export interface CartTables {
  carts: CartsTable
  cart_lines: CartLinesTable
}
