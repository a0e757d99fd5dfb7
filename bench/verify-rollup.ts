import type BetterSqlite3 from 'better-sqlite3'
import { localHour } from '../src/main/stats/zone-clock'

type Row = Record<string, number | string>

/**
 * One day's rollups against the same figures recomputed from the order tables (that day's orders,
 * returns and payments only, through their indexes). Answers what differs; empty means equal.
 */
export function verifyDay(sqlite: BetterSqlite3.Database, day: string, timeZone: string): string[] {
  const problems: string[] = []
  const same = (what: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${what}: rollup ${JSON.stringify(actual)}, recomputed ${JSON.stringify(expected)}`)
  }
  const sales = sqlite
    .prepare(
      `SELECT count(*) AS orders, coalesce(sum(total), 0) AS revenue,
      coalesce(sum(line_discount_total + order_discount_total + coupon_discount_total), 0) AS discounts,
      coalesce(sum(tax_total), 0) AS tax, coalesce(sum(item_count), 0) AS items
      FROM orders WHERE business_day = ? AND status <> 'cancelled'`
    )
    .get(day) as Row
  // A return carries the tax inside its value, so returns lower the tax collected.
  const returns = sqlite
    .prepare(
      `SELECT coalesce(sum(refund_amount), 0) AS refunds, coalesce(sum(quantity), 0) AS returned_items, coalesce(sum(tax), 0) AS tax
      FROM order_returns WHERE business_day = ?`
    )
    .get(day) as Row
  const rolled = sqlite.prepare(`SELECT orders, revenue, discounts, tax, items, refunds, returned_items FROM stats_days WHERE day = ?`).get(day)
  same(`stats_days ${day}`, rolled, {
    ...sales,
    tax: Number(sales.tax) - Number(returns.tax),
    refunds: returns.refunds,
    returned_items: returns.returned_items
  })

  const hours = new Map<number, { orders: number; revenue: number }>()
  for (const order of sqlite.prepare(`SELECT created_at, total FROM orders WHERE business_day = ? AND status <> 'cancelled'`).all(day) as Array<{
    created_at: number
    total: number
  }>) {
    const hour = localHour(order.created_at, timeZone)
    const seen = hours.get(hour) ?? { orders: 0, revenue: 0 }
    seen.orders += 1
    seen.revenue += order.total
    hours.set(hour, seen)
  }
  same(
    `stats_hours ${day}`,
    sqlite.prepare(`SELECT hour, orders, revenue FROM stats_hours WHERE day = ? ORDER BY hour`).all(day),
    [...hours].sort(([a], [b]) => a - b).map(([hour, figures]) => ({ hour, ...figures }))
  )

  const products = sqlite
    .prepare(
      `SELECT product_id, sum(units) AS units, sum(revenue) AS revenue FROM (
        SELECT l.product_id, l.quantity AS units, l.total AS revenue FROM orders o JOIN order_lines l ON l.order_id = o.id
        WHERE o.business_day = ? AND o.status <> 'cancelled'
        UNION ALL
        SELECT l.product_id, -r.quantity, -r.refund_amount FROM order_returns r JOIN order_lines l ON l.id = r.order_line_id WHERE r.business_day = ?
      ) GROUP BY product_id HAVING sum(units) <> 0 OR sum(revenue) <> 0 ORDER BY product_id`
    )
    .all(day, day)
  same(
    `stats_product_days ${day}`,
    sqlite.prepare(`SELECT product_id, units, revenue FROM stats_product_days WHERE day = ? AND (units <> 0 OR revenue <> 0) ORDER BY product_id`).all(day),
    products
  )

  const payments = sqlite
    .prepare(
      `SELECT method, sum(kind = 'payment') AS payments, sum(CASE kind WHEN 'payment' THEN amount ELSE 0 END) AS paid,
      sum(CASE kind WHEN 'refund' THEN amount ELSE 0 END) AS refunded FROM payments WHERE business_day = ? GROUP BY method ORDER BY method`
    )
    .all(day)
  same(`stats_payments ${day}`, sqlite.prepare(`SELECT method, payments, paid, refunded FROM stats_payments WHERE day = ? ORDER BY method`).all(day), payments)
  return problems
}
