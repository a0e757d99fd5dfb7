import type { Migration } from '../migration'

/**
 * Sales and refunds per staff member and shop-local day, folded like the other rollups (in the
 * transaction of every command that moves money) so the Stats view reads a few rows per day.
 * - orders, gross: orders the person took, on the day placed; a cancelled order comes off them;
 * - cancels, cancelled: orders the person cancelled and their totals, on the day they were placed
 *   (where the overview takes them off);
 * - paid: payments the person took, on the day the money changed hands;
 * - returns, refunds: what the goods the person took back were worth, and the money paid back for
 *   them, on the day of the return.
 * The back-fill counts exactly the rows the other rollups have folded (up to stats_cursor), so the
 * next fold neither misses nor repeats one; a till whose rollups were never built gets this table
 * from the full rebuild instead.
 */
export const m0021StaffStats: Migration = {
  id: 21,
  name: 'staff_stats',
  statements: [
    `CREATE TABLE stats_staff_days (
      day TEXT NOT NULL,
      staff_id TEXT NOT NULL,
      currency TEXT NOT NULL,
      orders INTEGER NOT NULL,
      gross INTEGER NOT NULL,
      cancels INTEGER NOT NULL,
      cancelled INTEGER NOT NULL,
      paid INTEGER NOT NULL,
      returns INTEGER NOT NULL,
      refunds INTEGER NOT NULL,
      PRIMARY KEY (day, staff_id)
    ) STRICT, WITHOUT ROWID`,
    `INSERT INTO stats_staff_days (day, staff_id, currency, orders, gross, cancels, cancelled, paid, returns, refunds)
    SELECT day, staff_id, max(currency), sum(orders), sum(gross), sum(cancels), sum(cancelled), sum(paid), sum(returns), sum(refunds) FROM (
      SELECT o.business_day AS day, o.created_by AS staff_id, o.currency AS currency, 1 AS orders, o.total AS gross,
        0 AS cancels, 0 AS cancelled, 0 AS paid, 0 AS returns, 0 AS refunds
      FROM orders o JOIN stats_cursor c ON c.id = 1 AND c.built = 1 WHERE o.id <= c.order_id
      UNION ALL
      SELECT o.business_day, o.created_by, o.currency, -1, -o.total, 0, 0, 0, 0, 0
      FROM order_events e JOIN orders o ON o.id = e.order_id JOIN stats_cursor c ON c.id = 1 AND c.built = 1
      WHERE e.id <= c.event_id AND e.to_status = 'cancelled' AND e.from_status IS NOT 'cancelled'
      UNION ALL
      SELECT o.business_day, e.actor_id, o.currency, 0, 0, 1, o.total, 0, 0, 0
      FROM order_events e JOIN orders o ON o.id = e.order_id JOIN stats_cursor c ON c.id = 1 AND c.built = 1
      WHERE e.id <= c.event_id AND e.to_status = 'cancelled' AND e.from_status IS NOT 'cancelled'
      UNION ALL
      SELECT p.business_day, p.actor_id, p.currency, 0, 0, 0, 0, p.amount, 0, 0
      FROM payments p JOIN stats_cursor c ON c.id = 1 AND c.built = 1 WHERE p.id <= c.payment_id AND p.kind = 'payment'
      UNION ALL
      SELECT r.business_day, r.actor_id, o.currency, 0, 0, 0, 0, 0, r.value, r.refund_amount
      FROM order_returns r JOIN orders o ON o.id = r.order_id JOIN stats_cursor c ON c.id = 1 AND c.built = 1 WHERE r.id <= c.return_id
    ) GROUP BY day, staff_id`
  ]
}
