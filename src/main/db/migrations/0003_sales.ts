import type { Migration } from '../migration'

/**
 * Customers, coupons, carts and orders.
 *
 * Orders are listed newest first by (created_at, id). Checkout never stamps an order earlier than
 * the previous one, so that order is also the id order, and orders_fts (rowid = order id) can walk
 * text matches newest first without sorting. Every list filter has an index ending in created_at,
 * so a filtered page is an index range read in order: no full scan, no temporary sort.
 * Carts and coupons are deleted, so their ids are AUTOINCREMENT: a screen still holding the id of a
 * removed cart must never reach a newer one.
 */
export const m0003Sales: Migration = {
  id: 3,
  name: 'sales',
  statements: [
    `CREATE TABLE customers (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 120),
      phone TEXT NOT NULL DEFAULT '',
      phone_digits TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      address TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT`,
    `CREATE INDEX customers_name ON customers (name COLLATE NOCASE, id)`,
    `CREATE INDEX customers_phone ON customers (phone_digits, id) WHERE phone_digits <> ''`,
    `CREATE VIRTUAL TABLE customers_fts USING fts5 (
      name, email,
      content = 'customers', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
    )`,
    `CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
      INSERT INTO customers_fts (rowid, name, email) VALUES (new.id, new.name, new.email);
    END`,
    `CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
      INSERT INTO customers_fts (customers_fts, rowid, name, email) VALUES ('delete', old.id, old.name, old.email);
    END`,
    `CREATE TRIGGER customers_fts_update AFTER UPDATE OF name, email ON customers BEGIN
      INSERT INTO customers_fts (customers_fts, rowid, name, email) VALUES ('delete', old.id, old.name, old.email);
      INSERT INTO customers_fts (rowid, name, email) VALUES (new.id, new.name, new.email);
    END`,
    `CREATE TABLE coupons (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      code TEXT NOT NULL COLLATE NOCASE UNIQUE,
      description TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL CHECK (kind IN ('percent', 'amount')),
      value INTEGER NOT NULL CHECK (value > 0 AND (kind = 'amount' OR value <= 10000)),
      min_spend INTEGER NOT NULL DEFAULT 0 CHECK (min_spend >= 0),
      valid_from TEXT,
      valid_until TEXT,
      usage_limit INTEGER CHECK (usage_limit IS NULL OR usage_limit > 0),
      times_used INTEGER NOT NULL DEFAULT 0 CHECK (times_used >= 0 AND (usage_limit IS NULL OR times_used <= usage_limit)),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT`,
    `CREATE TABLE carts (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      status TEXT NOT NULL CHECK (status IN ('active', 'parked')),
      label TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      customer_id INTEGER REFERENCES customers (id),
      coupon_id INTEGER REFERENCES coupons (id) ON DELETE SET NULL,
      order_discount_kind TEXT CHECK (order_discount_kind IN ('percent', 'amount')),
      order_discount_value INTEGER NOT NULL DEFAULT 0 CHECK (order_discount_value >= 0),
      parked_at INTEGER,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT`,
    `CREATE UNIQUE INDEX carts_one_active ON carts (status) WHERE status = 'active'`,
    `CREATE INDEX carts_parked ON carts (id) WHERE status = 'parked'`,
    `CREATE TABLE cart_lines (
      id INTEGER PRIMARY KEY,
      cart_id INTEGER NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
      variant_id INTEGER NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
      quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
      discount_kind TEXT CHECK (discount_kind IN ('percent', 'amount')),
      discount_value INTEGER NOT NULL DEFAULT 0 CHECK (discount_value >= 0),
      created_at INTEGER NOT NULL,
      UNIQUE (cart_id, variant_id)
    ) STRICT`,
    `CREATE INDEX cart_lines_variant ON cart_lines (variant_id)`,
    `CREATE TABLE order_counter (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      last_sequence INTEGER NOT NULL CHECK (last_sequence >= 0)
    ) STRICT`,
    `INSERT INTO order_counter (id, last_sequence) VALUES (1, 0)`,
    `CREATE TABLE orders (
      id INTEGER PRIMARY KEY,
      sequence INTEGER NOT NULL UNIQUE,
      number TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN ('counter', 'pickup', 'delivery')),
      status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'processing', 'shipped', 'delivered', 'cancelled', 'returned')),
      payment_state TEXT NOT NULL CHECK (payment_state IN ('unpaid', 'partial', 'paid', 'partially_refunded', 'refunded')),
      customer_id INTEGER REFERENCES customers (id),
      customer_name TEXT NOT NULL DEFAULT '',
      customer_phone TEXT NOT NULL DEFAULT '',
      customer_email TEXT NOT NULL DEFAULT '',
      delivery_address TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      coupon_id INTEGER REFERENCES coupons (id) ON DELETE SET NULL,
      coupon_code TEXT NOT NULL DEFAULT '',
      tax_mode TEXT NOT NULL CHECK (tax_mode IN ('inclusive', 'exclusive')),
      currency TEXT NOT NULL,
      item_count INTEGER NOT NULL CHECK (item_count > 0),
      subtotal INTEGER NOT NULL CHECK (subtotal >= 0),
      line_discount_total INTEGER NOT NULL CHECK (line_discount_total >= 0),
      order_discount_total INTEGER NOT NULL CHECK (order_discount_total >= 0),
      coupon_discount_total INTEGER NOT NULL CHECK (coupon_discount_total >= 0),
      tax_total INTEGER NOT NULL CHECK (tax_total >= 0),
      total INTEGER NOT NULL CHECK (total >= 0),
      paid_total INTEGER NOT NULL DEFAULT 0 CHECK (paid_total >= 0),
      refunded_total INTEGER NOT NULL DEFAULT 0 CHECK (refunded_total BETWEEN 0 AND paid_total),
      business_day TEXT NOT NULL,
      created_by TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT`,
    `CREATE INDEX orders_created ON orders (created_at)`,
    `CREATE INDEX orders_status ON orders (status, created_at)`,
    `CREATE INDEX orders_kind ON orders (kind, created_at)`,
    `CREATE INDEX orders_status_kind ON orders (status, kind, created_at)`,
    `CREATE INDEX orders_payment_state ON orders (payment_state, created_at)`,
    `CREATE INDEX orders_customer ON orders (customer_id, created_at) WHERE customer_id IS NOT NULL`,
    `CREATE INDEX orders_business_day ON orders (business_day)`,
    `CREATE INDEX orders_on_hold ON orders (created_at) WHERE status = 'pending' AND payment_state = 'unpaid'`,
    `CREATE VIRTUAL TABLE orders_fts USING fts5 (
      number, customer, products,
      content = '',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    )`,
    `CREATE TABLE order_lines (
      id INTEGER PRIMARY KEY,
      order_id INTEGER NOT NULL REFERENCES orders (id),
      position INTEGER NOT NULL,
      variant_id INTEGER NOT NULL REFERENCES variants (id),
      product_id INTEGER NOT NULL REFERENCES products (id),
      name TEXT NOT NULL,
      sku TEXT NOT NULL,
      variant_label TEXT NOT NULL DEFAULT '',
      unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
      tax_rate_bp INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
      quantity INTEGER NOT NULL CHECK (quantity > 0),
      quantity_returned INTEGER NOT NULL DEFAULT 0 CHECK (quantity_returned BETWEEN 0 AND quantity),
      gross INTEGER NOT NULL CHECK (gross >= 0),
      line_discount INTEGER NOT NULL CHECK (line_discount BETWEEN 0 AND gross),
      order_discount INTEGER NOT NULL CHECK (order_discount >= 0),
      coupon_discount INTEGER NOT NULL CHECK (coupon_discount >= 0),
      net INTEGER NOT NULL CHECK (net >= 0),
      tax INTEGER NOT NULL CHECK (tax >= 0),
      total INTEGER NOT NULL CHECK (total >= 0),
      UNIQUE (order_id, position)
    ) STRICT`,
    `CREATE INDEX order_lines_variant ON order_lines (variant_id)`,
    `CREATE TABLE payments (
      id INTEGER PRIMARY KEY,
      order_id INTEGER NOT NULL REFERENCES orders (id),
      kind TEXT NOT NULL CHECK (kind IN ('payment', 'refund')),
      method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'other')),
      amount INTEGER NOT NULL CHECK (amount > 0),
      tendered INTEGER CHECK (tendered IS NULL OR (method = 'cash' AND tendered >= amount)),
      change_given INTEGER CHECK (change_given IS NULL OR (method = 'cash' AND change_given >= 0)),
      card_reference TEXT NOT NULL DEFAULT '' CHECK (card_reference NOT GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'),
      card_last_four TEXT CHECK (card_last_four IS NULL OR (method = 'card' AND card_last_four GLOB '[0-9][0-9][0-9][0-9]')),
      note TEXT NOT NULL DEFAULT '',
      business_day TEXT NOT NULL,
      actor_id TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT`,
    `CREATE INDEX payments_order ON payments (order_id, id)`,
    `CREATE INDEX payments_business_day ON payments (business_day)`,
    `CREATE TABLE order_returns (
      id INTEGER PRIMARY KEY,
      order_id INTEGER NOT NULL REFERENCES orders (id),
      order_line_id INTEGER NOT NULL REFERENCES order_lines (id),
      quantity INTEGER NOT NULL CHECK (quantity > 0),
      damaged INTEGER NOT NULL CHECK (damaged IN (0, 1)),
      refund_amount INTEGER NOT NULL CHECK (refund_amount >= 0),
      payment_id INTEGER REFERENCES payments (id),
      business_day TEXT NOT NULL,
      actor_id TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT`,
    `CREATE INDEX order_returns_order ON order_returns (order_id, id)`,
    `CREATE TABLE order_events (
      id INTEGER PRIMARY KEY,
      order_id INTEGER NOT NULL REFERENCES orders (id),
      change TEXT NOT NULL CHECK (change IN ('created', 'status', 'payment', 'return')),
      from_status TEXT,
      to_status TEXT NOT NULL,
      actor_id TEXT NOT NULL,
      actor_name TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      created_at INTEGER NOT NULL
    ) STRICT`,
    `CREATE INDEX order_events_order ON order_events (order_id, id)`
  ]
}
