import { sql, type Expression, type Selectable, type RawBuilder, type SqlBool } from 'kysely'
import { nextBusinessDay, startOfBusinessDay } from '../../shared/business-day'
import type { OrderCursor, OrderFilter, OrderPage } from '../../shared/orders'
import type { Db } from '../db/schema'
import type { OrdersTable } from '../db/tables/orders.table'
import { ftsPrefixQuery } from './fts-query'
import { toOrderSummary } from './order-rows'

export interface OrderListInput {
  filter: OrderFilter
  after?: OrderCursor
  limit: number
}

const LIST_COLUMNS = [
  'id',
  'number',
  'kind',
  'status',
  'payment_state',
  'customer_id',
  'customer_name',
  'created_by',
  'item_count',
  'total',
  'paid_total',
  'refunded_total',
  'returned_total',
  'currency',
  'created_at',
  'business_day',
  'subtotal',
  'line_discount_total',
  'promotion_discount_total',
  'order_discount_total',
  'coupon_discount_total',
  'tax_total'
] as const

export type OrderListRow = Pick<Selectable<OrdersTable>, (typeof LIST_COLUMNS)[number]>

/**
 * The index that leads the walk for these filters, most selective first: a customer's orders, a staff member's, status
 * with kind, status, payment state, kind, or else every order by time. Each ends in created_at, so
 * rows come out newest first and a date range is a range of it. The choice is made here, not left to
 * SQLite, which has no statistics on this table and can guess wrong between them.
 */
export function leadingIndex(filter: OrderFilter): string {
  if (filter.customerId !== undefined) return 'orders_customer'
  if (filter.staffId !== undefined) return 'orders_created_by'
  if (filter.status && filter.kind) return 'orders_status_kind'
  if (filter.status) return 'orders_status'
  if (filter.paymentState) return 'orders_payment_state'
  if (filter.kind) return 'orders_kind'
  return 'orders_created'
}

/**
 * One keyset page of orders, newest first: never OFFSET, never a sort. Without text it is one range
 * read of the leading index. With text the walk goes down orders_fts by rowid (checkout keeps
 * created_at rising with the id, so that is the same order) and the other filters are checked on
 * each match (written `+column`, so SQLite cannot drive the join from an orders index instead).
 * Built but not run, so the query-plan tests read the very query the list runs.
 */
/** The zones furthest ahead of and behind UTC: a day starts at most 14 hours before its UTC midnight and ends at most 12 after. */
const EARLIEST_ZONE_MS = 14 * 3_600_000
const LATEST_ZONE_MS = 12 * 3_600_000

export async function orderListQuery(db: Db, input: OrderListInput): Promise<RawBuilder<OrderListRow>> {
  const { filter, after, limit } = input
  // An order belongs to the day stored on it (the one Stats counts it on), whatever zone the shop
  // is in now. The time range only narrows the index walk: any zone's day lies within it.
  const fromMs = filter.from ? startOfBusinessDay(filter.from, 'UTC') - EARLIEST_ZONE_MS : undefined
  const toMs = filter.to ? startOfBusinessDay(nextBusinessDay(filter.to), 'UTC') + LATEST_ZONE_MS : undefined
  const match = filter.text ? ftsPrefixQuery(filter.text, { skipSingleCharacters: true }) : null

  const column = (name: string) => (match ? sql`+orders.${sql.ref(name)}` : sql`orders.${sql.ref(name)}`)
  const where: Expression<SqlBool>[] = []
  if (filter.status) where.push(sql<SqlBool>`${column('status')} = ${filter.status}`)
  if (filter.kind) where.push(sql<SqlBool>`${column('kind')} = ${filter.kind}`)
  if (filter.paymentState) where.push(sql<SqlBool>`${column('payment_state')} = ${filter.paymentState}`)
  if (filter.customerId !== undefined) where.push(sql<SqlBool>`${column('customer_id')} = ${filter.customerId}`)
  if (filter.staffId !== undefined) where.push(sql<SqlBool>`${column('created_by')} = ${filter.staffId}`)
  if (fromMs !== undefined) where.push(sql<SqlBool>`${column('created_at')} >= ${fromMs}`)
  if (toMs !== undefined) where.push(sql<SqlBool>`${column('created_at')} < ${toMs}`)
  if (filter.from) where.push(sql<SqlBool>`${column('business_day')} >= ${filter.from}`)
  if (filter.to) where.push(sql<SqlBool>`${column('business_day')} <= ${filter.to}`)
  const columns = sql.join(LIST_COLUMNS.map((name) => sql`orders.${sql.ref(name)}`))

  if (match) {
    where.push(...(await rowidBounds(db, fromMs, toMs)))
    if (after) where.push(sql<SqlBool>`orders_fts.rowid < ${after.id}`)
    return sql<OrderListRow>`
      SELECT ${columns} FROM orders_fts JOIN orders ON orders.id = orders_fts.rowid
      WHERE orders_fts MATCH ${match}${sql.join(
        where.map((term) => sql` AND ${term}`),
        sql``
      )}
      ORDER BY orders_fts.rowid DESC
      LIMIT ${limit + 1}`
  }
  // The first page starts after an order beyond any real one, so every page is the same range read.
  const start = after ?? { createdAt: Number.MAX_SAFE_INTEGER, id: Number.MAX_SAFE_INTEGER }
  where.push(sql<SqlBool>`(orders.created_at, orders.id) < (${start.createdAt}, ${start.id})`)
  return sql<OrderListRow>`
    SELECT ${columns} FROM orders INDEXED BY ${sql.id(leadingIndex(filter))}
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY orders.created_at DESC, orders.id DESC
    LIMIT ${limit + 1}`
}

export async function listOrderRows(db: Db, input: OrderListInput): Promise<{ rows: OrderListRow[]; next: OrderCursor | null }> {
  const { rows } = await (await orderListQuery(db, input)).execute(db)
  const page = rows.slice(0, input.limit)
  const last = page.at(-1)
  return { rows: page, next: rows.length > input.limit && last ? { createdAt: last.created_at, id: last.id } : null }
}

export async function listOrders(db: Db, input: OrderListInput): Promise<OrderPage> {
  const { rows, next } = await listOrderRows(db, input)
  return { orders: rows.map(toOrderSummary), next }
}

/**
 * A date range turned into rowid bounds for the text walk (created_at rises with id), found with two
 * seeks on orders_created, so the walk stops at the range instead of reading every older match.
 */
async function rowidBounds(db: Db, fromMs: number | undefined, toMs: number | undefined): Promise<Expression<SqlBool>[]> {
  const firstIdFrom = async (ms: number) =>
    (await db.selectFrom('orders').select('id').where('created_at', '>=', ms).orderBy('created_at').orderBy('id').limit(1).executeTakeFirst())?.id
  const bounds: Expression<SqlBool>[] = []
  if (fromMs !== undefined) {
    const firstId = await firstIdFrom(fromMs)
    bounds.push(firstId === undefined ? sql<SqlBool>`0` : sql<SqlBool>`orders_fts.rowid >= ${firstId}`)
  }
  if (toMs !== undefined) {
    const endId = await firstIdFrom(toMs)
    if (endId !== undefined) bounds.push(sql<SqlBool>`orders_fts.rowid < ${endId}`)
  }
  return bounds
}
