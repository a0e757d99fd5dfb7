import type { Selectable } from 'kysely'
import type { OrderSummary, PaymentState } from '../../shared/orders'
import { money } from '../../shared/money'
import { notFound } from '../core/app-error'
import type { Db, Trx } from '../db/schema'
import type { OrdersTable } from '../db/tables/orders.table'

export type OrderRow = Selectable<OrdersTable>

export async function getOrderRow(db: Db | Trx, orderId: number): Promise<OrderRow> {
  const row = await db.selectFrom('orders').selectAll().where('id', '=', orderId).executeTakeFirst()
  if (!row) throw notFound('Order', orderId)
  return row
}

/**
 * Where an order's money stands: refunds first (any refund makes it partially_refunded, a refund
 * of everything paid makes it refunded), then unpaid / partial / paid against what the kept goods
 * are worth (the total less what was returned). An order with nothing to pay counts as paid; one
 * that sold something and never took money stays unpaid, even once all of it came back.
 */
export function paymentStateOf(total: number, paid: number, refunded: number, returned = 0): PaymentState {
  if (refunded > 0) return refunded >= paid ? 'refunded' : 'partially_refunded'
  if (paid === 0) return total === 0 ? 'paid' : 'unpaid'
  return paid >= total - returned ? 'paid' : 'partial'
}

/** What the order still sells: its total less what the goods returned so far were worth. */
export function keptValueOf(row: Pick<OrderRow, 'total' | 'returned_total'>): number {
  return row.total - row.returned_total
}

/** What is still owed: what the kept goods are worth less what was paid and kept; nothing on a cancelled order. */
export function amountDueOf(row: Pick<OrderRow, 'status' | 'total' | 'returned_total' | 'paid_total' | 'refunded_total'>): number {
  if (row.status === 'cancelled') return 0
  return Math.max(0, keptValueOf(row) - (row.paid_total - row.refunded_total))
}

type SummaryColumns =
  | 'id'
  | 'number'
  | 'kind'
  | 'status'
  | 'payment_state'
  | 'customer_id'
  | 'customer_name'
  | 'created_by'
  | 'item_count'
  | 'total'
  | 'paid_total'
  | 'refunded_total'
  | 'returned_total'
  | 'created_at'
  | 'business_day'

export function toOrderSummary(row: Pick<OrderRow, SummaryColumns>): OrderSummary {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    paymentState: row.payment_state,
    customerId: row.customer_id,
    customerName: row.customer_name,
    createdBy: row.created_by,
    itemCount: row.item_count,
    total: money(row.total),
    paidTotal: money(row.paid_total),
    refundedTotal: money(row.refunded_total),
    returnedTotal: money(row.returned_total),
    createdAt: row.created_at,
    businessDay: row.business_day
  }
}

/** Order number: the till's prefix, a dash, and the sequence padded to six digits (A-000042). */
export function formatOrderNumber(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(6, '0')}`
}
