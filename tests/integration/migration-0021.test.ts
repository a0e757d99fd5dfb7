import { describe, expect, it } from 'vitest'
import { migrationTills, onTillFile, tradeOn } from '../support/migration-tills'
import { seedProducts } from '../support/seed-products'
import { readStaffRollup, recomputeStaffRollup, type StaffRollup } from '../support/staff-stats-recompute'
import { TEST_OWNER_PIN, type TillWindow } from '../support/test-till'

const tills = migrationTills('tillpoint-m0021-')

const MANAGER_PIN = '4826'
const CASHIER_PIN = '7391'

/** A till with two days of sales by three people: counter and pickup sales, a later payment, a cancel and a return. */
async function tillWithHistory(dir: string): Promise<StaffRollup> {
  return tradeOn(dir, async (till) => {
    const managerId = await till.addStaff('Mia Manager', 'manager', MANAGER_PIN)
    const cashierId = await till.addStaff('Cal Cashier', 'cashier', CASHIER_PIN)
    const manager = till.window(2)
    const cashier = till.window(3)
    await manager.unlock(managerId, MANAGER_PIN)
    await cashier.unlock(cashierId, CASHIER_PIN)
    const [tea, mug] = await seedProducts(till.context, [
      { name: 'Tea', price: 455, stock: 1000 },
      { name: 'Mug', price: 1299, stock: 1000 }
    ])
    const sell = async (window: Pick<TillWindow, 'ok'>, variantId: number, kind: 'counter' | 'pickup', pay: boolean) => {
      const cart = await window.ok('cart.addLine', { cartId: (await window.ok('cart.current')).id, variantId, quantity: 2 })
      const payments = pay ? [{ method: 'cash' as const, amount: cart.totals.total }] : []
      return window.ok('cart.checkout', { cartId: cart.id, kind, payments })
    }
    const first = await sell(cashier, tea!.variantId, 'counter', true)
    const pickup = await sell(cashier, mug!.variantId, 'pickup', false)
    const doomed = await sell(manager, mug!.variantId, 'pickup', false)
    till.clock.advance(26 * 3_600_000)
    await cashier.ok('orders.pay', { orderId: pickup.id, payments: [{ method: 'cash', amount: pickup.total }] })
    await manager.ok('orders.cancel', { orderId: doomed.id })
    await cashier.approved({ staffId: managerId, pin: MANAGER_PIN }).ok('orders.return', {
      orderId: first.id,
      lines: [{ orderLineId: first.lines[0]!.id, quantity: 1, damaged: false }]
    })
    await sell(till, tea!.variantId, 'counter', true)
    const rollup = await readStaffRollup(till.context.db)
    expect(rollup).toEqual(await recomputeStaffRollup(till.context.db))
    // Three people with figures, over two days: the history is worth back-filling.
    expect(new Set(Object.keys(rollup).map((key) => key.split('|')[1]))).toEqual(new Set(['owner', managerId, cashierId]))
    return rollup
  })
}

/** Takes the till back to before migration 21 (its table gone, the migration not applied), optionally with its rollups never built. */
function undoMigration21(dir: string, rollupsBuilt: boolean): void {
  onTillFile(dir, (sqlite) => {
    sqlite.exec('DROP TABLE stats_staff_days; DELETE FROM schema_migrations WHERE id = 21')
    if (!rollupsBuilt) sqlite.exec('UPDATE stats_cursor SET built = 0 WHERE id = 1')
  })
}

describe('migration 0021 (sales and refunds per staff member)', () => {
  it('back-fills from the orders, payments and returns exactly what the fold had counted', async () => {
    const dir = tills.dir()
    const folded = await tillWithHistory(dir)
    undoMigration21(dir, true)

    const till = tills.open(dir)
    expect(till.sqlite.prepare('SELECT id FROM schema_migrations WHERE id = 21').get()).toEqual({ id: 21 })
    // Read straight after the migration, before any command could fold anything.
    expect(await readStaffRollup(till.context.db)).toEqual(folded)
    expect(await recomputeStaffRollup(till.context.db)).toEqual(folded)
  })

  it('leaves a till whose rollups were never built to the full rebuild, which lands on the same figures', async () => {
    const dir = tills.dir()
    const folded = await tillWithHistory(dir)
    undoMigration21(dir, false)

    const till = tills.open(dir)
    expect(await readStaffRollup(till.context.db)).toEqual({})
    await till.unlock('owner', TEST_OWNER_PIN)
    await till.ok('stats.byStaff', { from: '2026-06-01', to: '2026-06-02' })
    expect(await readStaffRollup(till.context.db)).toEqual(folded)
  })
})
