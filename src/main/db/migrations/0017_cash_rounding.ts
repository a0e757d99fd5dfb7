import type { Migration } from '../migration'

/**
 * Cash rounding to the smallest coin (issue 12), for the payments and for issue 14's X and Z.
 * - A cash payment settles its `amount`; the cash taken is amount + rounding, a whole number of
 *   coins. Rounded down (CHF 10.02 paid with 10.00), what was handed over is below the amount, which
 *   migration 3's CHECK (tendered >= amount) forbade: the table is rebuilt with tendered >= the cash
 *   taken, and rounding only on cash. SQLite cannot change a CHECK in place, and foreign keys stay on
 *   during a migration, so the returns' links to their refund rows are set aside and put back.
 *   `SELECT *` copies every column in order: a column this list does not know fails loudly.
 * - A shift keeps the rounding of the cash taken for sales and of the cash given back apart, so its
 *   cash block reads float + cash sales − cash refunds + cash rounding + paid in − paid out, each line
 *   the amounts it settled. Shifts and payments before this had no rounding: 0 is their true figure.
 */
export const m0017CashRounding: Migration = {
  id: 17,
  name: 'cash_rounding',
  statements: [
    `CREATE TEMP TABLE refund_links AS SELECT id, payment_id FROM order_returns WHERE payment_id IS NOT NULL`,
    `UPDATE order_returns SET payment_id = NULL WHERE payment_id IS NOT NULL`,
    `CREATE TABLE payments_rebuilt (
      id INTEGER PRIMARY KEY,
      order_id INTEGER NOT NULL REFERENCES orders (id),
      kind TEXT NOT NULL CHECK (kind IN ('payment', 'refund')),
      method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'other')),
      amount INTEGER NOT NULL CHECK (amount > 0),
      tendered INTEGER CHECK (tendered IS NULL OR (method = 'cash' AND tendered >= amount + rounding)),
      change_given INTEGER CHECK (change_given IS NULL OR (method = 'cash' AND change_given >= 0)),
      card_reference TEXT NOT NULL DEFAULT '' CHECK (card_reference NOT GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'),
      card_last_four TEXT CHECK (card_last_four IS NULL OR (method = 'card' AND card_last_four GLOB '[0-9][0-9][0-9][0-9]')),
      note TEXT NOT NULL DEFAULT '',
      business_day TEXT NOT NULL,
      actor_id TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      currency TEXT NOT NULL DEFAULT '',
      rounding INTEGER NOT NULL DEFAULT 0 CHECK (rounding = 0 OR method = 'cash'),
      approver_id TEXT,
      shift_id INTEGER REFERENCES shifts (id)
    ) STRICT`,
    `INSERT INTO payments_rebuilt SELECT * FROM payments`,
    `DROP TABLE payments`,
    `ALTER TABLE payments_rebuilt RENAME TO payments`,
    `CREATE INDEX payments_order ON payments (order_id, id)`,
    `CREATE INDEX payments_business_day ON payments (business_day)`,
    `CREATE INDEX payments_shift ON payments (shift_id) WHERE shift_id IS NOT NULL`,
    `UPDATE order_returns SET payment_id = (SELECT payment_id FROM temp.refund_links l WHERE l.id = order_returns.id)
      WHERE id IN (SELECT id FROM temp.refund_links)`,
    `DROP TABLE temp.refund_links`,
    `ALTER TABLE shifts ADD COLUMN sale_rounding INTEGER NOT NULL DEFAULT 0`,
    `ALTER TABLE shifts ADD COLUMN refund_rounding INTEGER NOT NULL DEFAULT 0`
  ]
}
