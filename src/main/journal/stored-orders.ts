import type BetterSqlite3 from 'better-sqlite3'
import type { Selectable } from 'kysely'
import type { OrderLinesTable, OrderReturnsTable, OrdersTable } from '../db/tables/orders.table'
import type { PaymentsTable } from '../db/tables/payments.table'
import { orderSnapshot, type OrderSnapshot } from './order-snapshot'

/**
 * The journal's view of stored orders, a chunk at a time by id: each order with its lines, payments
 * and returns, read with one range query per table rather than four queries per order.
 */
export function storedOrdersAfter(sqlite: BetterSqlite3.Database, afterId: number, limit: number): StoredOrder[] {
  return withTheirRows(sqlite, sqlite.prepare('SELECT * FROM orders WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit) as Array<Selectable<OrdersTable>>)
}

/** The same for chosen orders (at most a few hundred ids at a time). */
export function storedOrdersWithIds(sqlite: BetterSqlite3.Database, ids: readonly number[]): StoredOrder[] {
  if (ids.length === 0) return []
  const rows = sqlite.prepare(`SELECT * FROM orders WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY id`).all(...ids) as Array<Selectable<OrdersTable>>
  return withTheirRows(sqlite, rows)
}

export interface StoredOrder {
  id: number
  number: string
  snapshot: OrderSnapshot
}

function withTheirRows(sqlite: BetterSqlite3.Database, orders: Array<Selectable<OrdersTable>>): StoredOrder[] {
  if (orders.length === 0) return []
  const from = orders[0]!.id
  const to = orders[orders.length - 1]!.id
  const lines = groupByOrder(
    sqlite.prepare('SELECT * FROM order_lines WHERE order_id BETWEEN ? AND ? ORDER BY order_id, position').all(from, to) as Array<Selectable<OrderLinesTable>>
  )
  const payments = groupByOrder(
    sqlite.prepare('SELECT * FROM payments WHERE order_id BETWEEN ? AND ? ORDER BY order_id, id').all(from, to) as Array<Selectable<PaymentsTable>>
  )
  const returns = groupByOrder(
    sqlite.prepare('SELECT * FROM order_returns WHERE order_id BETWEEN ? AND ? ORDER BY order_id, id').all(from, to) as Array<Selectable<OrderReturnsTable>>
  )
  return orders.map((row) => ({
    id: row.id,
    number: row.number,
    snapshot: orderSnapshot({ row, lines: lines.get(row.id) ?? [], payments: payments.get(row.id) ?? [], returns: returns.get(row.id) ?? [] })
  }))
}

function groupByOrder<R extends { order_id: number }>(rows: R[]): Map<number, R[]> {
  const grouped = new Map<number, R[]>()
  for (const row of rows) {
    const list = grouped.get(row.order_id)
    if (list) list.push(row)
    else grouped.set(row.order_id, [row])
  }
  return grouped
}
