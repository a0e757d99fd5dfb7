import type { Migration } from '../migration'

/**
 * Quantity promotions (issue 12): "3 for 10.00" ('multi_price') and "buy 2 get 1 free"
 * ('buy_get'), one active rule per product. The cart applies them on its own; the order keeps
 * what each line took off (`order_lines.promotion_discount`, spread over the lines a promotion
 * covers) and the promotion's name as it was sold, so a later change of the rule never changes a
 * past receipt; `orders.promotion_discount_total` is their sum. Orders sold before took none: 0.
 */
export const m0031Promotions: Migration = {
  id: 31,
  name: 'promotions',
  statements: [
    `CREATE TABLE promotions (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
      product_id INTEGER NOT NULL REFERENCES products(id),
      kind TEXT NOT NULL CHECK (kind IN ('multi_price', 'buy_get')),
      quantity INTEGER NOT NULL CHECK (quantity >= 1),
      price INTEGER NOT NULL CHECK (price >= 0),
      free_quantity INTEGER NOT NULL CHECK (free_quantity >= 0),
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      CHECK ((kind = 'multi_price' AND quantity >= 2 AND price >= 1 AND free_quantity = 0) OR (kind = 'buy_get' AND free_quantity >= 1 AND price = 0))
    )`,
    // One active rule per product: the cart never has to choose between two.
    `CREATE UNIQUE INDEX promotions_active_product ON promotions (product_id) WHERE active = 1`,
    `ALTER TABLE order_lines ADD COLUMN promotion_discount INTEGER NOT NULL DEFAULT 0 CHECK (promotion_discount >= 0)`,
    `ALTER TABLE order_lines ADD COLUMN promotion_name TEXT NOT NULL DEFAULT ''`,
    `ALTER TABLE orders ADD COLUMN promotion_discount_total INTEGER NOT NULL DEFAULT 0 CHECK (promotion_discount_total >= 0)`
  ]
}
