import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../src/main/db/migrate'
import { MIGRATIONS } from '../../src/main/db/migrations'
import { openSqlite } from '../../src/main/db/open'
import { migrationTills } from '../support/migration-tills'

const tills = migrationTills('tillpoint-m0020-')

const REBUILT = ['order_events', 'shift_methods']

/** Every index and trigger, and every table but the two rebuilt, as SQLite keeps them. */
function schemaOf(sqlite: BetterSqlite3.Database): unknown[] {
  return sqlite
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE NOT (type = 'table' AND name IN (${REBUILT.map(() => '?').join(', ')})) ORDER BY type, name`
    )
    .all(...REBUILT)
}

function foreignKeysOf(sqlite: BetterSqlite3.Database): unknown[] {
  return sqlite
    .prepare(
      `SELECT m.name, p."table", p."from", p."to", p.on_update, p.on_delete FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) p WHERE m.type = 'table' ORDER BY m.name, p.id, p.seq`
    )
    .all()
}

function rowsOf(sqlite: BetterSqlite3.Database): Record<string, unknown[]> {
  return Object.fromEntries(REBUILT.map((table) => [table, sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]))
}

/** A till of the schema before migration 20, with an order, its history and a shift's per-method totals. */
function previousSchemaTill(dir: string): BetterSqlite3.Database {
  const sqlite = openSqlite(join(dir, 'till.sqlite'))
  migrate(
    sqlite,
    MIGRATIONS.filter((migration) => migration.id < 20),
    () => 1
  )
  sqlite.exec(`
    INSERT INTO shifts (id, status, opened_at, opened_by_id, opened_by_name, float_amount, float_denominations) VALUES (1, 'open', 1, 'owner', 'Owner', 5000, '[]');
    INSERT INTO orders (id, sequence, number, kind, status, payment_state, tax_mode, currency, item_count, subtotal, line_discount_total, order_discount_total,
      coupon_discount_total, tax_total, total, paid_total, business_day, created_by, created_at, updated_at, shift_id)
      VALUES (1, 1, 'A-0001', 'pickup', 'confirmed', 'paid', 'inclusive', 'USD', 1, 250, 0, 0, 0, 0, 250, 250, '2026-12-06', 'owner', 1, 2, 1);
    INSERT INTO order_events (id, order_id, change, from_status, to_status, actor_id, actor_name, note, created_at, approver_id, approver_name, shift_id) VALUES
      (1, 1, 'created', NULL, 'pending', 'owner', 'Owner', '', 1, NULL, NULL, 1),
      (2, 1, 'payment', 'pending', 'pending', 'owner', 'Owner', 'paid in cash', 1, NULL, NULL, 1),
      (3, 1, 'status', 'pending', 'confirmed', 'owner', 'Owner', '', 2, 'manager', 'Manager', 1);
    INSERT INTO shift_methods (shift_id, method, payments, paid, refunds, refunded) VALUES (1, 'cash', 1, 250, 0, 0), (1, 'card', 0, 0, 1, 120);
  `)
  return sqlite
}

describe('migration 0020 (CHECKs on order event statuses and shift methods)', () => {
  it('upgrades a populated till: rows, indexes, triggers and foreign keys kept, and the new CHECKs refuse what the types forbid', async () => {
    const dir = tills.dir()
    const before = previousSchemaTill(dir)
    const schema = schemaOf(before)
    const foreignKeys = foreignKeysOf(before)
    const rows = rowsOf(before)
    expect(schema.filter((row) => (row as { type: string }).type === 'trigger').length).toBeGreaterThan(0)
    // Migration 20 alone keeps every other table, index, trigger and foreign key as it was (later migrations change their own).
    migrate(
      before,
      MIGRATIONS.filter((migration) => migration.id <= 20),
      () => 1
    )
    expect(schemaOf(before)).toEqual(schema)
    expect(foreignKeysOf(before)).toEqual(foreignKeys)
    before.close()

    const till = tills.open(dir)
    const after = till.sqlite
    expect(after.prepare('SELECT id FROM schema_migrations WHERE id = 20').get()).toEqual({ id: 20 })
    expect(rowsOf(after)).toEqual(rows)
    expect(after.pragma('foreign_key_check')).toEqual([])
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok')

    const event =
      (to: string, from: string | null = 'pending') =>
      () =>
        after
          .prepare(
            `INSERT INTO order_events (order_id, change, from_status, to_status, actor_id, actor_name, created_at) VALUES (1, 'status', ?, ?, 'owner', 'Owner', 3)`
          )
          .run(from, to)
    expect(event('on-the-way')).toThrow(/CHECK constraint failed/)
    expect(event('shipped', 'lost')).toThrow(/CHECK constraint failed/)
    expect(() =>
      after.prepare(`INSERT INTO shift_methods (shift_id, method, payments, paid, refunds, refunded) VALUES (1, 'voucher', 1, 1, 0, 0)`).run()
    ).toThrow(/CHECK constraint failed/)

    const detail = await till.ok('orders.get', { orderId: 1 })
    expect(detail.events.map((entry) => [entry.change, entry.from, entry.to])).toEqual([
      ['created', null, 'pending'],
      ['payment', 'pending', 'pending'],
      ['status', 'pending', 'confirmed']
    ])
  })
})
