import { sql, type Expression, type SqlBool } from 'kysely'
import { nextBusinessDay, startOfBusinessDay } from '../../shared/business-day'
import type { OrderCursor, OrderFilter, OrderPage } from '../../shared/orders'
import type { Db } from '../db/schema'
import { readSettings } from '../settings/settings-store'
import { ftsPrefixQuery } from './fts-query'
import { toOrderSummary } from './order-rows'

export interface OrderListInput {
  filter: OrderFilter
  after?: OrderCursor
  limit: number
}

const LIST_COLUMNS = [
  'orders.id',
  'orders.number',
  'orders.kind',
  'orders.status',
  'orders.payment_state',
  'orders.customer_id',
  'orders.customer_name',
  'orders.item_count',
  'orders.total',
  'orders.paid_total',
  'orders.refunded_total',
  'orders.created_at',
  'orders.business_day',
  'orders.subtotal',
  'orders.line_discount_total',
  'orders.order_discount_total',
  'orders.coupon_discount_total',
  'orders.tax_total'
] as const

/**
 * Orders newest first, one keyset page at a time: never OFFSET, never a sort. Without text, each
 * filter has an index ending in created_at that yields the rows already in order. With text, the
 * walk goes down orders_fts by rowid; checkout keeps created_at in id order, so it is the same order.
 * Built here but not run, so the query-plan tests can read the very query the list runs.
 */
export async function orderListQuery(db: Db, input: OrderListInput) {
  const { filter, after, limit } = input
  const settings = await readSettings(db)
  const fromMs = filter.from ? startOfBusinessDay(filter.from, settings.timeZone) : undefined
  const toMs = filter.to ? startOfBusinessDay(nextBusinessDay(filter.to), settings.timeZone) : undefined

  const where: Expression<SqlBool>[] = []
  const column = (name: string) => sql.ref(`orders.${name}`)
  if (filter.status) where.push(sql<SqlBool>`${column('status')} = ${filter.status}`)
  if (filter.kind) where.push(sql<SqlBool>`${column('kind')} = ${filter.kind}`)
  if (filter.paymentState) where.push(sql<SqlBool>`${column('payment_state')} = ${filter.paymentState}`)
  if (filter.customerId !== undefined) where.push(sql<SqlBool>`${column('customer_id')} = ${filter.customerId}`)
  if (fromMs !== undefined) where.push(sql<SqlBool>`${column('created_at')} >= ${fromMs}`)
  if (toMs !== undefined) where.push(sql<SqlBool>`${column('created_at')} < ${toMs}`)

  const match = filter.text ? ftsPrefixQuery(filter.text) : null
  if (match) {
    const bounds = await rowidBounds(db, fromMs, toMs)
    if (after) bounds.push(sql<SqlBool>`orders_fts.rowid < ${after.id}`)
    return db
      .selectFrom('orders_fts')
      .innerJoin('orders', 'orders.id', 'orders_fts.rowid')
      .select(LIST_COLUMNS)
      .where(sql<SqlBool>`orders_fts MATCH ${match}`)
      .where((eb) => eb.and([...where, ...bounds]))
      .orderBy('orders_fts.rowid', 'desc')
      .limit(limit + 1)
  }
  // The first page starts after an order beyond any real one, so every page is the same range read.
  const start = after ?? { createdAt: Number.MAX_SAFE_INTEGER, id: Number.MAX_SAFE_INTEGER }
  where.push(sql<SqlBool>`(orders.created_at, orders.id) < (${start.createdAt}, ${start.id})`)
  return db
    .selectFrom('orders')
    .select(LIST_COLUMNS)
    .where((eb) => eb.and(where))
    .orderBy('orders.created_at', 'desc')
    .orderBy('orders.id', 'desc')
    .limit(limit + 1)
}

export async function listOrderRows(db: Db, input: OrderListInput) {
  const rows = await (await orderListQuery(db, input)).execute()
  const page = rows.slice(0, input.limit)
  const last = page.at(-1)
  return { rows: page, next: rows.length > input.limit && last ? { createdAt: last.created_at, id: last.id } : null }
}

export type OrderListRow = Awaited<ReturnType<typeof listOrderRows>>['rows'][number]

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
    (await db.selectFrom('orders').select('id').where('created_at', '>=', ms).orderBy('created_at').orderBy('id').limit(1).executeTakeFirst())
      ?.id
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
