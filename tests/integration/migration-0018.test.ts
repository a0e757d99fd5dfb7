import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../src/main/db/migrate'
import { MIGRATIONS } from '../../src/main/db/migrations'
import { openSqlite } from '../../src/main/db/open'
import { migrationTills } from '../support/migration-tills'

const tills = migrationTills('tillpoint-m18-')

/** A till of every other migration (as a till upgraded before 18 existed is), holding a catalog, a sale, a return, a cart in progress and the journal. */
function populatedPreviousTill(): BetterSqlite3.Database {
  const dir = tills.dir()
  const sqlite = openSqlite(join(dir, 'till.sqlite'))
  expect(
    migrate(
      sqlite,
      MIGRATIONS.filter((migration) => migration.id !== 18),
      () => 1000
    )
  ).not.toContain(18)
  sqlite.exec(`
    INSERT INTO products (id, name, tax_rate_bp, created_at, updated_at) VALUES (1, 'Coffee', 2000, 1, 1), (2, 'Tee', 0, 1, 1);
    INSERT INTO variants (id, product_id, sku, barcode, label, price, stock, low_stock_threshold, created_at, updated_at, cost)
      VALUES (1, 1, 'COF', '036000291452', '', 450, 9, 3, 1, 1, 200), (2, 2, 'TEE-S', 'Tee-s', 'S', 1500, 2, 5, 1, 1, NULL), (3, 2, 'TEE-M', NULL, 'M', 1500, 0, 0, 1, 1, NULL);
    INSERT INTO stock_movements (id, variant_id, delta, stock_after, reason, note, order_id, actor_id, created_at, approver_id)
      VALUES (1, 1, 10, 10, 'initial', '', NULL, 'owner', 1, NULL), (2, 2, 2, 2, 'received', 'box', NULL, 'cara', 2, 'max'), (3, 1, -2, 8, 'sale', 'A1', 1, 'owner', 3, NULL),
             (4, 1, 1, 9, 'return', 'A1', 1, 'owner', 4, NULL);
    INSERT INTO orders (id, sequence, number, kind, status, payment_state, tax_mode, currency, item_count, subtotal, line_discount_total, order_discount_total,
      coupon_discount_total, tax_total, total, business_day, created_by, created_at, updated_at)
      VALUES (1, 1, 'A1', 'counter', 'delivered', 'partially_refunded', 'exclusive', 'USD', 2, 900, 0, 0, 0, 180, 1080, '2026-03-02', 'owner', 3, 4);
    INSERT INTO order_lines (id, order_id, position, variant_id, product_id, name, sku, unit_price, tax_rate_bp, quantity, quantity_returned, gross, line_discount,
      order_discount, coupon_discount, net, tax, total) VALUES (1, 1, 1, 1, 1, 'Coffee', 'COF', 450, 2000, 2, 1, 900, 0, 0, 0, 900, 180, 1080);
    INSERT INTO order_returns (order_id, order_line_id, quantity, damaged, refund_amount, business_day, actor_id, created_at) VALUES (1, 1, 1, 0, 540, '2026-03-02', 'owner', 4);
    INSERT INTO carts (id, status, created_at, updated_at) VALUES (7, 'active', 5, 5);
    INSERT INTO cart_lines (cart_id, variant_id, quantity, created_at) VALUES (7, 2, 1, 5), (7, 3, 4, 5);
  `)
  return sqlite
}

function rows(sqlite: BetterSqlite3.Database, sql: string): unknown[] {
  return sqlite.prepare(sql).all()
}

/** Every schema object but the two rebuilt tables' own CREATE TABLE text. */
function schemaBesidesRebuilt(sqlite: BetterSqlite3.Database): unknown[] {
  return rows(
    sqlite,
    "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE NOT (type = 'table' AND name IN ('variants', 'stock_movements')) ORDER BY type, name"
  )
}

describe('migration 18: variants and stock_movements rebuilt for sell anyway', () => {
  it('upgrades a populated till: every row, index, trigger and foreign key kept, no cart line lost to a cascade', () => {
    const sqlite = populatedPreviousTill()
    const variants = rows(sqlite, 'SELECT *, barcode_key FROM variants ORDER BY id')
    const movements = rows(sqlite, 'SELECT * FROM stock_movements ORDER BY id')
    const schema = schemaBesidesRebuilt(sqlite)
    const foreignKeys = ['variants', 'stock_movements', 'cart_lines', 'order_lines'].map((table) => rows(sqlite, `PRAGMA foreign_key_list(${table})`))
    const columns = rows(sqlite, 'PRAGMA table_xinfo(variants)')
    const others = ['cart_lines', 'order_lines', 'order_returns', 'orders', 'products'].map((table) => rows(sqlite, `SELECT * FROM ${table} ORDER BY 1`))

    expect(migrate(sqlite, MIGRATIONS, () => 2000)).toEqual([18])

    expect(rows(sqlite, 'SELECT *, barcode_key FROM variants ORDER BY id')).toEqual(variants)
    expect(rows(sqlite, 'SELECT * FROM stock_movements ORDER BY id')).toEqual(movements.map((row) => ({ ...(row as object), allowed_by: null })))
    expect(schemaBesidesRebuilt(sqlite)).toEqual(schema)
    expect(['variants', 'stock_movements', 'cart_lines', 'order_lines'].map((table) => rows(sqlite, `PRAGMA foreign_key_list(${table})`))).toEqual(foreignKeys)
    expect(rows(sqlite, 'PRAGMA table_xinfo(variants)')).toEqual(columns)
    expect(['cart_lines', 'order_lines', 'order_returns', 'orders', 'products'].map((table) => rows(sqlite, `SELECT * FROM ${table} ORDER BY 1`))).toEqual(
      others
    )
    expect(rows(sqlite, 'PRAGMA foreign_key_check')).toEqual([])
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(rows(sqlite, "SELECT name FROM sqlite_schema WHERE name LIKE '%_rebuilt'")).toEqual([])

    // What the rebuild is for: stock below zero, named by who allowed it; the rest still holds.
    sqlite
      .prepare(
        "INSERT INTO stock_movements (variant_id, delta, stock_after, reason, actor_id, allowed_by, created_at) VALUES (3, -1, -1, 'sale', 'cara', 'max', 6)"
      )
      .run()
    sqlite.prepare('UPDATE variants SET stock = -1 WHERE id = 3').run()
    expect(() => sqlite.prepare('UPDATE variants SET price = -1 WHERE id = 3').run()).toThrow(/CHECK constraint/)
    expect(() => sqlite.prepare("INSERT INTO variants (product_id, sku, price, created_at, updated_at) VALUES (1, 'cof', 1, 1, 1)").run()).toThrow(/UNIQUE/)
    expect(() => sqlite.prepare("INSERT INTO variants (product_id, sku, price, created_at, updated_at) VALUES (99, 'X', 1, 1, 1)").run()).toThrow(/FOREIGN KEY/)
    expect(() => sqlite.prepare('DELETE FROM variants WHERE id = 1').run()).toThrow(/FOREIGN KEY/)
    expect(rows(sqlite, "SELECT id FROM variants WHERE barcode_key = '00036000291452'")).toEqual([{ id: 1 }])
    sqlite.close()
  })

  it('leaves the journal’s append-only triggers in force', () => {
    const sqlite = populatedPreviousTill()
    sqlite
      .prepare("INSERT INTO journal (seq, formula, at, till_id, command, orders, body, prev_hash, hash) VALUES (1, 1, 1, 't', 'genesis', '[]', '{}', ?, ?)")
      .run('0'.repeat(64), '1'.repeat(64))
    migrate(sqlite, MIGRATIONS, () => 2000)
    expect(rows(sqlite, "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'journal_%' ORDER BY name")).toHaveLength(4)
    expect(() => sqlite.prepare("UPDATE journal SET command = 'x'").run()).toThrow(/append-only/)
    sqlite.close()
  })

  it('rolls back whole and turns foreign keys back on when the rebuild would break a reference', () => {
    const sqlite = populatedPreviousTill()
    // A cart line whose variant is gone (possible only with foreign keys off, as an old tool might leave it).
    sqlite.pragma('foreign_keys = OFF')
    sqlite.prepare('INSERT INTO cart_lines (cart_id, variant_id, quantity, created_at) VALUES (7, 404, 1, 5)').run()
    sqlite.pragma('foreign_keys = ON')
    const schema = rows(sqlite, 'SELECT name, sql FROM sqlite_schema ORDER BY name')
    expect(() => migrate(sqlite, MIGRATIONS, () => 2000)).toThrow(/pointing at missing variants rows/)
    expect(rows(sqlite, 'SELECT name, sql FROM sqlite_schema ORDER BY name')).toEqual(schema)
    expect(rows(sqlite, 'SELECT id FROM schema_migrations WHERE id = 18')).toEqual([])
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    sqlite.close()
  })
})
