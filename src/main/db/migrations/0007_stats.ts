import type { Migration } from '../migration'

/**
 * The shop's figures as daily rollups, so a year of stats reads a few hundred small rows instead of
 * a million orders. They are folded from the order tables' append-only rows (orders, order_events,
 * payments, order_returns) inside the same transaction that writes them; stats_cursor remembers the
 * last row of each that was folded. Amounts are integer minor units; a day is the shop-local
 * business day (YYYY-MM-DD), a month its first seven characters.
 *
 * Product figures are net: units sold on the day of the sale, less units returned on the day of the
 * return. Their (period, units) and (period, revenue) indexes give any day's or month's best sellers
 * without reading the rest; the primary keys start with the product for a product's exact totals.
 */
export const m0007Stats: Migration = {
  id: 7,
  name: 'stats',
  statements: [
    `CREATE TABLE stats_cursor (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      built INTEGER NOT NULL CHECK (built IN (0, 1)),
      time_zone TEXT NOT NULL,
      order_id INTEGER NOT NULL,
      event_id INTEGER NOT NULL,
      payment_id INTEGER NOT NULL,
      return_id INTEGER NOT NULL
    ) STRICT`,
    `INSERT INTO stats_cursor (id, built, time_zone, order_id, event_id, payment_id, return_id) VALUES (1, 0, '', 0, 0, 0, 0)`,
    `CREATE TABLE stats_days (
      day TEXT PRIMARY KEY,
      orders INTEGER NOT NULL,
      revenue INTEGER NOT NULL,
      discounts INTEGER NOT NULL,
      tax INTEGER NOT NULL,
      items INTEGER NOT NULL,
      refunds INTEGER NOT NULL,
      returned_items INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID`,
    `CREATE TABLE stats_hours (
      day TEXT NOT NULL,
      hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
      orders INTEGER NOT NULL,
      revenue INTEGER NOT NULL,
      PRIMARY KEY (day, hour)
    ) STRICT, WITHOUT ROWID`,
    `CREATE TABLE stats_payments (
      day TEXT NOT NULL,
      method TEXT NOT NULL,
      payments INTEGER NOT NULL,
      paid INTEGER NOT NULL,
      refunded INTEGER NOT NULL,
      PRIMARY KEY (day, method)
    ) STRICT, WITHOUT ROWID`,
    `CREATE TABLE stats_product_days (
      product_id INTEGER NOT NULL,
      day TEXT NOT NULL,
      units INTEGER NOT NULL,
      revenue INTEGER NOT NULL,
      PRIMARY KEY (product_id, day)
    ) STRICT, WITHOUT ROWID`,
    `CREATE INDEX stats_product_days_units ON stats_product_days (day, units DESC)`,
    `CREATE INDEX stats_product_days_revenue ON stats_product_days (day, revenue DESC)`,
    `CREATE TABLE stats_product_months (
      product_id INTEGER NOT NULL,
      month TEXT NOT NULL,
      units INTEGER NOT NULL,
      revenue INTEGER NOT NULL,
      PRIMARY KEY (product_id, month)
    ) STRICT, WITHOUT ROWID`,
    `CREATE INDEX stats_product_months_units ON stats_product_months (month, units DESC)`,
    `CREATE INDEX stats_product_months_revenue ON stats_product_months (month, revenue DESC)`,
    `CREATE TABLE stats_statuses (
      status TEXT PRIMARY KEY,
      orders INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID`
  ]
}
