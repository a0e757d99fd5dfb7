import type BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DAY, migrationTills, onTillFile, tradeOn } from '../support/migration-tills'
import { seedProducts } from '../support/seed-products'
import { sellAtCounter, takePickup } from '../support/sales'
import { readRollup, recomputeRollup } from '../support/stats-recompute'

const tills = migrationTills('tillpoint-m0026-')

/** A till with two days of trade: sales, a cancelled pickup, a return, a cart in progress. */
async function tillWithHistory(dir: string): Promise<void> {
  await tradeOn(dir, async (till) => {
    const [tea, mug] = await seedProducts(till.context, [
      { name: 'Tea', price: 455, stock: 100, taxRateBp: 1000, cost: 180 },
      { name: 'Mug', price: 1299, stock: 100 }
    ])
    const sale = await sellAtCounter(till, [{ variantId: tea!.variantId, quantity: 3 }, { variantId: mug!.variantId }])
    const doomed = await takePickup(till, [{ variantId: mug!.variantId, quantity: 2 }])
    till.clock.advance(DAY)
    await till.ok('orders.cancel', { orderId: doomed.id })
    await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: sale.lines[0]!.id, quantity: 1, damaged: false }] })
    await till.ok('cart.addLine', { cartId: (await till.ok('cart.current')).id, variantId: tea!.variantId, quantity: 2 })
  })
}

/** Takes the till back to before migration 26: its columns gone, the migration not applied. */
function undoMigration26(dir: string): void {
  onTillFile(dir, (sqlite) =>
    sqlite.exec(`
    ALTER TABLE order_lines DROP COLUMN unit_cost;
    ALTER TABLE stats_days DROP COLUMN cost;
    ALTER TABLE stats_days DROP COLUMN costed_sales;
    DELETE FROM schema_migrations WHERE id = 26`)
  )
}

type Tables = Record<string, unknown[]>

/** Every row of every table (the full-text indexes aside, they mirror their tables), read by the columns given or all. */
function everyRow(sqlite: BetterSqlite3.Database, columnsOf: (table: string) => string = () => '*'): Tables {
  const tables = sqlite
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name NOT LIKE '%_trigram%' AND name <> 'schema_migrations' ORDER BY name`
    )
    .all() as Array<{ name: string }>
  return Object.fromEntries(tables.map(({ name }) => [name, sqlite.prepare(`SELECT ${columnsOf(name)} FROM "${name}" ORDER BY 1`).all()]))
}

function columnsOf(sqlite: BetterSqlite3.Database, table: string): string[] {
  return (sqlite.prepare(`PRAGMA table_xinfo("${table}")`).all() as Array<{ name: string }>).map((column) => column.name)
}

describe('migration 0026 (the cost of each line sold, for the margin)', () => {
  it('upgrades a till with trade on it: every row kept, past lines with no cost, past days with no margin, and new sales keep their cost', async () => {
    const dir = tills.dir()
    await tillWithHistory(dir)
    undoMigration26(dir)
    const [before, oldColumns] = onTillFile(dir, (old) => {
      const rows = everyRow(old)
      return [rows, Object.fromEntries(Object.keys(rows).map((table) => [table, columnsOf(old, table)]))] as const
    })
    expect(before.order_lines).toHaveLength(3)
    expect(before.order_returns).toHaveLength(1)

    const till = tills.open(dir, Date.UTC(2026, 5, 2, 12, 0))
    expect(till.sqlite.prepare('SELECT id FROM schema_migrations WHERE id = 26').get()).toEqual({ id: 26 })
    // Read straight after the migration: the rows that were there, column for column.
    expect(everyRow(till.sqlite, (table) => oldColumns[table]!.map((column) => `"${column}"`).join(', '))).toEqual(before)
    expect(till.sqlite.prepare('SELECT DISTINCT unit_cost FROM order_lines').all()).toEqual([{ unit_cost: null }])
    expect(till.sqlite.prepare('SELECT DISTINCT cost, costed_sales FROM stats_days').all()).toEqual([{ cost: 0, costed_sales: 0 }])
    expect(till.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(till.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([])
    expect(await readRollup(till.context.db)).toEqual(await recomputeRollup(till.context.db, 'UTC'))

    // The till trades on: the cart kept from before sells with the cost the tea has now.
    const cart = await till.ok('cart.current')
    expect(cart.lines.map((line) => line.quantity)).toEqual([2])
    const sale = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
    const net = sale.lines[0]!.net
    const stats = await till.ok('stats.overview', { from: '2026-06-01', to: '2026-06-02' })
    expect(stats.summary).toMatchObject({ costOfGoods: 360, costedSales: net, margin: net - 360 })
    expect(await readRollup(till.context.db)).toEqual(await recomputeRollup(till.context.db, 'UTC'))
  })
})
