import type { Db } from '../../src/main/db/schema'

/** Per `day|staff`: [orders, gross, cancels, cancelled, paid, returns, refunds], rows of zeros left out. */
export type StaffRollup = Record<string, number[]>

function add(table: StaffRollup, key: string, values: number[]): void {
  const row = (table[key] ??= values.map(() => 0))
  values.forEach((value, index) => (row[index]! += value))
}

function withoutZeros(table: StaffRollup): StaffRollup {
  return Object.fromEntries(Object.entries(table).filter(([, values]) => values.some((value) => value !== 0)))
}

/**
 * The per-staff rollup worked out again from the rows alone, in plain code: an order not cancelled
 * is a sale for who took it, on the day placed; a cancelled one is a cancel for who cancelled it,
 * on that same day; payments and returns count for who took them, on their own day.
 */
export async function recomputeStaffRollup(db: Db): Promise<StaffRollup> {
  const orders = await db.selectFrom('orders').select(['id', 'status', 'business_day', 'created_by', 'total']).execute()
  const cancels = await db
    .selectFrom('order_events')
    .select(['order_id', 'actor_id'])
    .where('to_status', '=', 'cancelled')
    .where('change', '=', 'status')
    .execute()
  const cancelledBy = new Map(cancels.map((event) => [event.order_id, event.actor_id]))
  const table: StaffRollup = {}
  for (const order of orders) {
    if (order.status !== 'cancelled') add(table, `${order.business_day}|${order.created_by}`, [1, order.total, 0, 0, 0, 0, 0])
    else add(table, `${order.business_day}|${cancelledBy.get(order.id)}`, [0, 0, 1, order.total, 0, 0, 0])
  }
  for (const payment of await db.selectFrom('payments').select(['business_day', 'actor_id', 'amount']).where('kind', '=', 'payment').execute()) {
    add(table, `${payment.business_day}|${payment.actor_id}`, [0, 0, 0, 0, payment.amount, 0, 0])
  }
  for (const back of await db.selectFrom('order_returns').select(['business_day', 'actor_id', 'value', 'refund_amount']).execute()) {
    add(table, `${back.business_day}|${back.actor_id}`, [0, 0, 0, 0, 0, back.value, back.refund_amount])
  }
  return withoutZeros(table)
}

/** The rollup table as stored, in the same shape. */
export async function readStaffRollup(db: Db): Promise<StaffRollup> {
  const rows = await db.selectFrom('stats_staff_days').selectAll().execute()
  return withoutZeros(
    Object.fromEntries(
      rows.map((row) => [`${row.day}|${row.staff_id}`, [row.orders, row.gross, row.cancels, row.cancelled, row.paid, row.returns, row.refunds]])
    )
  )
}
