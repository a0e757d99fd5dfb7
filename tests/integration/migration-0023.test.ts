import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../src/main/db/migrate'
import { MIGRATIONS } from '../../src/main/db/migrations'
import { openSqlite } from '../../src/main/db/open'
import { migrationTills } from '../support/migration-tills'

const tills = migrationTills('tillpoint-m23-')

/** A till upgraded before 23 existed (every migration below it), holding a catalog, a sale and two carts in progress. */
function tillBefore23(): BetterSqlite3.Database {
  const dir = tills.dir()
  const sqlite = openSqlite(join(dir, 'till.sqlite'))
  migrate(
    sqlite,
    MIGRATIONS.filter((migration) => migration.id < 23),
    () => 1000
  )
  sqlite.exec(`
    INSERT INTO products (id, name, tax_rate_bp, created_at, updated_at) VALUES (1, 'Coffee', 2000, 1, 1), (2, 'Tee', 0, 1, 1);
    INSERT INTO variants (id, product_id, sku, label, price, stock, created_at, updated_at) VALUES (1, 1, 'COF', '', 450, 9, 1, 1), (2, 2, 'TEE', '', 1500, 2, 1, 1);
    INSERT INTO orders (id, sequence, number, kind, status, payment_state, tax_mode, currency, item_count, subtotal, line_discount_total, order_discount_total,
      coupon_discount_total, tax_total, total, business_day, created_by, created_at, updated_at)
      VALUES (1, 1, 'A1', 'counter', 'delivered', 'paid', 'exclusive', 'USD', 2, 900, 0, 0, 0, 180, 1080, '2026-03-02', 'owner', 3, 4);
    INSERT INTO order_lines (id, order_id, position, variant_id, product_id, name, sku, unit_price, tax_rate_bp, quantity, quantity_returned, gross, line_discount,
      order_discount, coupon_discount, net, tax, total) VALUES (1, 1, 1, 1, 1, 'Coffee', 'COF', 450, 2000, 2, 0, 900, 0, 0, 0, 900, 180, 1080);
    INSERT INTO carts (id, status, created_at, updated_at) VALUES (7, 'active', 5, 5), (8, 'parked', 5, 5);
    INSERT INTO cart_lines (id, cart_id, variant_id, quantity, discount_kind, discount_value, created_at) VALUES (1, 7, 1, 3, 'percent', 1000, 5), (2, 7, 2, 1, NULL, 0, 5), (3, 8, 1, 2, NULL, 0, 6);
  `)
  return sqlite
}

const CART_LINE =
  'INSERT INTO cart_lines (cart_id, variant_id, kind, quantity, unit_price, price_reason, price_by, tax_rate_bp, amount, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 9)'

describe('migration 23: cart lines of their own, weighed and open-price products, where an order line’s price came from', () => {
  it('keeps every cart line as an item line, every order line as a catalog-priced line, and the foreign keys', () => {
    const sqlite = tillBefore23()
    const lines = sqlite.prepare('SELECT id, cart_id, variant_id, quantity, discount_kind, discount_value, created_at FROM cart_lines ORDER BY id').all()
    expect(migrate(sqlite, MIGRATIONS, () => 2000)).toEqual(MIGRATIONS.filter((migration) => migration.id >= 23).map((migration) => migration.id))
    expect(sqlite.prepare('SELECT id, cart_id, variant_id, quantity, discount_kind, discount_value, created_at FROM cart_lines ORDER BY id').all()).toEqual(
      lines
    )
    expect(sqlite.prepare('SELECT DISTINCT kind, unit_price, price_by, price_reason, name, tax_rate_bp, amount, code FROM cart_lines').all()).toEqual([
      { kind: 'item', unit_price: null, price_by: null, price_reason: '', name: '', tax_rate_bp: null, amount: null, code: '' }
    ])
    expect(sqlite.prepare('SELECT sold_by, price_source, list_price, price_reason, price_by FROM order_lines').all()).toEqual([
      { sold_by: 'each', price_source: 'catalog', list_price: null, price_reason: '', price_by: null }
    ])
    expect(sqlite.prepare('SELECT DISTINCT sold_by, open_price FROM products').all()).toEqual([{ sold_by: 'each', open_price: 0 }])
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(sqlite.prepare("SELECT name FROM sqlite_schema WHERE tbl_name = 'cart_lines' AND type = 'index' ORDER BY name").all()).toEqual([
      { name: 'cart_lines_cart' },
      { name: 'cart_lines_one_item' },
      { name: 'cart_lines_variant' }
    ])
    // a cart still takes its lines with it
    sqlite.prepare('DELETE FROM carts WHERE id = 8').run()
    expect(sqlite.prepare('SELECT count(*) AS n FROM cart_lines WHERE cart_id = 8').get()).toEqual({ n: 0 })
  })

  it('holds the line rules in the schema: one item line per product, any number of the other kinds, and the price columns consistent', () => {
    const sqlite = tillBefore23()
    migrate(sqlite, MIGRATIONS, () => 2000)
    const insert = sqlite.prepare(CART_LINE)
    expect(() => insert.run(7, 1, 'item', 1, null, '', null, null, null)).toThrow(/UNIQUE/)
    insert.run(7, 1, 'weighed', 1250, null, '', null, null, null)
    insert.run(7, 1, 'weighed', 1250, null, '', null, null, null)
    insert.run(7, 1, 'label', 250, null, '', null, null, 599)
    insert.run(7, 1, 'open', 1, 350, '', null, 700, null)
    for (const bad of [
      [7, 2, 'open', 1, null, '', null, 700, null], // an open line has its price
      [7, 2, 'open', 1, 350, '', null, null, null], // and its tax rate
      [7, 2, 'weighed', 1, null, '', null, 700, null], // only an open line types a tax rate
      [7, 2, 'weighed', 1, 900, '', null, null, null], // an override names who allowed it
      [7, 2, 'weighed', 1, 900, '', 'max', null, null], // and why
      [7, 2, 'weighed', 1, null, 'why', null, null, null], // no reason without an override
      [7, 2, 'weighed', 1, null, '', null, null, 599], // an amount is a label's
      [8, 2, 'open', 100_001, 350, '', null, 700, null], // so does an open line
      [8, 2, 'item', 100_001, null, '', null, null, null], // a counted line holds 100,000 units
      [7, 2, 'scoop', 1, null, '', null, null, null]
    ]) {
      expect(() => insert.run(...bad)).toThrow(/CHECK/)
    }
    insert.run(7, 2, 'weighed', 100_000_000, 900, 'Dented', 'max', null, null)
    expect(() => sqlite.prepare("UPDATE products SET sold_by = 'stone' WHERE id = 1").run()).toThrow(/CHECK/)
    expect(() => sqlite.prepare("UPDATE order_lines SET price_source = 'guess' WHERE id = 1").run()).toThrow(/CHECK/)
  })
})
