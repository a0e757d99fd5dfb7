import type { Migration } from '../migration'

/**
 * Cash shifts (issue 14). One open shift per till; every order, order event, payment (refunds are
 * payment rows of kind `refund`) and return row references the shift it happened in (`shift_id`,
 * set by the shift fold inside the command that wrote the row). A shift's X and Z figures are
 * running totals on its own row and in two small per-rate and per-method tables, folded in the
 * same transaction as every command, so closing reads a handful of rows whatever the shift holds.
 *
 * shift_cursor remembers the last row of each order table the fold has placed; rows written while
 * no shift is open wait there for the next shift. Until the first shift is opened (`started` = 0)
 * the till sells as before and history stays outside every shift.
 *
 * A Z report is written once at close with its figures as JSON, exactly as printed; triggers
 * refuse any later change or deletion, and its number is the previous one plus one in the close's
 * own transaction, so the numbers have no gaps.
 */
export const m0010Shifts: Migration = {
  id: 10,
  name: 'shifts',
  statements: [
    `CREATE TABLE shifts (
      id INTEGER PRIMARY KEY,
      status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
      opened_at INTEGER NOT NULL,
      opened_by_id TEXT NOT NULL,
      opened_by_name TEXT NOT NULL,
      float_amount INTEGER NOT NULL CHECK (float_amount >= 0),
      float_denominations TEXT NOT NULL,
      closed_at INTEGER,
      closed_by_id TEXT,
      closed_by_name TEXT,
      z_number INTEGER UNIQUE,
      orders INTEGER NOT NULL DEFAULT 0,
      first_sequence INTEGER,
      last_sequence INTEGER,
      first_number TEXT,
      last_number TEXT,
      gross INTEGER NOT NULL DEFAULT 0,
      discounts INTEGER NOT NULL DEFAULT 0,
      sales_total INTEGER NOT NULL DEFAULT 0,
      cancellations INTEGER NOT NULL DEFAULT 0,
      cancelled_total INTEGER NOT NULL DEFAULT 0,
      returns_total INTEGER NOT NULL DEFAULT 0,
      cash_tendered INTEGER NOT NULL DEFAULT 0,
      change_given INTEGER NOT NULL DEFAULT 0,
      cash_refunds INTEGER NOT NULL DEFAULT 0,
      paid_in INTEGER NOT NULL DEFAULT 0,
      paid_out INTEGER NOT NULL DEFAULT 0,
      no_sales INTEGER NOT NULL DEFAULT 0,
      CHECK ((status = 'open') = (closed_at IS NULL))
    ) STRICT`,
    `CREATE UNIQUE INDEX shifts_one_open ON shifts (status) WHERE status = 'open'`,
    `CREATE TABLE shift_tax_rates (
      shift_id INTEGER NOT NULL REFERENCES shifts (id),
      rate_bp INTEGER NOT NULL,
      net INTEGER NOT NULL,
      tax INTEGER NOT NULL,
      gross INTEGER NOT NULL,
      PRIMARY KEY (shift_id, rate_bp)
    ) STRICT, WITHOUT ROWID`,
    `CREATE TABLE shift_methods (
      shift_id INTEGER NOT NULL REFERENCES shifts (id),
      method TEXT NOT NULL,
      payments INTEGER NOT NULL,
      paid INTEGER NOT NULL,
      refunds INTEGER NOT NULL,
      refunded INTEGER NOT NULL,
      PRIMARY KEY (shift_id, method)
    ) STRICT, WITHOUT ROWID`,
    `CREATE TABLE shift_cash_movements (
      id INTEGER PRIMARY KEY,
      shift_id INTEGER NOT NULL REFERENCES shifts (id),
      kind TEXT NOT NULL CHECK (kind IN ('paid_in', 'paid_out', 'no_sale')),
      amount INTEGER NOT NULL CHECK (amount >= 0),
      reason TEXT NOT NULL,
      drawer_short INTEGER NOT NULL CHECK (drawer_short IN (0, 1)),
      actor_id TEXT NOT NULL,
      actor_name TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT`,
    `CREATE INDEX shift_cash_movements_shift ON shift_cash_movements (shift_id, id)`,
    `CREATE TABLE shift_counts (
      id INTEGER PRIMARY KEY,
      shift_id INTEGER NOT NULL REFERENCES shifts (id),
      attempt INTEGER NOT NULL CHECK (attempt >= 1),
      counted INTEGER NOT NULL CHECK (counted >= 0),
      denominations TEXT NOT NULL,
      expected INTEGER NOT NULL,
      actor_id TEXT NOT NULL,
      actor_name TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      UNIQUE (shift_id, attempt)
    ) STRICT`,
    `CREATE TABLE z_reports (
      number INTEGER PRIMARY KEY CHECK (number >= 1),
      shift_id INTEGER NOT NULL UNIQUE REFERENCES shifts (id),
      opened_at INTEGER NOT NULL,
      closed_at INTEGER NOT NULL,
      opened_by_name TEXT NOT NULL,
      closed_by_name TEXT NOT NULL,
      currency TEXT NOT NULL,
      net INTEGER NOT NULL,
      expected_cash INTEGER NOT NULL,
      counted_cash INTEGER NOT NULL,
      over_short INTEGER NOT NULL,
      grand_total INTEGER NOT NULL,
      report TEXT NOT NULL
    ) STRICT`,
    `CREATE TRIGGER z_reports_never_updated BEFORE UPDATE ON z_reports BEGIN
      SELECT RAISE(ABORT, 'A Z report is never changed');
    END`,
    `CREATE TRIGGER z_reports_never_deleted BEFORE DELETE ON z_reports BEGIN
      SELECT RAISE(ABORT, 'A Z report is never deleted');
    END`,
    `CREATE TABLE shift_cursor (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      started INTEGER NOT NULL CHECK (started IN (0, 1)),
      order_id INTEGER NOT NULL,
      event_id INTEGER NOT NULL,
      payment_id INTEGER NOT NULL,
      return_id INTEGER NOT NULL,
      grand_total_base INTEGER NOT NULL
    ) STRICT`,
    `INSERT INTO shift_cursor (id, started, order_id, event_id, payment_id, return_id, grand_total_base) VALUES (1, 0, 0, 0, 0, 0, 0)`,
    `ALTER TABLE orders ADD COLUMN shift_id INTEGER REFERENCES shifts (id)`,
    `ALTER TABLE order_events ADD COLUMN shift_id INTEGER REFERENCES shifts (id)`,
    `ALTER TABLE payments ADD COLUMN shift_id INTEGER REFERENCES shifts (id)`,
    `ALTER TABLE order_returns ADD COLUMN shift_id INTEGER REFERENCES shifts (id)`,
    `CREATE INDEX orders_shift ON orders (shift_id) WHERE shift_id IS NOT NULL`,
    `CREATE INDEX order_events_shift ON order_events (shift_id) WHERE shift_id IS NOT NULL`,
    `CREATE INDEX payments_shift ON payments (shift_id) WHERE shift_id IS NOT NULL`,
    `CREATE INDEX order_returns_shift ON order_returns (shift_id) WHERE shift_id IS NOT NULL`
  ]
}
