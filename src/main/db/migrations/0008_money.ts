import type { Migration } from '../migration'

/**
 * Money that knows what it is.
 * - Returns keep the value of the goods that came back apart from the money that went back: on an
 *   order paid only a deposit a return may refund nothing and still lower what is due. Old return
 *   rows refunded their value, so both start equal; the order's returned_total is their sum.
 * - A return row carries the tax inside its value, so returns lower the tax collected.
 * - Every payment and every rollup row names its currency (orders already did).
 * - The order remembers how its tax was rounded (per line, or once per rate on the document).
 * - Tax collected per rate per day, for the per-rate summary of the figures.
 * - Cash rounding (to the smallest coin) is kept apart: on the payment or refund row it belongs to
 *   (the cash taken or given less what it settled), summed on the order and counted apart in the
 *   figures, so a drawer count and the payment mix can show it as a line of its own.
 * The rollups are marked unbuilt, so the next fold rebuilds them by the new rules.
 */
export const m0008Money: Migration = {
  id: 8,
  name: 'money',
  statements: [
    `ALTER TABLE order_returns ADD COLUMN value INTEGER NOT NULL DEFAULT 0 CHECK (value >= 0)`,
    `ALTER TABLE order_returns ADD COLUMN tax INTEGER NOT NULL DEFAULT 0 CHECK (tax >= 0)`,
    `UPDATE order_returns SET value = refund_amount,
      tax = (SELECT (l.tax * order_returns.quantity * 2 + l.quantity) / (l.quantity * 2) FROM order_lines l WHERE l.id = order_returns.order_line_id)`,
    `ALTER TABLE orders ADD COLUMN returned_total INTEGER NOT NULL DEFAULT 0 CHECK (returned_total >= 0)`,
    `UPDATE orders SET returned_total = (SELECT coalesce(sum(value), 0) FROM order_returns WHERE order_returns.order_id = orders.id)`,
    `ALTER TABLE orders ADD COLUMN tax_rounding TEXT NOT NULL DEFAULT 'line' CHECK (tax_rounding IN ('line', 'rate'))`,
    `ALTER TABLE payments ADD COLUMN currency TEXT NOT NULL DEFAULT ''`,
    `UPDATE payments SET currency = (SELECT currency FROM orders WHERE orders.id = payments.order_id)`,
    `ALTER TABLE payments ADD COLUMN rounding INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE orders ADD COLUMN rounding_total INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE stats_days ADD COLUMN currency TEXT NOT NULL DEFAULT ''`,
    `ALTER TABLE stats_days ADD COLUMN rounding INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE stats_payments ADD COLUMN rounding INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE stats_days ADD COLUMN returns INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE stats_hours ADD COLUMN currency TEXT NOT NULL DEFAULT ''`,
    `ALTER TABLE stats_payments ADD COLUMN currency TEXT NOT NULL DEFAULT ''`,
    `ALTER TABLE stats_product_days ADD COLUMN currency TEXT NOT NULL DEFAULT ''`,
    `ALTER TABLE stats_product_months ADD COLUMN currency TEXT NOT NULL DEFAULT ''`,
    `CREATE TABLE stats_tax_days (
      day TEXT NOT NULL,
      rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
      currency TEXT NOT NULL,
      net INTEGER NOT NULL,
      tax INTEGER NOT NULL,
      gross INTEGER NOT NULL,
      PRIMARY KEY (day, rate_bp)
    ) STRICT, WITHOUT ROWID`,
    `UPDATE stats_cursor SET built = 0 WHERE id = 1`
  ]
}
