import { describe, expect, it } from 'vitest'
import { DAY, migrationTills, onTillFile, tradeOn } from '../support/migration-tills'
import { seedProducts } from '../support/seed-products'
import { sellAtCounter } from '../support/sales'
import { readRollup, recomputeRollup } from '../support/stats-recompute'

const tills = migrationTills('tillpoint-m0032-')

/**
 * Two days of trade with a weighed product: 1.250 kg of cheese at a cost of 13.37 a kg with a tea,
 * and, the next day, 0.333 kg of it returned; a third day sells tea only.
 */
async function tillWithWeighedTrade(dir: string): Promise<void> {
  await tradeOn(dir, async (till) => {
    const [tea, cheese] = await seedProducts(till.context, [
      { name: 'Tea', price: 455, stock: 100, taxRateBp: 1000, cost: 180 },
      { name: 'Cheese', price: 2490, stock: 10_000, cost: 1337, soldBy: 'kg' }
    ])
    const cart = await till.ok('cart.current')
    await till.ok('cart.addLine', { cartId: cart.id, variantId: tea!.variantId, quantity: 2 })
    const { totals } = await till.ok('cart.addWeighedLine', { cartId: cart.id, variantId: cheese!.variantId, quantity: 1250 })
    const sale = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: totals.total }] })
    till.clock.advance(DAY)
    const weighed = sale.lines.find((line) => line.soldBy === 'kg')!
    await till.ok('orders.return', { orderId: sale.id, lines: [{ orderLineId: weighed.id, quantity: 333, damaged: false }] })
    till.clock.advance(DAY)
    await sellAtCounter(till, [{ variantId: tea!.variantId }])
  })
}

/** Puts back what the fold wrote before migration 32 (a weighed quantity counted as units) and un-applies it. */
function undoMigration32(dir: string): void {
  onTillFile(dir, (sqlite) =>
    sqlite.exec(`
    UPDATE stats_days SET
      cost = coalesce((SELECT sum(l.unit_cost * l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id
        WHERE o.business_day = stats_days.day AND l.unit_cost IS NOT NULL), 0)
        - coalesce((SELECT sum(l.unit_cost * r.quantity) FROM order_returns r JOIN order_lines l ON l.id = r.order_line_id
        WHERE r.business_day = stats_days.day AND l.unit_cost IS NOT NULL), 0),
      returned_items = coalesce((SELECT sum(r.quantity) FROM order_returns r WHERE r.business_day = stats_days.day), 0);
    DELETE FROM schema_migrations WHERE id = 32`)
  )
}

describe('migration 0032 (stats of weighed products)', () => {
  it('corrects the cost and returned items of days already folded with weighed lines, and leaves the others as they were', async () => {
    const dir = tills.dir()
    await tillWithWeighedTrade(dir)
    undoMigration32(dir)
    const wrong = onTillFile(dir, (old) => old.prepare('SELECT day, cost, returned_items FROM stats_days ORDER BY day').all())
    // 2 teas at 1.80 and 1250 "units" of cheese at 13.37; 333 "items" back at 13.37 each.
    expect(wrong).toEqual([
      { day: '2026-06-01', cost: 2 * 180 + 1250 * 1337, returned_items: 0 },
      { day: '2026-06-02', cost: -333 * 1337, returned_items: 333 },
      { day: '2026-06-03', cost: 180, returned_items: 0 }
    ])

    const till = tills.open(dir, Date.UTC(2026, 5, 3, 12, 0))
    expect(till.sqlite.prepare('SELECT id FROM schema_migrations WHERE id = 32').get()).toEqual({ id: 32 })
    // 1.250 kg x 13.37 = 16.7125 -> 16.71; 0.333 kg x 13.37 = 4.45221 -> 4.45; one weighing back.
    expect(till.sqlite.prepare('SELECT day, cost, returned_items FROM stats_days ORDER BY day').all()).toEqual([
      { day: '2026-06-01', cost: 360 + 1671, returned_items: 0 },
      { day: '2026-06-02', cost: -445, returned_items: 1 },
      { day: '2026-06-03', cost: 180, returned_items: 0 }
    ])
    expect(await readRollup(till.context.db)).toEqual(await recomputeRollup(till.context.db, 'UTC'))
  })
})
