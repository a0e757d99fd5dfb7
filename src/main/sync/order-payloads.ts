import type { Trx } from '../db/schema'
import { orderLineOf } from '../orders/order-detail'
import { findOrderRecord, type OrderRecord } from '../orders/order-record'
import type { NewOutboxEvent } from './outbox'

const iso = (epochMs: number): string => new Date(epochMs).toISOString()

/**
 * The wire payload of an order change (docs/schemas/v2/order.changed.json): which changes the
 * command made and the whole order after them — lines, payments, returns and its history — so
 * head office never has to ask the till for anything. Money is integer minor units of `currency`.
 */
export async function orderChangedEvent(trx: Trx, orderId: number, changes: readonly string[], alreadyRead?: OrderRecord): Promise<NewOutboxEvent> {
  const record = alreadyRead ?? (await findOrderRecord(trx, orderId))
  if (!record) return { type: 'order.changed', orderId, payload: { orderId, changes, order: null } }
  const { row, lines, payments, returns, events: history } = record
  const order = {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    paymentState: row.payment_state,
    customer:
      row.customer_id === null && row.customer_name === ''
        ? null
        : { id: row.customer_id, name: row.customer_name, phone: row.customer_phone, email: row.customer_email },
    deliveryAddress: row.delivery_address,
    note: row.note,
    couponCode: row.coupon_code,
    taxMode: row.tax_mode,
    currency: row.currency,
    itemCount: row.item_count,
    subtotal: row.subtotal,
    lineDiscountTotal: row.line_discount_total,
    promotionDiscountTotal: row.promotion_discount_total,
    orderDiscountTotal: row.order_discount_total,
    couponDiscountTotal: row.coupon_discount_total,
    taxTotal: row.tax_total,
    total: row.total,
    paidTotal: row.paid_total,
    refundedTotal: row.refunded_total,
    returnedTotal: row.returned_total,
    roundingTotal: row.rounding_total,
    businessDay: row.business_day,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    lines: lines.map(orderLineOf),
    payments: payments.map((payment) => ({
      id: payment.id,
      kind: payment.kind,
      method: payment.method,
      amount: payment.amount,
      currency: payment.currency,
      tendered: payment.tendered,
      changeGiven: payment.change_given,
      rounding: payment.rounding,
      cardReference: payment.card_reference,
      cardLastFour: payment.card_last_four,
      note: payment.note,
      businessDay: payment.business_day,
      actorId: payment.actor_id,
      createdAt: iso(payment.created_at)
    })),
    returns: returns.map((entry) => ({
      id: entry.id,
      orderLineId: entry.order_line_id,
      quantity: entry.quantity,
      damaged: entry.damaged === 1,
      refundAmount: entry.refund_amount,
      value: entry.value,
      tax: entry.tax,
      paymentId: entry.payment_id,
      businessDay: entry.business_day,
      actorId: entry.actor_id,
      createdAt: iso(entry.created_at)
    })),
    history: history.map((event) => ({
      change: event.change,
      fromStatus: event.from_status,
      toStatus: event.to_status,
      actorId: event.actor_id,
      actorName: event.actor_name,
      note: event.note,
      at: iso(event.created_at)
    }))
  }
  return { type: 'order.changed', orderId, payload: { orderId, changes, order } }
}
