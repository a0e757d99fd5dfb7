import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sweepExpiredOrders } from '../../src/main/orders/expiry-sweep'
import { seedProducts, type SeededVariant } from '../support/seed-products'
import { sellAtCounter, takePickup } from '../support/sales'
import { openTestTill, snapshotDatabase, TEST_EPOCH, type TestTill } from '../support/test-till'

let till: TestTill
let jam: SeededVariant
beforeEach(async () => {
  till = openTestTill()
  await till.ok('settings.update', { holdMinutes: 30 })
  ;[jam] = (await seedProducts(till.context, [{ name: 'Plum Jam', price: 500, stock: 100 }])) as [SeededVariant]
})
afterEach(() => till.cleanup())

describe('stats.byStaff', () => {
  it("answers today's figures per person by default, with an automatic cancel listed without a name", async () => {
    const cashierId = await till.addStaff('Cal Cashier', 'cashier', '7391')
    const cashier = till.window(2)
    await cashier.unlock(cashierId, '7391')
    await sellAtCounter(till, [{ variantId: jam.variantId, quantity: 2 }])
    const cart = await cashier.ok('cart.addLine', { cartId: (await cashier.ok('cart.current')).id, variantId: jam.variantId, quantity: 3 })
    await cashier.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: cart.totals.total }] })
    await takePickup(till, [{ variantId: jam.variantId }])
    till.clock.advance(31 * 60_000)
    await sweepExpiredOrders(till.context)

    const report = await till.ok('stats.byStaff', {})
    expect(report.from).toBe(report.to)
    expect(report.people).toEqual([
      { staffId: cashierId, name: 'Cal Cashier', orders: 1, gross: 1500, cancels: 0, cancelled: 0, paid: 1500, returns: 0, refunds: 0, net: 1500 },
      { staffId: 'owner', name: 'Olive Owner', orders: 1, gross: 1000, cancels: 0, cancelled: 0, paid: 1000, returns: 0, refunds: 0, net: 1000 },
      { staffId: 'system:expiry', name: null, orders: 0, gross: 0, cancels: 1, cancelled: 500, paid: 0, returns: 0, refunds: 0, net: 0 }
    ])
    // Another range sees none of it.
    expect((await till.ok('stats.byStaff', { from: '2026-01-01', to: '2026-01-31' })).people).toEqual([])
    expect(new Date(TEST_EPOCH).toISOString().slice(0, 10)).toBe(report.from)
  })

  it('refuses a malformed range as VALIDATION and writes nothing', async () => {
    const cases = [
      [{ from: '2026-03-01' }, 'to'],
      [{ to: '2026-03-01' }, 'from'],
      [{ from: '2026-03-05', to: '2026-03-01' }, 'to'],
      [{ from: '2025-01-01', to: '2026-03-01' }, 'to'],
      [{ from: '1 March', to: '2026-03-01' }, 'from'],
      [{ from: '2026-03-01', to: '2026-03-02', top: 5 }, '']
    ] as const
    for (const [input, path] of cases) {
      const before = await snapshotDatabase(till)
      const result = await till.call('stats.byStaff', input)
      expect(result.ok).toBe(false)
      if (result.ok) continue
      expect(result.error.code).toBe('VALIDATION')
      expect(result.error.issues?.some((issue) => issue.path === path)).toBe(true)
      expect(await snapshotDatabase(till)).toEqual(before)
    }
  })
})
