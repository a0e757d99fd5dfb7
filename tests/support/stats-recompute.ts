import { sql } from 'kysely'
import type { Db } from '../../src/main/db/schema'

export type Rollup = Record<string, Record<string, number[]>>

const hourFormats = new Map<string, Intl.DateTimeFormat>()

/** The hour on the shop's wall clock, by a route of its own (not the app's zone code). */
function wallHour(epochMs: number, timeZone: string): number {
  let format = hourFormats.get(timeZone)
  if (!format) hourFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' })))
  return Number(format.format(new Date(epochMs)))
}

function add(table: Record<string, number[]>, key: string, values: number[]): void {
  const row = (table[key] ??= values.map(() => 0))
  values.forEach((value, index) => (row[index]! += value))
}

/** Rows whose every figure is zero say nothing: a sale and its cancel leave one behind. */
function withoutZeros(table: Record<string, number[]>): Record<string, number[]> {
  return Object.fromEntries(Object.entries(table).filter(([, values]) => values.some((value) => value !== 0)))
}

/**
 * What a quantity cost: a weighed one is in thousandths of its unit, its cost rounded half up to
 * a minor unit (the small costs and weights of the tests stay exact in floating point).
 */
function costOf(unitCost: number, quantity: number, soldBy: string): number {
  return soldBy === 'each' ? unitCost * quantity : Math.round((unitCost * quantity) / 1000)
}

/**
 * Every rollup worked out again from the order tables alone, in plain code: the definition the
 * rollups must match. Sales on the day placed, for orders not cancelled; returns on their own day;
 * payments and refunds by method on the day the money moved; statuses as they stand.
 */
export async function recomputeRollup(db: Db, timeZone: string): Promise<Rollup> {
  const orders = await db.selectFrom('orders').selectAll().execute()
  const lines = await db
    .selectFrom('order_lines')
    .select(['order_id', 'product_id', 'quantity', 'total', 'tax', 'tax_rate_bp', 'net', 'unit_cost', 'sold_by'])
    .execute()
  const returns = await db
    .selectFrom('order_returns')
    .innerJoin('order_lines', 'order_lines.id', 'order_returns.order_line_id')
    .select([
      'order_returns.business_day',
      'order_returns.quantity',
      'order_returns.refund_amount',
      'order_returns.value',
      'order_returns.tax',
      'order_lines.product_id',
      'order_lines.tax_rate_bp',
      'order_lines.unit_cost',
      'order_lines.sold_by'
    ])
    .execute()
  const payments = await db.selectFrom('payments').select(['business_day', 'method', 'kind', 'amount', 'rounding']).execute()
  const days: Record<string, number[]> = {}
  const hours: Record<string, number[]> = {}
  const productDays: Record<string, number[]> = {}
  const productMonths: Record<string, number[]> = {}
  const payMix: Record<string, number[]> = {}
  const statuses: Record<string, number[]> = {}
  const taxDays: Record<string, number[]> = {}
  const sold = new Map<number, { day: string }>()
  for (const order of orders) {
    add(statuses, order.status, [1])
    if (order.status === 'cancelled') continue
    sold.set(order.id, { day: order.business_day })
    const discounts = order.line_discount_total + order.promotion_discount_total + order.order_discount_total + order.coupon_discount_total
    add(days, order.business_day, [1, order.total, discounts, order.tax_total, order.item_count, 0, 0, 0, 0, 0, 0])
    add(hours, `${order.business_day}|${wallHour(order.created_at, timeZone)}`, [1, order.total])
  }
  for (const line of lines) {
    const order = sold.get(line.order_id)
    if (!order) continue
    add(productDays, `${line.product_id}|${order.day}`, [line.quantity, line.total])
    add(productMonths, `${line.product_id}|${order.day.slice(0, 7)}`, [line.quantity, line.total])
    add(taxDays, `${order.day}|${line.tax_rate_bp}`, [line.total - line.tax, line.tax, line.total])
    // Margin: the cost kept on the line at the sale, against the line's net sales.
    if (line.unit_cost !== null) add(days, order.day, [0, 0, 0, 0, 0, 0, 0, 0, 0, costOf(line.unit_cost, line.quantity, line.sold_by), line.net])
  }
  for (const returned of returns) {
    const costBack = returned.unit_cost === null ? [0, 0] : [-costOf(returned.unit_cost, returned.quantity, returned.sold_by), returned.tax - returned.value]
    add(days, returned.business_day, [
      0,
      0,
      0,
      -returned.tax,
      0,
      returned.refund_amount,
      returned.sold_by === 'each' ? returned.quantity : 1,
      returned.value,
      0,
      ...costBack
    ])
    add(productDays, `${returned.product_id}|${returned.business_day}`, [-returned.quantity, -returned.value])
    add(productMonths, `${returned.product_id}|${returned.business_day.slice(0, 7)}`, [-returned.quantity, -returned.value])
    add(taxDays, `${returned.business_day}|${returned.tax_rate_bp}`, [returned.tax - returned.value, -returned.tax, -returned.value])
  }
  for (const payment of payments) {
    // Cash rounding: what the drawer gained beyond the amounts settled (refunds give it back).
    const gained = payment.kind === 'payment' ? payment.rounding : -payment.rounding
    add(payMix, `${payment.business_day}|${payment.method}`, payment.kind === 'payment' ? [1, payment.amount, 0, gained] : [0, 0, payment.amount, gained])
    add(days, payment.business_day, [0, 0, 0, 0, 0, 0, 0, 0, gained, 0, 0])
  }
  return normalize({ days, hours, productDays, productMonths, payMix, statuses, taxDays })
}

function normalize(rollup: Rollup): Rollup {
  return Object.fromEntries(Object.entries(rollup).map(([name, table]) => [name, withoutZeros(table)]))
}

/** The rollup tables as they are, in the same shape. */
export async function readRollup(db: Db): Promise<Rollup> {
  const rows = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows
  const table = <T>(list: T[], key: (row: T) => string, values: (row: T) => number[]) => Object.fromEntries(list.map((row) => [key(row), values(row)]))
  type Day = {
    day: string
    orders: number
    revenue: number
    discounts: number
    tax: number
    items: number
    refunds: number
    returned_items: number
    returns: number
    rounding: number
    cost: number
    costed_sales: number
  }
  type TaxDay = { day: string; rate_bp: number; net: number; tax: number; gross: number }
  type Hour = { day: string; hour: number; orders: number; revenue: number }
  type Product = { product_id: number; period: string; units: number; revenue: number }
  type Pay = { day: string; method: string; payments: number; paid: number; refunded: number; rounding: number }
  return normalize({
    days: table(
      await rows(sql<Day>`SELECT * FROM stats_days`),
      (r) => r.day,
      (r) => [r.orders, r.revenue, r.discounts, r.tax, r.items, r.refunds, r.returned_items, r.returns, r.rounding, r.cost, r.costed_sales]
    ),
    hours: table(
      await rows(sql<Hour>`SELECT * FROM stats_hours`),
      (r) => `${r.day}|${r.hour}`,
      (r) => [r.orders, r.revenue]
    ),
    productDays: table(
      await rows(sql<Product>`SELECT product_id, day AS period, units, revenue FROM stats_product_days`),
      (r) => `${r.product_id}|${r.period}`,
      (r) => [r.units, r.revenue]
    ),
    productMonths: table(
      await rows(sql<Product>`SELECT product_id, month AS period, units, revenue FROM stats_product_months`),
      (r) => `${r.product_id}|${r.period}`,
      (r) => [r.units, r.revenue]
    ),
    payMix: table(
      await rows(sql<Pay>`SELECT * FROM stats_payments`),
      (r) => `${r.day}|${r.method}`,
      (r) => [r.payments, r.paid, r.refunded, r.rounding]
    ),
    statuses: table(
      await rows(sql<{ status: string; orders: number }>`SELECT * FROM stats_statuses`),
      (r) => r.status,
      (r) => [r.orders]
    ),
    taxDays: table(
      await rows(sql<TaxDay>`SELECT * FROM stats_tax_days`),
      (r) => `${r.day}|${r.rate_bp}`,
      (r) => [r.net, r.tax, r.gross]
    )
  })
}
