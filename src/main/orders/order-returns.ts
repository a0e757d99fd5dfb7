import { businessDay } from '../../shared/business-day'
import type { OrderStatus } from '../../shared/orders'
import type { PaymentMethod } from '../../shared/payments'
import { AppError, notFound } from '../core/app-error'
import type { CommandScope } from '../core/command'
import { insertRefund } from '../payments/record-payments'
import { divideRounded, toSafeNumber } from '../pricing/rounding'
import { readSettings } from '../settings/settings-store'
import { moveStock } from '../stock/move-stock'
import { announceOrderChange, recordOrderEvent } from './order-events'
import { getOrderRow, paymentStateOf } from './order-rows'
import { invalidTransition } from './order-status'
import { canTransition } from './transitions'

export interface ReturnInput {
  lines: Array<{ orderLineId: number; quantity: number; damaged: boolean }>
  refundMethod?: PaymentMethod
  note: string
}

/**
 * What returning units of a line is worth. Measured cumulatively (what r + q returned units are worth
 * minus what r were), so a line returned in several goes refunds exactly its total, never a cent more.
 */
export function returnValue(lineTotal: number, quantity: number, alreadyReturned: number, returning: number): number {
  const worth = (units: number) => toSafeNumber(divideRounded(BigInt(lineTotal) * BigInt(units), BigInt(quantity)))
  return worth(alreadyReturned + returning) - worth(alreadyReturned)
}

/**
 * Takes back chosen quantities of a shipped or delivered order. The first return moves the order to
 * `returned` (a final status); further returns stay possible on it until every unit is back. The
 * money goes back up to what was paid and kept; units not marked damaged go back on the shelf.
 */
export async function returnOrder(scope: CommandScope, orderId: number, input: ReturnInput): Promise<void> {
  const row = await getOrderRow(scope.trx, orderId)
  const from = row.status as OrderStatus
  if (from !== 'returned' && !canTransition(from, 'returned')) throw invalidTransition(row, 'returned')
  const lines = await scope.trx.selectFrom('order_lines').selectAll().where('order_id', '=', orderId).execute()
  const byId = new Map(lines.map((line) => [line.id, line]))

  let value = 0
  const accepted = input.lines.map((request) => {
    const line = byId.get(request.orderLineId)
    if (!line) throw notFound(`Line of order ${row.number}`, request.orderLineId)
    const left = line.quantity - line.quantity_returned
    if (request.quantity > left) {
      throw new AppError('RETURN_EXCEEDS_SOLD', `Only ${left} of ${line.name} can still be returned on order ${row.number}.`, {
        details: { orderLineId: line.id, product: line.name, sold: line.quantity, returned: line.quantity_returned, requested: request.quantity }
      })
    }
    const refund = returnValue(line.total, line.quantity, line.quantity_returned, request.quantity)
    value += refund
    return { request, line, refund }
  })

  const settings = await readSettings(scope.trx)
  const day = businessDay(scope.now, settings.timeZone)
  const refundable = Math.min(value, row.paid_total - row.refunded_total)
  const paymentId =
    refundable > 0
      ? insertRefund(scope, {
          orderId,
          amount: refundable,
          ...(await refundMethod(scope, orderId, input.refundMethod)),
          note: input.note || `Return on order ${row.number}`,
          businessDay: day
        })
      : null

  for (const { request, line, refund } of accepted) {
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
        refund_amount: refund,
        payment_id: paymentId,
        business_day: day,
        actor_id: scope.actor.id,
        created_at: scope.now
      })
      .execute()
    if (!request.damaged) {
      await moveStock(scope, { variantId: line.variant_id, delta: request.quantity, reason: 'return', orderId, note: row.number })
    }
  }

  const refundedTotal = row.refunded_total + refundable
  await scope.trx
    .updateTable('orders')
    .set({
      status: 'returned',
      refunded_total: refundedTotal,
      payment_state: paymentStateOf(row.total, row.paid_total, refundedTotal),
      updated_at: scope.now
    })
    .where('id', '=', orderId)
    .execute()
  const units = accepted.reduce((sum, { request }) => sum + request.quantity, 0)
  const damaged = accepted.filter(({ request }) => request.damaged).reduce((sum, { request }) => sum + request.quantity, 0)
  const summary = `${units} returned${damaged ? `, ${damaged} damaged` : ''}`
  recordOrderEvent(scope, { orderId, change: 'return', from, to: 'returned', note: input.note ? `${summary}: ${input.note}` : summary })
  announceOrderChange(scope, orderId, 'return', 'returned')
}

/** The refund goes back by the chosen method, else the way the order was last paid; a card refund names the card. */
async function refundMethod(scope: CommandScope, orderId: number, chosen: PaymentMethod | undefined) {
  const last = await scope.trx
    .selectFrom('payments')
    .select(['method', 'card_reference', 'card_last_four'])
    .where('order_id', '=', orderId)
    .where('kind', '=', 'payment')
    .$if(chosen !== undefined, (query) => query.where('method', '=', chosen ?? 'cash'))
    .orderBy('id', 'desc')
    .executeTakeFirst()
  const method = chosen ?? (last?.method as PaymentMethod | undefined) ?? 'cash'
  return { method, cardReference: last?.card_reference ?? '', cardLastFour: last?.card_last_four ?? null }
}
