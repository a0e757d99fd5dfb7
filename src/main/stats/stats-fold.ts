import type { Trx } from '../db/schema'
import { rebuildStats } from './rebuild-stats'
import { RollupDelta } from './rollup-delta'
import { localHour } from './zone-clock'

type Cursor = { order_id: number; event_id: number; payment_id: number; return_id: number }

interface OrderSales {
  id: number
  business_day: string
  created_at: number
  total: number
  line_discount_total: number
  order_discount_total: number
  coupon_discount_total: number
  tax_total: number
  item_count: number
}

interface LineSales {
  order_id: number
  product_id: number
  quantity: number
  total: number
}

const SALES_COLUMNS = [
  'id',
  'business_day',
  'created_at',
  'total',
  'line_discount_total',
  'order_discount_total',
  'coupon_discount_total',
  'tax_total',
  'item_count'
] as const

/**
 * Brings the rollups up to date with the order tables, inside the caller's transaction. The order
 * tables only ever gain rows that matter here (orders, order_events, payments, order_returns; an
 * order's amounts and lines never change after checkout), so the fold reads the rows after the
 * cursor and applies each once:
 * - a new order adds its sales to the day it was placed, its hour and its products;
 * - an event into `cancelled` takes that order's sales off again, on the day it was placed: a
 *   cancelled order was never a sale, and the day of the cancel sees no sale it did not make;
 * - an event moves one order from its old status count to the new one;
 * - a payment or refund counts for its method on the day the money changed hands;
 * - a return counts as a refund on the day of the return, and takes its units and money off the
 *   product on that day, so the figures of a day already closed never move.
 * A database never folded, or whose time zone changed, is rebuilt in one aggregate pass instead.
 */
export async function foldStats(trx: Trx, timeZone: string): Promise<void> {
  const cursor = await trx.selectFrom('stats_cursor').selectAll().where('id', '=', 1).executeTakeFirstOrThrow()
  if (cursor.built === 0 || cursor.time_zone !== timeZone) {
    await rebuildStats(trx, timeZone)
    return
  }
  const delta = new RollupDelta()
  const next: Cursor = { ...cursor }

  const orders = await trx.selectFrom('orders').select(SALES_COLUMNS).where('id', '>', cursor.order_id).orderBy('id').execute()
  const linesByOrder = await linesOf(trx, orders.length > 0 ? { after: cursor.order_id } : { ids: [] })
  for (const order of orders) {
    addSales(delta, order, linesByOrder.get(order.id) ?? [], 1, timeZone)
    next.order_id = order.id
  }

  const events = await trx
    .selectFrom('order_events')
    .select(['id', 'order_id', 'from_status', 'to_status'])
    .where('id', '>', cursor.event_id)
    .orderBy('id')
    .execute()
  const cancelled: number[] = []
  for (const event of events) {
    if (event.from_status !== event.to_status) {
      if (event.from_status !== null) delta.status(event.from_status, -1)
      delta.status(event.to_status, 1)
      if (event.to_status === 'cancelled') cancelled.push(event.order_id)
    }
    next.event_id = event.id
  }
  if (cancelled.length > 0) {
    const cancelledOrders = await trx.selectFrom('orders').select(SALES_COLUMNS).where('id', 'in', cancelled).execute()
    const cancelledLines = await linesOf(trx, { ids: cancelled })
    for (const order of cancelledOrders) addSales(delta, order, cancelledLines.get(order.id) ?? [], -1, timeZone)
  }

  const payments = await trx
    .selectFrom('payments')
    .select(['id', 'kind', 'method', 'amount', 'business_day'])
    .where('id', '>', cursor.payment_id)
    .orderBy('id')
    .execute()
  for (const payment of payments) {
    delta.payment(payment.business_day, payment.method, payment.kind === 'payment' ? { payments: 1, paid: payment.amount } : { refunded: payment.amount })
    next.payment_id = payment.id
  }

  const returns = await trx
    .selectFrom('order_returns')
    .innerJoin('order_lines', 'order_lines.id', 'order_returns.order_line_id')
    .select(['order_returns.id', 'order_returns.business_day', 'order_returns.quantity', 'order_returns.refund_amount', 'order_lines.product_id'])
    .where('order_returns.id', '>', cursor.return_id)
    .orderBy('order_returns.id')
    .execute()
  for (const returned of returns) {
    delta.day(returned.business_day, { refunds: returned.refund_amount, returned_items: returned.quantity })
    delta.product(returned.business_day, returned.product_id, -returned.quantity, -returned.refund_amount)
    next.return_id = returned.id
  }

  await delta.write(trx)
  if (next.order_id !== cursor.order_id || next.event_id !== cursor.event_id || next.payment_id !== cursor.payment_id || next.return_id !== cursor.return_id) {
    await trx.updateTable('stats_cursor').set(next).where('id', '=', 1).execute()
  }
}

function addSales(delta: RollupDelta, order: OrderSales, lines: readonly LineSales[], sign: 1 | -1, timeZone: string): void {
  const day = order.business_day
  delta.day(day, {
    orders: sign,
    revenue: sign * order.total,
    discounts: sign * (order.line_discount_total + order.order_discount_total + order.coupon_discount_total),
    tax: sign * order.tax_total,
    items: sign * order.item_count
  })
  delta.hour(day, localHour(order.created_at, timeZone), sign, sign * order.total)
  for (const line of lines) delta.product(day, line.product_id, sign * line.quantity, sign * line.total)
}

/** The lines of the orders after an id (the new ones) or of the given orders, grouped by order. */
async function linesOf(trx: Trx, which: { after: number } | { ids: number[] }): Promise<Map<number, LineSales[]>> {
  const grouped = new Map<number, LineSales[]>()
  if ('ids' in which && which.ids.length === 0) return grouped
  const lines = await trx
    .selectFrom('order_lines')
    .select(['order_id', 'product_id', 'quantity', 'total'])
    .$if('after' in which, (query) => query.where('order_id', '>', 'after' in which ? which.after : 0))
    .$if('ids' in which, (query) => query.where('order_id', 'in', 'ids' in which ? which.ids : []))
    .execute()
  for (const line of lines) {
    const list = grouped.get(line.order_id)
    if (list) list.push(line)
    else grouped.set(line.order_id, [line])
  }
  return grouped
}
