import type { Migration } from '../migration'

/**
 * Selling what the catalog gets wrong (issue 13): open-price lines, line price overrides and
 * weighed items.
 *
 * products: `sold_by` says how a product is counted. 'each' counts whole units; 'kg', 'g' and 'lb'
 * are sold by weight, and then every quantity of it (variants.stock, stock movements, cart and order
 * lines, returns) is an integer of THOUSANDTHS of that unit (1.250 kg = 1250). `open_price` marks a
 * product whose price is typed at the till (the "Misc" key); its lines move no stock.
 *
 * cart_lines is rebuilt the 12-step way (foreign keys off around it: `rebuildsTables`): 0003 gave it
 * UNIQUE (cart_id, variant_id), which cannot be dropped, and a weighing, a scale label or an open
 * price is a line of its own even for a product already in the cart. Only 'item' lines (a scan or tap
 * of a product at its price) stay one per product, by a partial unique index. New columns:
 *   kind        'item' | 'open' (price typed) | 'weighed' (weight typed) | 'label' (scale barcode)
 *   unit_price  the typed or overridden price of one unit; NULL: today's catalog price
 *   price_by    who allowed an override (the approver when there is one); price_reason why
 *   name        an open line's description ('' is the product's name)
 *   tax_rate_bp an open line's tax rate (NULL: the product's)
 *   amount      the price printed on a price-embedded scale label (NULL: unit price x quantity)
 *   code        the scanned code the line came from ('' when tapped or typed)
 * The quantity bound grows to 100,000 units of weight in thousandths; a counted line keeps 100,000 units.
 *
 * order_lines keeps what the sale was: `sold_by` (so a quantity reads as weight), `price_source`
 * ('catalog' | 'open' | 'override' | 'label'), `list_price` (the catalog price when the price
 * charged was not it), `price_reason` and `price_by`. They are added columns: the rows stay as they are.
 * The lists are written out here, not built from shared constants, so the checksum cannot change.
 */
export const m0023CounterLines: Migration = {
  id: 23,
  name: 'counter_lines',
  rebuildsTables: true,
  statements: [
    `ALTER TABLE products ADD COLUMN sold_by TEXT NOT NULL DEFAULT 'each' CHECK (sold_by IN ('each', 'kg', 'g', 'lb'))`,
    `ALTER TABLE products ADD COLUMN open_price INTEGER NOT NULL DEFAULT 0 CHECK (open_price IN (0, 1))`,
    `CREATE INDEX products_open_price ON products (id) WHERE open_price = 1`,
    `CREATE TABLE cart_lines_rebuilt (
      id INTEGER PRIMARY KEY,
      cart_id INTEGER NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
      variant_id INTEGER NOT NULL REFERENCES variants (id) ON DELETE CASCADE,
      kind TEXT NOT NULL DEFAULT 'item' CHECK (kind IN ('item', 'open', 'weighed', 'label')),
      quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 100000000),
      discount_kind TEXT CHECK (discount_kind IN ('percent', 'amount')),
      discount_value INTEGER NOT NULL DEFAULT 0 CHECK (discount_value >= 0),
      created_at INTEGER NOT NULL,
      unit_price INTEGER CHECK (unit_price IS NULL OR unit_price BETWEEN 0 AND 100000000000),
      price_reason TEXT NOT NULL DEFAULT '',
      price_by TEXT,
      name TEXT NOT NULL DEFAULT '',
      tax_rate_bp INTEGER CHECK (tax_rate_bp IS NULL OR tax_rate_bp BETWEEN 0 AND 10000),
      amount INTEGER CHECK (amount IS NULL OR (kind = 'label' AND amount BETWEEN 0 AND 100000000000)),
      code TEXT NOT NULL DEFAULT '',
      CHECK (kind IN ('weighed', 'label') OR quantity <= 100000),
      CHECK (kind <> 'open' OR (unit_price IS NOT NULL AND tax_rate_bp IS NOT NULL AND price_by IS NULL)),
      CHECK (kind = 'open' OR tax_rate_bp IS NULL),
      CHECK (kind = 'open' OR (unit_price IS NULL) = (price_by IS NULL)),
      CHECK ((price_by IS NULL) = (price_reason = ''))
    ) STRICT`,
    `INSERT INTO cart_lines_rebuilt (id, cart_id, variant_id, kind, quantity, discount_kind, discount_value, created_at)
      SELECT id, cart_id, variant_id, 'item', quantity, discount_kind, discount_value, created_at FROM cart_lines`,
    `DROP TABLE cart_lines`,
    `ALTER TABLE cart_lines_rebuilt RENAME TO cart_lines`,
    `CREATE INDEX cart_lines_cart ON cart_lines (cart_id, id)`,
    `CREATE UNIQUE INDEX cart_lines_one_item ON cart_lines (cart_id, variant_id) WHERE kind = 'item'`,
    `CREATE INDEX cart_lines_variant ON cart_lines (variant_id)`,
    `ALTER TABLE order_lines ADD COLUMN sold_by TEXT NOT NULL DEFAULT 'each' CHECK (sold_by IN ('each', 'kg', 'g', 'lb'))`,
    `ALTER TABLE order_lines ADD COLUMN price_source TEXT NOT NULL DEFAULT 'catalog' CHECK (price_source IN ('catalog', 'open', 'override', 'label'))`,
    `ALTER TABLE order_lines ADD COLUMN list_price INTEGER CHECK (list_price IS NULL OR list_price >= 0)`,
    `ALTER TABLE order_lines ADD COLUMN price_reason TEXT NOT NULL DEFAULT ''`,
    `ALTER TABLE order_lines ADD COLUMN price_by TEXT`
  ]
}
