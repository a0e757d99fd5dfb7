import { businessDay } from '../../shared/business-day'
import type { OrderStatus } from '../../shared/orders'
import { isWeighed, quantityText } from '../../shared/sold-by'
import { returnRefund, returnValue, type RefundPart } from '../../shared/refunds'
import { AppError, notFound } from '../core/app-error'
import type { CommandScope } from '../core/command'
import { refundAcrossMethods } from '../payments/refund-allocation'
import { spreadProportionally } from '../pricing/rounding'
import { readSettings } from '../settings/settings-store'
import { moveStock } from '../stock/move-stock'
import { announceOrderChange, recordOrderEvent } from './order-events'
import { getOrderRow, keptValueOf, paymentStateOf } from './order-rows'
import { invalidTransition } from './order-status'
import { canTransition } from './transitions'

export interface ReturnInput {
  lines: Array<{ orderLineId: number; quantity: number; damaged: boolean }>
  /** How the refund goes back across the methods that paid; the default split when left out. */
  refundSplit?: RefundPart[] | undefined
  note: string
}

/**
 * Takes back chosen quantities of a shipped or delivered order. What the returned units are worth
 * comes off what the order sells; money goes back only for what was paid beyond the goods kept (so
 * an order paid in full gets their whole value back, one paid only a deposit may get nothing back
 * and owe less), across the methods that paid. The order becomes `returned` once every unit is back
 * or nothing more is owed on it; until then it keeps its status and can still be paid. Units not
 * marked damaged go back on the shelf. A weighed line's quantities are thousandths of its unit.
 */
export async function returnOrder(scope: CommandScope, orderId: number, input: ReturnInput): Promise<void> {
  const row = await getOrderRow(scope.trx, orderId)
  const from = row.status
  if (from !== 'returned' && !canTransition(from, 'returned')) throw invalidTransition(row, 'returned')
  const lines = await scope.trx.selectFrom('order_lines').selectAll().where('order_id', '=', orderId).execute()
  const byId = new Map(lines.map((line) => [line.id, line]))

  const accepted = input.lines.map((request) => {
    const line = byId.get(request.orderLineId)
    if (!line) throw notFound(`Line of order ${row.number}`, request.orderLineId)
    const left = line.quantity - line.quantity_returned
    if (request.quantity > left) {
      throw new AppError('RETURN_EXCEEDS_SOLD', `Only ${quantityText(left, line.sold_by)} of ${line.name} can still be returned on order ${row.number}.`, {
        details: { orderLineId: line.id, product: line.name, sold: line.quantity, returned: line.quantity_returned, requested: request.quantity }
      })
    }
    const value = returnValue(line.total, line.quantity, line.quantity_returned, request.quantity)
    const tax = returnValue(line.tax, line.quantity, line.quantity_returned, request.quantity)
    return { request, line, value, tax }
  })
  const value = accepted.reduce((sum, entry) => sum + entry.value, 0)
  const held = row.paid_total - row.refunded_total
  const refund = returnRefund({ keptValueBefore: keptValueOf(row), held }, value)
  const shares = spreadProportionally(
    refund,
    accepted.map((entry) => entry.value)
  )

  const settings = await readSettings(scope.trx)
  const day = businessDay(scope.now, settings.timeZone)
  const refundIds = await refundAcrossMethods(scope, row, refund, input.refundSplit, input.note || `Return on order ${row.number}`, day, settings)

  for (const [index, { request, line, value: lineValue, tax }] of accepted.entries()) {
    await scope.trx
      .updateTable('order_lines')
      .set({ quantity_returned: line.quantity_returned + request.quantity })
      .where('id', '=', line.id)
      .execute()
    await scope.trx
      .insertInto('order_returns')
      .values({
        order_id: orderId,
        order_line_id: line.id,
        quantity: request.quantity,
        damaged: request.damaged ? 1 : 0,
        refund_amount: shares[index] ?? 0,
        value: lineValue,
        tax,
        payment_id: refundIds[0] ?? null,
        business_day: day,
        actor_id: scope.actor.id,
        approver_id: scope.approver?.id ?? null,
        created_at: scope.now
      })
      .execute()
    // An open-price line (Misc) never took stock, so nothing goes back on a shelf.
    if (!request.damaged && line.price_source !== 'open') {
      await moveStock(scope, { variantId: line.variant_id, delta: request.quantity, reason: 'return', orderId, note: row.number })
    }
  }

  const refundedTotal = row.refunded_total + refund
  const returnedTotal = row.returned_total + value
  const kept = row.total - returnedTotal
  const allBack = lines.every((line) => line.quantity_returned + (accepted.find((entry) => entry.line.id === line.id)?.request.quantity ?? 0) === line.quantity)
  const owed = kept - (row.paid_total - refundedTotal) > 0
  const to: OrderStatus = allBack || !owed ? 'returned' : from
  await scope.trx
    .updateTable('orders')
    .set({
      status: to,
      refunded_total: refundedTotal,
      returned_total: returnedTotal,
      payment_state: paymentStateOf(row.total, row.paid_total, refundedTotal, returnedTotal),
      updated_at: scope.now
    })
    .where('id', '=', orderId)
    .execute()
  // A weighed line counts as one item returned, as it counted one item sold.
  const items = (entry: (typeof accepted)[number]) => (isWeighed(entry.line.sold_by) ? 1 : entry.request.quantity)
  const units = accepted.reduce((sum, entry) => sum + items(entry), 0)
  const damaged = accepted.filter(({ request }) => request.damaged).reduce((sum, entry) => sum + items(entry), 0)
  const summary = `${units} returned${damaged ? `, ${damaged} damaged` : ''}`
  recordOrderEvent(scope, { orderId, change: 'return', from, to, note: input.note ? `${summary}: ${input.note}` : summary })
  announceOrderChange(scope, orderId, 'return', to)
}
