import { notFound } from '../core/app-error'
import type { CommandScope } from '../core/command'
import type { Db, Trx } from '../db/schema'

/** An order's stored rows: the order, its lines, payments, returns and history, in their order. */
export async function readOrderRecord(db: Db | Trx, orderId: number): Promise<OrderRecord> {
  const record = await findOrderRecord(db, orderId)
  if (!record) throw notFound('Order', orderId)
  return record
}

export async function findOrderRecord(db: Db | Trx, orderId: number) {
  const row = await db.selectFrom('orders').selectAll().where('id', '=', orderId).executeTakeFirst()
  if (!row) return null
  const [lines, payments, returns, events] = await Promise.all([
    db.selectFrom('order_lines').selectAll().where('order_id', '=', orderId).orderBy('position').execute(),
    db.selectFrom('payments').selectAll().where('order_id', '=', orderId).orderBy('id').execute(),
    db.selectFrom('order_returns').selectAll().where('order_id', '=', orderId).orderBy('id').execute(),
    db.selectFrom('order_events').selectAll().where('order_id', '=', orderId).orderBy('id').execute()
  ])
  return { row, lines, payments, returns, events }
}

export type OrderRecord = NonNullable<Awaited<ReturnType<typeof findOrderRecord>>>

/**
 * Keeps the order as a command leaves it (read, or returned by the statements that wrote it), so
 * the sync outbox's hook builds its payload from these rows instead of reading the order again.
 * Call it only after the command's last write to the order.
 */
export function rememberFinalOrderRecord(scope: CommandScope, record: OrderRecord): OrderRecord {
  scope.finalOrders.set(record.row.id, record)
  return record
}

/** The rows kept by `rememberFinalOrderRecord` for this order in this command, if any. */
export function finalOrderRecord(scope: CommandScope, orderId: number): OrderRecord | undefined {
  return scope.finalOrders.get(orderId)
}
