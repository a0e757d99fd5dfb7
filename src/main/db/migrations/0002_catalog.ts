import type { Migration } from '../migration'

/**
 * Every product has at least one variant: a simple product has one variant with no attributes.
 * SKU, barcode, price and stock live on the variant, so carts, orders and stock see one shape.
 */
export const m0002Catalog: Migration = {
  id: 2,
  name: 'catalog',
  statements: [
    `CREATE TABLE products (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      category TEXT NOT NULL DEFAULT '',
      tax_rate_bp INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
      options TEXT NOT NULL DEFAULT '[]',
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT`,
    `CREATE INDEX products_category_name ON products (category, name)`,
    `CREATE INDEX products_name ON products (name COLLATE NOCASE)`,
    `CREATE TABLE variants (
      id INTEGER PRIMARY KEY,
      product_id INTEGER NOT NULL REFERENCES products (id),
      sku TEXT NOT NULL COLLATE NOCASE UNIQUE,
      barcode TEXT UNIQUE,
      attributes TEXT NOT NULL DEFAULT '{}',
      label TEXT NOT NULL DEFAULT '',
      price INTEGER NOT NULL CHECK (price >= 0),
      stock INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
      low_stock_threshold INTEGER NOT NULL DEFAULT 0 CHECK (low_stock_threshold >= 0),
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      position INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT`,
    `CREATE INDEX variants_product ON variants (product_id, position)`,
    `CREATE TABLE stock_movements (
      id INTEGER PRIMARY KEY,
      variant_id INTEGER NOT NULL REFERENCES variants (id),
      delta INTEGER NOT NULL CHECK (delta <> 0),
      stock_after INTEGER NOT NULL CHECK (stock_after >= 0),
      reason TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      order_id INTEGER,
      actor_id TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT`,
    `CREATE INDEX stock_movements_variant ON stock_movements (variant_id, id)`,
    `CREATE INDEX stock_movements_order ON stock_movements (order_id) WHERE order_id IS NOT NULL`,
    `CREATE VIRTUAL TABLE products_fts USING fts5 (
      name, category,
      content = 'products', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
    )`,
    `CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
      INSERT INTO products_fts (rowid, name, category) VALUES (new.id, new.name, new.category);
    END`,
    `CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN
      INSERT INTO products_fts (products_fts, rowid, name, category) VALUES ('delete', old.id, old.name, old.category);
    END`,
    `CREATE TRIGGER products_fts_update AFTER UPDATE OF name, category ON products BEGIN
      INSERT INTO products_fts (products_fts, rowid, name, category) VALUES ('delete', old.id, old.name, old.category);
      INSERT INTO products_fts (rowid, name, category) VALUES (new.id, new.name, new.category);
    END`
  ]
}
