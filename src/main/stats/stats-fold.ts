import { sql } from 'kysely'
import type { CommandScope } from '../core/command'
import type { Trx } from '../db/schema'
import type { StatsCursorTable } from '../db/tables/stats.table'
import { readSettings } from '../settings/settings-store'
import { rebuildStats } from './rebuild-stats'
import { RollupDelta } from './rollup-delta'
import type { SoldBy } from '../../shared/sold-by'
import { quantityCost, quantityItems } from './weighed-quantity'
import { localHour } from './zone-clock'

/** [id, business_day, created_at, total, discounts, tax_total, item_count, currency, created_by] */
type OrderSales = [number, string, number, number, number, number, number, string, string]
/** [order_id, product_id, quantity, total, tax_rate_bp, tax, net, unit_cost, sold_by] */
type LineSales = [number, number, number, number, number, number, number, number | null, SoldBy]
/** [id, order_id, from_status, to_status, actor_id] */
type EventRow = [number, number, string | null, string, string]
/** [id, kind, method, amount, business_day, currency, rounding, actor_id] */
type PaymentRow = [number, string, string, number, string, string, number, string]
/** [id, business_day, quantity, refund_amount, product_id, value, tax, tax_rate_bp, currency, actor_id, unit_cost, sold_by] */
type ReturnRow = [number, string, number, number, number, number, number, number, string, string, number | null, SoldBy]

/** The cursor row, and every row after it as a JSON array of arrays. */
interface FoldRead extends Omit<StatsCursorTable, 'id'> {
  orders: string
  lines: string
  events: string
  payments: string
  returns: string
}

const ORDER_SALES_JSON =
  'json_array(id, business_day, created_at, total, line_discount_total + promotion_discount_total + order_discount_total + coupon_discount_total, tax_total, item_count, currency, created_by)'
const ORDER_SALES = sql.raw(ORDER_SALES_JSON)
const LINE_SALES_JSON = 'json_array(order_id, product_id, quantity, total, tax_rate_bp, tax, net, unit_cost, sold_by)'
const LINE_SALES = sql.raw(LINE_SALES_JSON)

/** Everything new since the cursor, in one statement; plain SQL text, as it runs in every sale. */
const FOLD_READ = `
    SELECT c.built, c.time_zone, c.order_id, c.event_id, c.payment_id, c.return_id,
      (SELECT json_group_array(${ORDER_SALES_JSON}) FROM orders WHERE id > c.order_id) AS orders,
      (SELECT json_group_array(${LINE_SALES_JSON}) FROM order_lines WHERE order_id > c.order_id) AS lines,
      (SELECT json_group_array(json_array(id, order_id, from_status, to_status, actor_id)) FROM order_events WHERE id > c.event_id) AS events,
      (SELECT json_group_array(json_array(id, kind, method, amount, business_day, currency, rounding, actor_id)) FROM payments WHERE id > c.payment_id) AS payments,
      (SELECT json_group_array(json_array(r.id, r.business_day, r.quantity, r.refund_amount, l.product_id, r.value, r.tax, l.tax_rate_bp, o.currency, r.actor_id, l.unit_cost, l.sold_by))
        FROM order_returns r JOIN order_lines l ON l.id = r.order_line_id JOIN orders o ON o.id = r.order_id WHERE r.id > c.return_id) AS returns
    FROM stats_cursor c WHERE c.id = 1`

const CURSOR_ZONE_UPDATE = 'UPDATE stats_cursor SET time_zone = ? WHERE id = 1'
const CURSOR_UPDATE = 'UPDATE stats_cursor SET order_id = ?, event_id = ?, payment_id = ?, return_id = ? WHERE id = 1'

/**
 * Brings the rollups up to date with the order tables, inside the caller's transaction. The order
 * tables only ever gain rows that matter here (orders, order_events, payments, order_returns; an
 * order's amounts and lines never change after checkout), so the fold reads the rows after the
 * cursor and applies each once:
 * - a new order adds its sales to the day it was placed, its hour and its products;
 * - an event into `cancelled` takes that order's sales off again, on the day it was placed: a
 *   cancelled order was never a sale, and the day of the cancel sees no sale it did not make;
 * - an event moves one order from its old status count to the new one;
 * - a payment or refund counts for its method on the day the money changed hands, its cash rounding
 *   apart (on the method and the day);
 * - a return counts on the day of the return: the money it paid back as refunds, the goods' value
 *   as returns, off the product's units and revenue and off the tax collected (per rate), so the
 *   figures of a day already closed never move;
 * - every sale adds its lines to the tax collected per rate; a cancel takes them off again;
 * - each of these also counts for the staff member who did it (migration 21): the sale for who took
 *   it, the cancel for who cancelled it (both on the day placed), payments and returns for who took them.
 * - a line sold with a known cost adds that cost and its net sales to the day (the margin), a
 *   return of it takes them off on the day of the return.
 * Everything new is read in one statement, each rollup row written once. A database never folded
 * is rebuilt in one aggregate pass instead; a new time zone (given when the settings change) places
 * the sales folded from then on, and moves nothing already folded.
 */
export async function foldStats(scope: Pick<CommandScope, 'trx' | 'sql'>, timeZone?: string): Promise<void> {
  const { trx } = scope
  const [cursor] = scope.sql.all<FoldRead>(FOLD_READ)
  if (!cursor) throw new Error('The stats cursor row is missing')
  const zone = timeZone ?? (cursor.built === 1 ? cursor.time_zone : (await readSettings(trx)).timeZone)
  if (cursor.built === 0) {
    await rebuildStats(trx, zone)
    return
  }
  // A new time zone applies to new sales only: orders already folded keep the day and hour they were
  // taken on; sales from now on are placed in hours of the new zone.
  if (cursor.time_zone !== zone) scope.sql.run(CURSOR_ZONE_UPDATE, [zone])
  const delta = new RollupDelta()
  const next = { order_id: cursor.order_id, event_id: cursor.event_id, payment_id: cursor.payment_id, return_id: cursor.return_id }

  const linesByOrder = groupLines(JSON.parse(cursor.lines) as LineSales[])
  for (const order of JSON.parse(cursor.orders) as OrderSales[]) {
    addSales(delta, order, linesByOrder.get(order[0]) ?? [], 1, zone)
    next.order_id = Math.max(next.order_id, order[0])
  }

  /** Each order cancelled, and who cancelled it. */
  const cancelled = new Map<number, string>()
  for (const [id, orderId, from, to, actorId] of JSON.parse(cursor.events) as EventRow[]) {
    if (from !== to) {
      if (from !== null) delta.status(from, -1)
      delta.status(to, 1)
      if (to === 'cancelled') cancelled.set(orderId, actorId)
    }
    next.event_id = Math.max(next.event_id, id)
  }
  if (cancelled.size > 0) await takeOffCancelled(trx, delta, cancelled, zone)

  for (const [id, kind, method, amount, day, currency, rounding, actorId] of JSON.parse(cursor.payments) as PaymentRow[]) {
    // Cash rounding is counted apart from what was paid: what the drawer gained by it, net of refunds.
    const gained = kind === 'payment' ? rounding : -rounding
    delta.payment(day, method, currency, kind === 'payment' ? { payments: 1, paid: amount, rounding: gained } : { refunded: amount, rounding: gained })
    if (gained !== 0) delta.day(day, currency, { rounding: gained })
    if (kind === 'payment') delta.staff(day, actorId, currency, { paid: amount })
    next.payment_id = Math.max(next.payment_id, id)
  }

  for (const [id, day, quantity, refund, productId, value, tax, rateBp, currency, actorId, unitCost, soldBy] of JSON.parse(cursor.returns) as ReturnRow[]) {
    delta.day(day, currency, { refunds: refund, returned_items: quantityItems(quantity, soldBy), returns: value, tax: -tax })
    delta.staff(day, actorId, currency, { returns: value, refunds: refund })
    // Goods back on the shelf cost nothing sold: their cost and net sales come off the margin.
    if (unitCost !== null) delta.day(day, currency, { cost: -quantityCost(unitCost, quantity, soldBy), costed_sales: -(value - tax) })
    delta.product(day, productId, currency, -quantity, -value)
    delta.tax(day, rateBp, currency, -value, -tax)
    next.return_id = Math.max(next.return_id, id)
  }

  delta.write(scope.sql)
  if (next.order_id !== cursor.order_id || next.event_id !== cursor.event_id || next.payment_id !== cursor.payment_id || next.return_id !== cursor.return_id) {
    scope.sql.run(CURSOR_UPDATE, [next.order_id, next.event_id, next.payment_id, next.return_id])
  }
}

/**
 * A cancelled order's sales come off the day (and hour, and products, and the person who took it)
 * they were added to; the person who cancelled it gets the cancel, on that same day.
 */
async function takeOffCancelled(trx: Trx, delta: RollupDelta, cancelledBy: ReadonlyMap<number, string>, timeZone: string): Promise<void> {
  const ids = sql.join([...cancelledBy.keys()])
  const { rows } = await sql<{ orders: string; lines: string }>`
    SELECT (SELECT json_group_array(${ORDER_SALES}) FROM orders WHERE id IN (${ids})) AS orders,
      (SELECT json_group_array(${LINE_SALES}) FROM order_lines WHERE order_id IN (${ids})) AS lines`.execute(trx)
  const linesByOrder = groupLines(JSON.parse(rows[0]!.lines) as LineSales[])
  for (const order of JSON.parse(rows[0]!.orders) as OrderSales[]) {
    addSales(delta, order, linesByOrder.get(order[0]) ?? [], -1, timeZone)
    delta.staff(order[1], cancelledBy.get(order[0])!, order[7], { cancels: 1, cancelled: order[3] })
  }
}

function addSales(delta: RollupDelta, order: OrderSales, lines: readonly LineSales[], sign: 1 | -1, timeZone: string): void {
  const [, day, createdAt, total, discounts, tax, items, currency, createdBy] = order
  delta.day(day, currency, { orders: sign, revenue: sign * total, discounts: sign * discounts, tax: sign * tax, items: sign * items })
  delta.staff(day, createdBy, currency, { orders: sign, gross: sign * total })
  delta.hour(day, localHour(createdAt, timeZone), currency, sign, sign * total)
  // A product's units are its own quantities: thousandths of its unit for one sold by weight.
  for (const [, productId, quantity, lineTotal, rateBp, lineTax, net, unitCost, soldBy] of lines) {
    delta.product(day, productId, currency, sign * quantity, sign * lineTotal)
    delta.tax(day, rateBp, currency, sign * lineTotal, sign * lineTax)
    if (unitCost !== null) delta.day(day, currency, { cost: sign * quantityCost(unitCost, quantity, soldBy), costed_sales: sign * net })
  }
}

function groupLines(lines: readonly LineSales[]): Map<number, LineSales[]> {
  const grouped = new Map<number, LineSales[]>()
  for (const line of lines) {
    const list = grouped.get(line[0])
    if (list) list.push(line)
    else grouped.set(line[0], [line])
  }
  return grouped
}
