import { businessDay } from '../../shared/business-day'
import type { OrderStatus } from '../../shared/orders'
import type { RefundPart } from '../../shared/refunds'
import type { StockReason } from '../../shared/stock'
import { AppError } from '../core/app-error'
import type { CommandScope } from '../core/command'
import { releaseCouponUse } from '../coupons/coupons-store'
import { refundAcrossMethods } from '../payments/refund-allocation'
import { readSettings } from '../settings/settings-store'
import { moveStock } from '../stock/move-stock'
import { announceOrderChange, recordOrderEvent } from './order-events'
import { amountDueOf, getOrderRow, paymentStateOf, type OrderRow } from './order-rows'
import { canTransition } from './transitions'

export function invalidTransition(row: OrderRow, to: OrderStatus): AppError {
  return new AppError('ORDER_INVALID_TRANSITION', `Order ${row.number} is ${row.status}; it cannot become ${to}.`, {
    details: { orderId: row.id, number: row.number, from: row.status, to }
  })
}

/** Moves an order forward in its lifecycle. Handing goods over (delivered) needs the order paid. */
export async function setOrderStatus(scope: CommandScope, orderId: number, to: OrderStatus, note: string): Promise<void> {
  const row = await getOrderRow(scope.trx, orderId)
  const from = row.status
  if (!canTransition(from, to)) throw invalidTransition(row, to)
  if (to === 'delivered' && amountDueOf(row) > 0) {
    throw new AppError('PAYMENT_INSUFFICIENT', `Order ${row.number} is not fully paid: record the payment before handing it over.`, {
      details: { orderId, due: amountDueOf(row) }
    })
  }
  await scope.trx.updateTable('orders').set({ status: to, updated_at: scope.now }).where('id', '=', orderId).execute()
  recordOrderEvent(scope, { orderId, change: 'status', from, to, note })
  announceOrderChange(scope, orderId, 'status', to)
}

/**
 * Cancels an order: every unit not yet returned goes back on the shelf, whatever was paid and kept
 * is refunded across the methods that paid (the chosen split, else the default one returns use too),
 * and a coupon it used is given back.
 */
export async function cancelOrder(
  scope: CommandScope,
  orderId: number,
  options: { note: string; reason: Extract<StockReason, 'cancel' | 'expired'>; refundSplit?: RefundPart[] | undefined }
): Promise<void> {
  const row = await getOrderRow(scope.trx, orderId)
  const from = row.status
  if (!canTransition(from, 'cancelled')) throw invalidTransition(row, 'cancelled')
  const lines = await scope.trx
    .selectFrom('order_lines')
    .select(['variant_id', 'quantity', 'quantity_returned', 'price_source'])
    .where('order_id', '=', orderId)
    .orderBy('position')
    .execute()
  for (const line of lines) {
    const units = line.quantity - line.quantity_returned
    // An open-price line (Misc) took no stock, so its cancel puts none back.
    if (units > 0 && line.price_source !== 'open')
      await moveStock(scope, { variantId: line.variant_id, delta: units, reason: options.reason, orderId, note: row.number })
  }
  const settings = await readSettings(scope.trx)
  const held = row.paid_total - row.refunded_total
  await refundAcrossMethods(
    scope,
    row,
    held,
    options.refundSplit,
    options.note || `Order ${row.number} cancelled`,
    businessDay(scope.now, settings.timeZone),
    settings
  )
  if (row.coupon_id !== null) await releaseCouponUse(scope, row.coupon_id)
  await scope.trx
    .updateTable('orders')
    .set({
      status: 'cancelled',
      refunded_total: row.paid_total,
      payment_state: paymentStateOf(row.total, row.paid_total, row.paid_total, row.returned_total),
      updated_at: scope.now
    })
    .where('id', '=', orderId)
    .execute()
  recordOrderEvent(scope, { orderId, change: 'status', from, to: 'cancelled', note: options.note })
  announceOrderChange(scope, orderId, 'status', 'cancelled')
}
