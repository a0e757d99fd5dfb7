import { sql } from 'kysely'
import type { Db } from '../../src/main/db/schema'
import type { MethodFigures, ShiftFigures } from '../../src/shared/shifts'

/**
 * A shift's figures worked out again from the rows that reference it (orders, order events,
 * payments, returns, cash movements), by plain aggregate queries: what the fold must always equal.
 */
export async function recomputeShift(db: Db, shiftId: number): Promise<Omit<ShiftFigures, 'currency' | 'openedBy' | 'openedAt'>> {
  const shift = await db.selectFrom('shifts').selectAll().where('id', '=', shiftId).executeTakeFirstOrThrow()
  const orders = await db.selectFrom('orders').selectAll().where('shift_id', '=', shiftId).orderBy('sequence').execute()
  const cancelledIds = (
    await sql<{ order_id: number }>`SELECT DISTINCT order_id FROM order_events
      WHERE shift_id = ${shiftId} AND to_status = 'cancelled' AND from_status IS NOT 'cancelled'`.execute(db)
  ).rows.map((row) => row.order_id)
  const cancelled = cancelledIds.length ? await db.selectFrom('orders').select('total').where('id', 'in', cancelledIds).execute() : []
  const payments = await db.selectFrom('payments').selectAll().where('shift_id', '=', shiftId).execute()
  const returns = await db.selectFrom('order_returns').selectAll().where('shift_id', '=', shiftId).execute()
  const movements = await db.selectFrom('shift_cash_movements').selectAll().where('shift_id', '=', shiftId).execute()

  const rates = new Map<number, { net: number; tax: number; gross: number }>()
  const addRate = (rateBp: number, net: number, tax: number, gross: number) => {
    const rate = rates.get(rateBp) ?? { net: 0, tax: 0, gross: 0 }
    rates.set(rateBp, { net: rate.net + net, tax: rate.tax + tax, gross: rate.gross + gross })
  }
  const orderIds = orders.map((order) => order.id)
  for (const line of orderIds.length ? await db.selectFrom('order_lines').selectAll().where('order_id', 'in', orderIds).execute() : []) {
    addRate(line.tax_rate_bp, line.total - line.tax, line.tax, line.total)
  }
  for (const line of cancelledIds.length ? await db.selectFrom('order_lines').selectAll().where('order_id', 'in', cancelledIds).execute() : []) {
    addRate(line.tax_rate_bp, -(line.total - line.tax), -line.tax, -line.total)
  }
  for (const ret of returns) {
    const line = await db.selectFrom('order_lines').select('tax_rate_bp').where('id', '=', ret.order_line_id).executeTakeFirstOrThrow()
    addRate(line.tax_rate_bp, -(ret.value - ret.tax), -ret.tax, -ret.value)
  }

  const methods = new Map<string, MethodFigures>()
  let tendered = 0
  let change = 0
  let cashRefunds = 0
  let cashSettled = 0
  let cashGivenBack = 0
  let rounding = 0
  for (const payment of payments) {
    const figures = methods.get(payment.method) ?? { method: payment.method, payments: 0, paid: 0, refunds: 0, refunded: 0 }
    if (payment.kind === 'payment') {
      figures.payments += 1
      figures.paid += payment.amount
      if (payment.method === 'cash') {
        tendered += payment.tendered ?? payment.amount
        change += payment.change_given ?? 0
        cashSettled += payment.amount
        rounding += payment.rounding
      }
    } else {
      figures.refunds += 1
      figures.refunded += payment.amount
      if (payment.method === 'cash') {
        cashRefunds += payment.amount
        cashGivenBack += payment.amount + payment.rounding
        rounding -= payment.rounding
      }
    }
    methods.set(payment.method, figures)
  }
  const sum = (kind: string) => movements.filter((m) => m.kind === kind).reduce((total, m) => total + m.amount, 0)
  const paidIn = sum('paid_in')
  const paidOut = sum('paid_out')
  const salesTotal = orders.reduce((total, order) => total + order.total, 0)
  const cancelledTotal = cancelled.reduce((total, order) => total + order.total, 0)
  const returnsTotal = returns.reduce((total, ret) => total + ret.value, 0)
  return {
    shiftId,
    firstOrderNumber: orders[0]?.number ?? null,
    lastOrderNumber: orders.at(-1)?.number ?? null,
    salesCount: orders.length,
    gross: orders.reduce((total, order) => total + order.subtotal, 0),
    discounts: orders.reduce(
      (total, order) => total + order.line_discount_total + order.promotion_discount_total + order.order_discount_total + order.coupon_discount_total,
      0
    ),
    salesTotal,
    cancellations: { count: cancelledIds.length, total: cancelledTotal },
    returns: returnsTotal,
    net: salesTotal - cancelledTotal - returnsTotal,
    taxRates: [...rates]
      .filter(([, rate]) => rate.net !== 0 || rate.tax !== 0 || rate.gross !== 0)
      .sort(([a], [b]) => a - b)
      .map(([rateBp, rate]) => ({ rateBp, ...rate })),
    methods: [...methods.values()].sort((a, b) => a.method.localeCompare(b.method)),
    cash: {
      float: shift.float_amount,
      cashSales: cashSettled,
      tendered,
      changeGiven: change,
      cashRefunds,
      paidIn,
      paidOut,
      rounding,
      // What the drawer really took in and gave out, counted from the cash that changed hands.
      expected: shift.float_amount + tendered - change - cashGivenBack + paidIn - paidOut
    },
    noSales: movements.filter((m) => m.kind === 'no_sale').length
  }
}
