import type { Generated } from 'kysely'

export interface CouponsTable {
  id: Generated<number>
  code: string
  description: string
  kind: 'percent' | 'amount'
  /** Basis points for a percent coupon, minor units for an amount coupon. */
  value: number
  min_spend: number
  /** Shop-local business days (YYYY-MM-DD), both inclusive; null = open-ended. */
  valid_from: string | null
  valid_until: string | null
  usage_limit: number | null
  times_used: Generated<number>
  active: number
  created_at: number
  updated_at: number
}

export interface CouponTables {
  coupons: CouponsTable
}
