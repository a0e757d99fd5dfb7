import type { Generated } from 'kysely'
import type { PaymentMethod } from '../../../shared/payments'

export interface PaymentsTable {
  id: Generated<number>
  order_id: number
  kind: 'payment' | 'refund'
  method: PaymentMethod
  amount: number
  tendered: number | null
  change_given: number | null
  /** Cash taken (or given back) less the amount it settled, to the smallest coin (migration 8); 0 unless cash. */
  rounding: Generated<number>
  card_reference: string
  card_last_four: string | null
  note: string
  business_day: string
  actor_id: string
  approver_id: string | null
  created_at: number
  shift_id: number | null
  /** The order's currency, copied so every stored amount names its own (migration 8). */
  currency: string
}

export interface PaymentTables {
  payments: PaymentsTable
}
