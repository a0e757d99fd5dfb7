import type { Generated, Selectable } from 'kysely'
import type { PaymentMethod } from '../../../shared/payments'

/** Shift tables (migration 0010): a shift's running figures live on its row, folded by the shift hook. */

export type ShiftStatus = 'open' | 'closed'
export type CashMovementKind = 'paid_in' | 'paid_out' | 'no_sale'

export interface ShiftsTable {
  id: Generated<number>
  status: ShiftStatus
  opened_at: number
  opened_by_id: string
  opened_by_name: string
  float_amount: number
  /** The float as counted, `[[value, quantity], ...]` as JSON; `[]` when given as a total. */
  float_denominations: string
  closed_at: Generated<number | null>
  closed_by_id: Generated<string | null>
  closed_by_name: Generated<string | null>
  z_number: Generated<number | null>
  /** Migration 0019: the manager who approved a close the closer had no permission for. */
  closed_approver_id: Generated<string | null>
  closed_approver_name: Generated<string | null>
  orders: Generated<number>
  first_sequence: Generated<number | null>
  last_sequence: Generated<number | null>
  first_number: Generated<string | null>
  last_number: Generated<string | null>
  gross: Generated<number>
  discounts: Generated<number>
  sales_total: Generated<number>
  cancellations: Generated<number>
  cancelled_total: Generated<number>
  returns_total: Generated<number>
  cash_tendered: Generated<number>
  change_given: Generated<number>
  cash_refunds: Generated<number>
  /** Cash rounding of the cash taken for sales, and of the cash given back (migration 17). */
  sale_rounding: Generated<number>
  refund_rounding: Generated<number>
  paid_in: Generated<number>
  paid_out: Generated<number>
  no_sales: Generated<number>
}

export type ShiftRow = Selectable<ShiftsTable>

export interface ShiftTaxRatesTable {
  shift_id: number
  rate_bp: number
  net: number
  tax: number
  gross: number
}

export interface ShiftMethodsTable {
  shift_id: number
  method: PaymentMethod
  payments: number
  paid: number
  refunds: number
  refunded: number
}

export interface ShiftCashMovementsTable {
  id: Generated<number>
  shift_id: number
  kind: CashMovementKind
  amount: number
  reason: string
  /** 1 when a paid out took more than the drawer was expected to hold (allowed, with a reason). */
  drawer_short: number
  actor_id: string
  actor_name: string
  /** Migration 0019: the manager who approved it, when the actor lacked the permission. */
  approver_id: Generated<string | null>
  approver_name: Generated<string | null>
  created_at: number
}

export interface ShiftCountsTable {
  id: Generated<number>
  shift_id: number
  /** 1 for the first count of a shift, 2 for its first recount, ... every count is kept. */
  attempt: number
  counted: number
  denominations: string
  expected: number
  actor_id: string
  actor_name: string
  /** Migration 0019: the manager who approved it, when the actor lacked the permission. */
  approver_id: Generated<string | null>
  approver_name: Generated<string | null>
  created_at: number
}

export interface ZReportsTable {
  number: number
  shift_id: number
  opened_at: number
  closed_at: number
  opened_by_name: string
  closed_by_name: string
  currency: string
  net: number
  expected_cash: number
  counted_cash: number
  over_short: number
  grand_total: number
  /** The whole report as written at close (a `StoredZReport` as JSON): printed and reprinted from this. */
  report: string
}

export interface ShiftCursorTable {
  id: number
  started: number
  order_id: number
  event_id: number
  payment_id: number
  return_id: number
  /** Net sales of the till's history before its first shift: where the perpetual grand total starts. */
  grand_total_base: number
}

export interface ShiftTables {
  shifts: ShiftsTable
  shift_tax_rates: ShiftTaxRatesTable
  shift_methods: ShiftMethodsTable
  shift_cash_movements: ShiftCashMovementsTable
  shift_counts: ShiftCountsTable
  z_reports: ZReportsTable
  shift_cursor: ShiftCursorTable
}
