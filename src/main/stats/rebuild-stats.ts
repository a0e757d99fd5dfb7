import { sql } from 'kysely'
import type { Trx } from '../db/schema'
import { offsetSpans } from './zone-clock'

// `quantityCost` and `quantityItems` of weighed-quantity.ts, as SQL: a weighed quantity is in
// thousandths, its cost rounded half up; a weighed return is one item.
const LINE_COST = sql.raw(`CASE l.sold_by WHEN 'each' THEN l.unit_cost * l.quantity ELSE (l.unit_cost * l.quantity + 500) / 1000 END`)
const RETURN_COST = sql.raw(`CASE l.sold_by WHEN 'each' THEN l.unit_cost * r.quantity ELSE (l.unit_cost * r.quantity + 500) / 1000 END`)
const RETURN_ITEMS = sql.raw(`CASE l.sold_by WHEN 'each' THEN r.quantity ELSE 1 END`)

/**
 * Recomputes every rollup from the order tables in one aggregate pass per table, and moves the
 * cursor to the last row of each. Used for a database that had orders before the rollups existed,
 * after a change of time zone (the hours move), and to build the benchmark's million orders.
 */
export async function rebuildStats(trx: Trx, timeZone: string): Promise<void> {
  for (const table of [
    'stats_days',
    'stats_hours',
    'stats_payments',
    'stats_product_days',
    'stats_product_months',
    'stats_statuses',
    'stats_tax_days',
    'stats_staff_days'
  ] as const) {
    await trx.deleteFrom(table).execute()
  }
  await sql`
    INSERT INTO stats_days (day, currency, orders, revenue, discounts, tax, items, refunds, returned_items, returns, rounding, cost, costed_sales)
    SELECT day, max(currency), sum(orders), sum(revenue), sum(discounts), sum(tax), sum(items), sum(refunds), sum(returned_items), sum(returns), sum(rounding),
      sum(cost), sum(costed_sales) FROM (
      SELECT business_day AS day, max(currency) AS currency, count(*) AS orders, sum(total) AS revenue,
        sum(line_discount_total + promotion_discount_total + order_discount_total + coupon_discount_total) AS discounts, sum(tax_total) AS tax,
        sum(item_count) AS items, 0 AS refunds, 0 AS returned_items, 0 AS returns, 0 AS rounding, 0 AS cost, 0 AS costed_sales
      FROM orders WHERE status <> 'cancelled' GROUP BY business_day
      UNION ALL
      SELECT o.business_day, max(o.currency), 0, 0, 0, 0, 0, 0, 0, 0, 0, sum(${LINE_COST}), sum(l.net)
      FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.status <> 'cancelled' AND l.unit_cost IS NOT NULL GROUP BY o.business_day
      UNION ALL
      SELECT r.business_day, max(o.currency), 0, 0, 0, -sum(r.tax), 0, sum(r.refund_amount), sum(${RETURN_ITEMS}), sum(r.value), 0,
        -sum(CASE WHEN l.unit_cost IS NULL THEN 0 ELSE ${RETURN_COST} END), -sum(CASE WHEN l.unit_cost IS NULL THEN 0 ELSE r.value - r.tax END)
      FROM order_returns r JOIN orders o ON o.id = r.order_id JOIN order_lines l ON l.id = r.order_line_id GROUP BY r.business_day
      UNION ALL
      SELECT business_day, max(currency), 0, 0, 0, 0, 0, 0, 0, 0, sum(CASE kind WHEN 'payment' THEN rounding ELSE -rounding END), 0, 0
      FROM payments WHERE rounding <> 0 GROUP BY business_day
    ) GROUP BY day`.execute(trx)
  await rebuildHours(trx, timeZone)
  await sql`
    INSERT INTO stats_payments (day, method, currency, payments, paid, refunded, rounding)
    SELECT business_day, method, max(currency), sum(kind = 'payment'), sum(CASE kind WHEN 'payment' THEN amount ELSE 0 END),
      sum(CASE kind WHEN 'refund' THEN amount ELSE 0 END), sum(CASE kind WHEN 'payment' THEN rounding ELSE -rounding END)
    FROM payments GROUP BY business_day, method`.execute(trx)
  await sql`
    INSERT INTO stats_product_days (product_id, day, currency, units, revenue)
    SELECT order_lines.product_id, orders.business_day, max(orders.currency), sum(order_lines.quantity), sum(order_lines.total)
    FROM order_lines JOIN orders ON orders.id = order_lines.order_id WHERE orders.status <> 'cancelled'
    GROUP BY order_lines.product_id, orders.business_day`.execute(trx)
  // Returns come off on their own day: usually a day the product also sold, so mostly updates.
  await sql`
    INSERT INTO stats_product_days (product_id, day, currency, units, revenue)
    SELECT order_lines.product_id, order_returns.business_day, max(orders.currency), -sum(order_returns.quantity), -sum(order_returns.value)
    FROM order_returns JOIN order_lines ON order_lines.id = order_returns.order_line_id JOIN orders ON orders.id = order_returns.order_id
    WHERE true GROUP BY order_lines.product_id, order_returns.business_day
    ON CONFLICT (product_id, day) DO UPDATE SET units = units + excluded.units, revenue = revenue + excluded.revenue`.execute(trx)
  await sql`
    INSERT INTO stats_product_months (product_id, month, currency, units, revenue)
    SELECT product_id, substr(day, 1, 7), max(currency), sum(units), sum(revenue) FROM stats_product_days GROUP BY product_id, substr(day, 1, 7)`.execute(trx)
  // Tax per rate: sales on the day placed (orders not cancelled), less returns on their own day.
  await sql`
    INSERT INTO stats_tax_days (day, rate_bp, currency, net, tax, gross)
    SELECT day, rate_bp, max(currency), sum(gross) - sum(tax), sum(tax), sum(gross) FROM (
      SELECT orders.business_day AS day, order_lines.tax_rate_bp AS rate_bp, orders.currency AS currency, order_lines.total AS gross, order_lines.tax AS tax
      FROM order_lines JOIN orders ON orders.id = order_lines.order_id WHERE orders.status <> 'cancelled'
      UNION ALL
      SELECT order_returns.business_day, order_lines.tax_rate_bp, orders.currency, -order_returns.value, -order_returns.tax
      FROM order_returns JOIN order_lines ON order_lines.id = order_returns.order_line_id JOIN orders ON orders.id = order_returns.order_id
    ) GROUP BY day, rate_bp`.execute(trx)
  await rebuildStaffDays(trx)
  await sql`INSERT INTO stats_statuses (status, orders) SELECT status, count(*) FROM orders GROUP BY status`.execute(trx)
  await sql`
    UPDATE stats_cursor SET built = 1, time_zone = ${timeZone},
      order_id = coalesce((SELECT max(id) FROM orders), 0),
      event_id = coalesce((SELECT max(id) FROM order_events), 0),
      payment_id = coalesce((SELECT max(id) FROM payments), 0),
      return_id = coalesce((SELECT max(id) FROM order_returns), 0)
    WHERE id = 1`.execute(trx)
}

/**
 * Sales by hour on the shop's clock. SQLite knows no time zones, so the zone's offsets over the
 * orders' time span are worked out here and handed to the query as a CASE over a few spans.
 */
async function rebuildHours(trx: Trx, timeZone: string): Promise<void> {
  const bounds = await trx
    .selectFrom('orders')
    .select((eb) => [eb.fn.min('created_at').as('first'), eb.fn.max('created_at').as('last')])
    .executeTakeFirst()
  if (bounds?.first === null || bounds?.first === undefined || bounds.last === null) return
  const spans = offsetSpans(Number(bounds.first), Number(bounds.last), timeZone)
  // Latest span first: the offset of an instant is that of the last span starting at or before it.
  const offset = sql.join(
    [...spans].reverse().map((span) => sql`WHEN created_at >= ${span.fromMs} THEN ${span.offsetMs}`),
    sql` `
  )
  await sql`
    INSERT INTO stats_hours (day, hour, currency, orders, revenue)
    SELECT business_day, hour, max(currency), count(*), sum(total) FROM (
      SELECT business_day, total, currency, ((created_at + CASE ${offset} ELSE ${spans[0]!.offsetMs} END) / 3600000) % 24 AS hour
      FROM orders WHERE status <> 'cancelled'
    ) GROUP BY business_day, hour`.execute(trx)
}

/** Per staff member and day, as the fold counts them (see migration 21): an order cancelled counts for who took it and, as a cancel, for who cancelled it. */
async function rebuildStaffDays(trx: Trx): Promise<void> {
  await sql`
    INSERT INTO stats_staff_days (day, staff_id, currency, orders, gross, cancels, cancelled, paid, returns, refunds)
    SELECT day, staff_id, max(currency), sum(orders), sum(gross), sum(cancels), sum(cancelled), sum(paid), sum(returns), sum(refunds) FROM (
      SELECT business_day AS day, created_by AS staff_id, currency, 1 AS orders, total AS gross, 0 AS cancels, 0 AS cancelled, 0 AS paid, 0 AS returns, 0 AS refunds
      FROM orders
      UNION ALL
      SELECT o.business_day, o.created_by, o.currency, -1, -o.total, 0, 0, 0, 0, 0
      FROM order_events e JOIN orders o ON o.id = e.order_id WHERE e.to_status = 'cancelled' AND e.from_status IS NOT 'cancelled'
      UNION ALL
      SELECT o.business_day, e.actor_id, o.currency, 0, 0, 1, o.total, 0, 0, 0
      FROM order_events e JOIN orders o ON o.id = e.order_id WHERE e.to_status = 'cancelled' AND e.from_status IS NOT 'cancelled'
      UNION ALL
      SELECT business_day, actor_id, currency, 0, 0, 0, 0, amount, 0, 0 FROM payments WHERE kind = 'payment'
      UNION ALL
      SELECT r.business_day, r.actor_id, o.currency, 0, 0, 0, 0, 0, r.value, r.refund_amount FROM order_returns r JOIN orders o ON o.id = r.order_id
    ) GROUP BY day, staff_id`.execute(trx)
}
