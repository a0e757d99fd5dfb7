import { sql } from 'kysely'
import type { CommandScope } from '../core/command'

/** [id, sequence, number, subtotal, discounts, total] */
type OrderRow = [number, number, string, number, number, number]
/** [order_id, tax_rate_bp, tax, total] */
type LineRow = [number, number, number, number]
/** [order_id] of an event into cancelled */
type CancelRow = [number]
/** [kind, method, amount, tendered, change_given, rounding] */
type PaymentRow = ['payment' | 'refund', string, number, number | null, number | null, number]
/** [value of the goods back, the tax inside it, their rate] */
type ReturnRow = [number, number, number]

export interface ShiftCursor {
  started: number
  order_id: number
  event_id: number
  payment_id: number
  return_id: number
  shift_id: number | null
}

interface FoldRead {
  orders: string
  lines: string
  cancels: string
  payments: string
  returns: string
  max_order: number
  max_event: number
  max_payment: number
  max_return: number
}

// Plain SQL text, read in every command that changed an order (a sale among them).
const CURSOR_READ = `SELECT c.started, c.order_id, c.event_id, c.payment_id, c.return_id,
  (SELECT id FROM shifts WHERE status = 'open') AS shift_id FROM shift_cursor c WHERE c.id = 1`

const FOLD_READ = `
  SELECT
    (SELECT json_group_array(json_array(id, sequence, number, subtotal, line_discount_total + promotion_discount_total + order_discount_total + coupon_discount_total, total))
      FROM orders WHERE id > c.order_id) AS orders,
    (SELECT json_group_array(json_array(order_id, tax_rate_bp, tax, total)) FROM order_lines WHERE order_id > c.order_id) AS lines,
    (SELECT json_group_array(json_array(order_id)) FROM order_events
      WHERE id > c.event_id AND to_status = 'cancelled' AND from_status IS NOT 'cancelled') AS cancels,
    (SELECT json_group_array(json_array(kind, method, amount, tendered, change_given, rounding)) FROM payments WHERE id > c.payment_id) AS payments,
    (SELECT json_group_array(json_array(r.value, r.tax, l.tax_rate_bp))
      FROM order_returns r JOIN order_lines l ON l.id = r.order_line_id WHERE r.id > c.return_id) AS returns,
    coalesce((SELECT max(id) FROM orders), 0) AS max_order,
    coalesce((SELECT max(id) FROM order_events), 0) AS max_event,
    coalesce((SELECT max(id) FROM payments), 0) AS max_payment,
    coalesce((SELECT max(id) FROM order_returns), 0) AS max_return
  FROM shift_cursor c WHERE c.id = 1`

const PLACE_ORDERS = 'UPDATE orders SET shift_id = ? WHERE id > ? AND id <= ?'
const PLACE_EVENTS = 'UPDATE order_events SET shift_id = ? WHERE id > ? AND id <= ?'
const PLACE_PAYMENTS = 'UPDATE payments SET shift_id = ? WHERE id > ? AND id <= ?'
const PLACE_RETURNS = 'UPDATE order_returns SET shift_id = ? WHERE id > ? AND id <= ?'
const CURSOR_UPDATE = 'UPDATE shift_cursor SET order_id = ?, event_id = ?, payment_id = ?, return_id = ? WHERE id = 1'
const SHIFT_ADD = `UPDATE shifts SET orders = orders + ?,
    first_sequence = coalesce(first_sequence, ?), first_number = coalesce(first_number, ?),
    last_sequence = coalesce(?, last_sequence), last_number = coalesce(?, last_number),
    gross = gross + ?, discounts = discounts + ?, sales_total = sales_total + ?,
    cancellations = cancellations + ?, cancelled_total = cancelled_total + ?, returns_total = returns_total + ?,
    cash_tendered = cash_tendered + ?, change_given = change_given + ?, cash_refunds = cash_refunds + ?,
    sale_rounding = sale_rounding + ?, refund_rounding = refund_rounding + ?
  WHERE id = ?`
const RATE_ADD = `INSERT INTO shift_tax_rates (shift_id, rate_bp, net, tax, gross) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (shift_id, rate_bp) DO UPDATE SET net = net + excluded.net, tax = tax + excluded.tax, gross = gross + excluded.gross`
const METHOD_ADD = `INSERT INTO shift_methods (shift_id, method, payments, paid, refunds, refunded) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (shift_id, method) DO UPDATE SET payments = payments + excluded.payments, paid = paid + excluded.paid,
    refunds = refunds + excluded.refunds, refunded = refunded + excluded.refunded`

export function readShiftCursor(scope: Pick<CommandScope, 'sql'>): ShiftCursor {
  const [cursor] = scope.sql.all<ShiftCursor>(CURSOR_READ)
  if (!cursor) throw new Error('The shift cursor row is missing')
  return cursor
}

/**
 * Places every order, order event, payment and return row written since the cursor in the open
 * shift and adds them to its figures, inside the caller's transaction:
 * - a new order adds to the sales count, gross, discounts, total and its lines to their tax rates
 *   (net there is before tax in both tax modes: the line total less its tax);
 * - an event into `cancelled` counts a cancellation and takes the order's lines off their rates;
 * - a payment adds to its method; cash adds what was tendered and the change given back;
 * - a refund adds to its method's refunds, and to the cash refunds when paid back in cash;
 * - cash rounding (of cash taken, and of cash given back) is added apart from the amounts settled;
 * - a return adds the value of the goods back to the returns (what was refunded is in the payments)
 *   and takes that value and the tax inside it off the line's rate.
 * Each row is read once, after the cursor, so the work is that of the command, not of the shift.
 */
export async function foldIntoShift(scope: Pick<CommandScope, 'sql' | 'trx'>, cursor: ShiftCursor, shiftId: number): Promise<void> {
  const [read] = scope.sql.all<FoldRead>(FOLD_READ)
  if (!read) throw new Error('The shift cursor row is missing')
  const rates = new Map<number, { net: number; tax: number; gross: number }>()
  const addRate = (rateBp: number, net: number, tax: number, gross: number) => {
    const rate = rates.get(rateBp) ?? { net: 0, tax: 0, gross: 0 }
    rate.net += net
    rate.tax += tax
    rate.gross += gross
    rates.set(rateBp, rate)
  }
  const sums = {
    orders: 0,
    gross: 0,
    discounts: 0,
    total: 0,
    cancellations: 0,
    cancelled: 0,
    returns: 0,
    tendered: 0,
    change: 0,
    cashRefunds: 0,
    saleRounding: 0,
    refundRounding: 0
  }

  const orders = JSON.parse(read.orders) as OrderRow[]
  let first: OrderRow | null = null
  let last: OrderRow | null = null
  for (const order of orders) {
    sums.orders += 1
    sums.gross += order[3]
    sums.discounts += order[4]
    sums.total += order[5]
    if (!first || order[1] < first[1]) first = order
    if (!last || order[1] > last[1]) last = order
  }
  for (const [, rateBp, tax, total] of JSON.parse(read.lines) as LineRow[]) addRate(rateBp, total - tax, tax, total)

  const cancelled = [...new Set((JSON.parse(read.cancels) as CancelRow[]).map(([orderId]) => orderId))]
  if (cancelled.length > 0) {
    const ids = sql.join(cancelled)
    const { rows } = await sql<{ total: number }>`SELECT total FROM orders WHERE id IN (${ids})`.execute(scope.trx)
    for (const row of rows) {
      sums.cancellations += 1
      sums.cancelled += row.total
    }
    const lines = await sql<{ tax_rate_bp: number; tax: number; total: number }>`
      SELECT tax_rate_bp, tax, total FROM order_lines WHERE order_id IN (${ids})`.execute(scope.trx)
    for (const line of lines.rows) addRate(line.tax_rate_bp, -(line.total - line.tax), -line.tax, -line.total)
  }

  const methods = new Map<string, { payments: number; paid: number; refunds: number; refunded: number }>()
  for (const [kind, method, amount, tendered, change, rounding] of JSON.parse(read.payments) as PaymentRow[]) {
    const figures = methods.get(method) ?? { payments: 0, paid: 0, refunds: 0, refunded: 0 }
    if (kind === 'payment') {
      figures.payments += 1
      figures.paid += amount
      if (method === 'cash') {
        sums.tendered += tendered ?? amount
        sums.change += change ?? 0
        sums.saleRounding += rounding
      }
    } else {
      figures.refunds += 1
      figures.refunded += amount
      if (method === 'cash') {
        sums.cashRefunds += amount
        sums.refundRounding += rounding
      }
    }
    methods.set(method, figures)
  }

  for (const [value, tax, rateBp] of JSON.parse(read.returns) as ReturnRow[]) {
    sums.returns += value
    addRate(rateBp, -(value - tax), -tax, -value)
  }

  const to = { order: read.max_order, event: read.max_event, payment: read.max_payment, return: read.max_return }
  if (to.order > cursor.order_id) scope.sql.run(PLACE_ORDERS, [shiftId, cursor.order_id, to.order])
  if (to.event > cursor.event_id) scope.sql.run(PLACE_EVENTS, [shiftId, cursor.event_id, to.event])
  if (to.payment > cursor.payment_id) scope.sql.run(PLACE_PAYMENTS, [shiftId, cursor.payment_id, to.payment])
  if (to.return > cursor.return_id) scope.sql.run(PLACE_RETURNS, [shiftId, cursor.return_id, to.return])
  scope.sql.run(CURSOR_UPDATE, [to.order, to.event, to.payment, to.return])
  scope.sql.run(SHIFT_ADD, [
    sums.orders,
    first?.[1] ?? null,
    first?.[2] ?? null,
    last?.[1] ?? null,
    last?.[2] ?? null,
    sums.gross,
    sums.discounts,
    sums.total,
    sums.cancellations,
    sums.cancelled,
    sums.returns,
    sums.tendered,
    sums.change,
    sums.cashRefunds,
    sums.saleRounding,
    sums.refundRounding,
    shiftId
  ])
  for (const [rateBp, rate] of rates) scope.sql.run(RATE_ADD, [shiftId, rateBp, rate.net, rate.tax, rate.gross])
  for (const [method, figures] of methods) {
    scope.sql.run(METHOD_ADD, [shiftId, method, figures.payments, figures.paid, figures.refunds, figures.refunded])
  }
}
