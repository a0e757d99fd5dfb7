import type { Migration } from '../migration'

/**
 * Sell anyway (issue 13): a sale may take a variant's stock below zero when the shop allows it and
 * someone with `stock.sellBelowZero` (the cashier, or a manager approving) says so. 0002 gave
 * `variants.stock` and `stock_movements.stock_after` a CHECK (>= 0), and SQLite cannot drop a
 * CHECK, so both tables are rebuilt by SQLite's 12-step procedure (foreign keys off around the
 * migration, `foreign_key_check` before it commits: `rebuildsTables`), keeping every column (the
 * generated barcode_key too), every index and every foreign key. Neither table has a trigger; the
 * journal's triggers (0016) and the FTS triggers (0002) are on other tables and stay as they are.
 *
 * stock_movements gains `allowed_by`: the staff id whose permission let this movement take the
 * stock below zero. The schema itself holds the rule: a movement that leaves the stock negative by
 * taking some away names who allowed it, and only such a movement does. Its `reason` is checked
 * against the reasons the till writes (StockReason).
 */
export const m0018SellBelowStock: Migration = {
  id: 18,
  name: 'sell_below_stock',
  rebuildsTables: true,
  statements: [
    `CREATE TABLE variants_rebuilt (
      id INTEGER PRIMARY KEY,
      product_id INTEGER NOT NULL REFERENCES products (id),
      sku TEXT NOT NULL COLLATE NOCASE UNIQUE,
      barcode TEXT UNIQUE,
      attributes TEXT NOT NULL DEFAULT '{}',
      label TEXT NOT NULL DEFAULT '',
      price INTEGER NOT NULL CHECK (price >= 0),
      stock INTEGER NOT NULL DEFAULT 0,
      low_stock_threshold INTEGER NOT NULL DEFAULT 0 CHECK (low_stock_threshold >= 0),
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      position INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      cost INTEGER CHECK (cost IS NULL OR cost >= 0),
      barcode_key TEXT GENERATED ALWAYS AS (
      CASE
        WHEN barcode IS NULL THEN NULL
        WHEN length(barcode) IN (8, 12, 13, 14) AND barcode NOT GLOB '*[^0-9]*' THEN substr('000000' || barcode, -14)
        ELSE lower(barcode)
      END) VIRTUAL
    ) STRICT`,
    `INSERT INTO variants_rebuilt (id, product_id, sku, barcode, attributes, label, price, stock, low_stock_threshold, archived, position, created_at, updated_at, cost)
      SELECT id, product_id, sku, barcode, attributes, label, price, stock, low_stock_threshold, archived, position, created_at, updated_at, cost FROM variants`,
    `DROP TABLE variants`,
    `ALTER TABLE variants_rebuilt RENAME TO variants`,
    `CREATE INDEX variants_product ON variants (product_id, position)`,
    `CREATE INDEX variants_low_stock ON variants (product_id)
      WHERE archived = 0 AND low_stock_threshold > 0 AND stock <= low_stock_threshold`,
    `CREATE INDEX variants_barcode_key ON variants (barcode_key) WHERE barcode_key IS NOT NULL`,
    `CREATE TABLE stock_movements_rebuilt (
      id INTEGER PRIMARY KEY,
      variant_id INTEGER NOT NULL REFERENCES variants (id),
      delta INTEGER NOT NULL CHECK (delta <> 0),
      stock_after INTEGER NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('received', 'count', 'damaged', 'lost', 'returned_to_supplier', 'other', 'initial', 'import', 'sale', 'cancel', 'return', 'expired')),
      note TEXT NOT NULL DEFAULT '',
      order_id INTEGER,
      actor_id TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      approver_id TEXT,
      allowed_by TEXT,
      CHECK ((delta < 0 AND stock_after < 0) = (allowed_by IS NOT NULL))
    ) STRICT`,
    `INSERT INTO stock_movements_rebuilt (id, variant_id, delta, stock_after, reason, note, order_id, actor_id, created_at, approver_id)
      SELECT id, variant_id, delta, stock_after, reason, note, order_id, actor_id, created_at, approver_id FROM stock_movements`,
    `DROP TABLE stock_movements`,
    `ALTER TABLE stock_movements_rebuilt RENAME TO stock_movements`,
    `CREATE INDEX stock_movements_variant ON stock_movements (variant_id, id)`,
    `CREATE INDEX stock_movements_order ON stock_movements (order_id) WHERE order_id IS NOT NULL`
  ]
}
