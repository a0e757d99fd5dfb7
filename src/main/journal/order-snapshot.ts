import type { OrderRecord } from '../orders/order-record'

/**
 * The fields of an order a tax inspector reads, as the command left it: number, time, lines with
 * quantity, price and tax rate, the totals, and every payment, refund and return. Enough to rebuild
 * the order's figures; the journal hashes it and verify compares it with the stored rows.
 */
export function orderSnapshot(record: Pick<OrderRecord, 'row' | 'lines' | 'payments' | 'returns'>) {
  const { row, lines, payments, returns } = record
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    paymentState: row.payment_state,
    currency: row.currency,
    taxMode: row.tax_mode,
    createdAt: row.created_at,
    businessDay: row.business_day,
    createdBy: row.created_by,
    customer: row.customer_name,
    itemCount: row.item_count,
    subtotal: row.subtotal,
    lineDiscountTotal: row.line_discount_total,
    orderDiscountTotal: row.order_discount_total,
    couponDiscountTotal: row.coupon_discount_total,
    taxTotal: row.tax_total,
    total: row.total,
    paidTotal: row.paid_total,
    refundedTotal: row.refunded_total,
    // Issue 12, only on an order a quantity promotion priced, so every other order hashes as before.
    ...(row.promotion_discount_total > 0 && { promotionDiscountTotal: row.promotion_discount_total }),
    lines: lines.map((line) => ({
      id: line.id,
      position: line.position,
      variantId: line.variant_id,
      name: line.name,
      sku: line.sku,
      unitPrice: line.unit_price,
      taxRateBp: line.tax_rate_bp,
      quantity: line.quantity,
      quantityReturned: line.quantity_returned,
      discount: line.line_discount + line.order_discount + line.coupon_discount,
      net: line.net,
      tax: line.tax,
      total: line.total,
      // Issue 13, only where they say something, so an ordinary line hashes as it always did: a
      // weighed quantity's unit, and a price typed, overridden (with why and who) or off a label.
      ...(line.sold_by !== 'each' && { soldBy: line.sold_by }),
      ...(line.price_source !== 'catalog' && {
        priceSource: line.price_source,
        listPrice: line.list_price,
        priceReason: line.price_reason,
        priceBy: line.price_by
      }),
      ...(line.promotion_discount > 0 && { promotion: line.promotion_name, promotionDiscount: line.promotion_discount })
    })),
    payments: payments.map((payment) => ({
      id: payment.id,
      kind: payment.kind,
      method: payment.method,
      amount: payment.amount,
      tendered: payment.tendered,
      change: payment.change_given,
      staff: payment.actor_id,
      at: payment.created_at
    })),
    returns: returns.map((entry) => ({
      id: entry.id,
      lineId: entry.order_line_id,
      quantity: entry.quantity,
      damaged: entry.damaged === 1,
      refund: entry.refund_amount,
      staff: entry.actor_id,
      at: entry.created_at
    }))
  }
}

export type OrderSnapshot = ReturnType<typeof orderSnapshot>
