import type { Migration } from '../migration'

/**
 * The last columns that hold one of a few values without saying so get their CHECK: an order
 * event's from and to status (`OrderStatus`) and a shift's per-method totals (`PaymentMethod`).
 * SQLite cannot add a CHECK to a column, so each table is rebuilt the 12-step way (a new table,
 * the rows copied with their ids, the old one dropped, the new one renamed, its indexes made
 * again). Neither table has triggers or is referenced by a foreign key; both keep their own. The
 * lists are written out, not built from the shared constants, so this migration's checksum can
 * never change: a new status is a new migration.
 */
export const m0020CheckedColumns: Migration = {
  id: 20,
  name: 'checked_columns',
  statements: [
    `CREATE TABLE order_events_checked (
      id INTEGER PRIMARY KEY,
      order_id INTEGER NOT NULL REFERENCES orders (id),
      change TEXT NOT NULL CHECK (change IN ('created', 'status', 'payment', 'return')),
      from_status TEXT CHECK (from_status IS NULL OR from_status IN ('pending', 'confirmed', 'processing', 'shipped', 'delivered', 'cancelled', 'returned')),
      to_status TEXT NOT NULL CHECK (to_status IN ('pending', 'confirmed', 'processing', 'shipped', 'delivered', 'cancelled', 'returned')),
      actor_id TEXT NOT NULL,
      actor_name TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL,
      approver_id TEXT,
      approver_name TEXT,
      shift_id INTEGER REFERENCES shifts (id)
    ) STRICT`,
    `INSERT INTO order_events_checked (id, order_id, change, from_status, to_status, actor_id, actor_name, note, created_at, approver_id, approver_name, shift_id)
      SELECT id, order_id, change, from_status, to_status, actor_id, actor_name, note, created_at, approver_id, approver_name, shift_id FROM order_events`,
    `DROP TABLE order_events`,
    `ALTER TABLE order_events_checked RENAME TO order_events`,
    `CREATE INDEX order_events_order ON order_events (order_id, id)`,
    `CREATE INDEX order_events_shift ON order_events (shift_id) WHERE shift_id IS NOT NULL`,
    `CREATE TABLE shift_methods_checked (
      shift_id INTEGER NOT NULL REFERENCES shifts (id),
      method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'other')),
      payments INTEGER NOT NULL,
      paid INTEGER NOT NULL,
      refunds INTEGER NOT NULL,
      refunded INTEGER NOT NULL,
      PRIMARY KEY (shift_id, method)
    ) STRICT, WITHOUT ROWID`,
    `INSERT INTO shift_methods_checked (shift_id, method, payments, paid, refunds, refunded)
      SELECT shift_id, method, payments, paid, refunds, refunded FROM shift_methods`,
    `DROP TABLE shift_methods`,
    `ALTER TABLE shift_methods_checked RENAME TO shift_methods`
  ]
}
