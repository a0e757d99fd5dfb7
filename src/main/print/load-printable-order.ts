import { currencyDigits } from '../../shared/currency'
import { money } from '../../shared/money'
import { ORDER_KINDS, type OrderKind } from '../../shared/orders'
import { taxByRate } from '../../shared/tax-summary'
import type { PrintableOrder } from '../../shared/print'
import { notFound } from '../core/app-error'
import type { Db, Trx } from '../db/schema'
import { readSettings } from '../settings/settings-store'

/**
 * Gathers one order as receipts and slips show it. Amounts come from the order as it was sold
 * (the order keeps its own currency and line prices); the shop header, locale and time zone are
 * today's settings, as on any reprint.
 */
export async function loadPrintableOrder(db: Db | Trx, orderId: number): Promise<PrintableOrder> {
  const order = await db.selectFrom('orders').selectAll().where('id', '=', orderId).executeTakeFirst()
  if (!order) throw notFound('Order', orderId)
  const [lines, payments, settings, server] = await Promise.all([
    db.selectFrom('order_lines').selectAll().where('order_id', '=', orderId).orderBy('position').execute(),
    db.selectFrom('payments').selectAll().where('order_id', '=', orderId).orderBy('id').execute(),
    readSettings(db),
    db.selectFrom('staff').select('name').where('id', '=', order.created_by).executeTakeFirst()
  ])
  const printedLines = lines.map((line) => ({
    // A name stored before names refused line breaks still prints on one line of the slip.
    name: oneLine(line.name),
    variantLabel: oneLine(line.variant_label),
    sku: line.sku,
    quantity: line.quantity,
    unitPrice: money(line.unit_price),
    lineDiscount: money(line.line_discount),
    promotion: line.promotion_discount > 0 ? { name: oneLine(line.promotion_name), discount: money(line.promotion_discount) } : null,
    lineTotal: money(line.gross - line.line_discount - line.promotion_discount)
  }))
  return {
    shop: { name: settings.shopName, address: settings.address, phone: settings.phone, taxNumber: settings.taxNumber },
    receiptFooter: settings.receiptFooter,
    orderId: order.id,
    orderNumber: order.number,
    kind: orderKind(order.kind),
    deliveryAddress: order.kind === 'delivery' && order.delivery_address ? order.delivery_address : null,
    customerName: order.customer_name || null,
    servedBy: settings.receiptServedBy ? (server?.name ?? null) : null,
    createdAt: order.created_at,
    lines: printedLines,
    notes: order.note,
    subtotal: money(order.subtotal - order.line_discount_total - order.promotion_discount_total),
    discounts: money(order.order_discount_total + order.coupon_discount_total),
    tax: money(order.tax_total),
    taxIncluded: order.tax_mode === 'inclusive',
    total: money(order.total),
    taxRates: taxByRate(lines.map((line) => ({ taxRateBp: line.tax_rate_bp, tax: line.tax, total: line.total }))),
    payments: payments.map((payment) => ({
      method: payment.method,
      refund: payment.kind === 'refund',
      amount: money(payment.amount),
      tendered: payment.tendered === null ? null : money(payment.tendered),
      change: payment.change_given === null ? null : money(payment.change_given),
      rounding: money(payment.rounding),
      cardLastFour: payment.card_last_four
    })),
    currency: order.currency,
    currencyDigits: currencyDigits(order.currency),
    locale: settings.locale,
    timeZone: settings.timeZone,
    language: settings.receiptLanguage
  }
}

function orderKind(kind: string): OrderKind {
  const known = ORDER_KINDS.find((candidate) => candidate === kind)
  if (!known) throw new Error(`Order kind "${kind}" is not one this version knows`)
  return known
}

/** Line breaks, tabs and other control characters become one space, so a slip's layout holds. */
export function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
}
