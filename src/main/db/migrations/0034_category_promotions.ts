import type { Migration } from '../migration'

/**
 * Promotions per category (issue 12): a rule names either one product or one catalog category
 * (`products.category`, as typed), never both. A category rule groups the units of every product of
 * that category together ("any 3 drinks for 5.00"). One active rule per product and one per category;
 * which of a product's rule and its category's rule prices a line is the cart's choice (the one that
 * takes off more, src/main/pricing/promotions.ts). SQLite cannot drop a NOT NULL, so the table is
 * rebuilt with its rows and ids kept; nothing refers to it (an order keeps the rule's name, not its id).
 */
export const m0034CategoryPromotions: Migration = {
  id: 34,
  name: 'category_promotions',
  rebuildsTables: true,
  statements: [
    `CREATE TABLE promotions_new (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
      product_id INTEGER REFERENCES products(id),
      category TEXT CHECK (category IS NULL OR length(category) BETWEEN 1 AND 80),
      kind TEXT NOT NULL CHECK (kind IN ('multi_price', 'buy_get')),
      quantity INTEGER NOT NULL CHECK (quantity >= 1),
      price INTEGER NOT NULL CHECK (price >= 0),
      free_quantity INTEGER NOT NULL CHECK (free_quantity >= 0),
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      CHECK ((product_id IS NULL) <> (category IS NULL)),
      CHECK ((kind = 'multi_price' AND quantity >= 2 AND price >= 1 AND free_quantity = 0) OR (kind = 'buy_get' AND free_quantity >= 1 AND price = 0))
    )`,
    `INSERT INTO promotions_new (id, name, product_id, category, kind, quantity, price, free_quantity, active, created_at, updated_at)
      SELECT id, name, product_id, NULL, kind, quantity, price, free_quantity, active, created_at, updated_at FROM promotions`,
    `DROP TABLE promotions`,
    `ALTER TABLE promotions_new RENAME TO promotions`,
    `CREATE UNIQUE INDEX promotions_active_product ON promotions (product_id) WHERE active = 1 AND product_id IS NOT NULL`,
    `CREATE UNIQUE INDEX promotions_active_category ON promotions (category) WHERE active = 1 AND category IS NOT NULL`
  ]
}
