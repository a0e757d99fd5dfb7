import { afterEach, describe, expect, it } from 'vitest'
import { seedProducts } from '../support/seed-products'
import { openTestTill, type TestTill } from '../support/test-till'

let till: TestTill
afterEach(async () => {
  await till.cleanup()
})

describe('stats of a weighed product', () => {
  it('count its weight in thousandths with its unit in the best sellers, and cost it by the weight sold', async () => {
    till = openTestTill({ start: Date.UTC(2026, 5, 1, 9, 0) })
    const [tea, cheese] = await seedProducts(till.context, [
      { name: 'Tea', price: 455, stock: 100, cost: 180 },
      { name: 'Cheese', price: 2490, stock: 10_000, cost: 1337, soldBy: 'kg' }
    ])
    const cart = await till.ok('cart.current')
    await till.ok('cart.addLine', { cartId: cart.id, variantId: tea!.variantId, quantity: 3 })
    await till.ok('cart.addWeighedLine', { cartId: cart.id, variantId: cheese!.variantId, quantity: 1250 })
    const { totals } = await till.ok('cart.addWeighedLine', { cartId: cart.id, variantId: cheese!.variantId, quantity: 1 })
    await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: totals.total }] })

    const stats = await till.ok('stats.overview', { from: '2026-06-01', to: '2026-06-01' })
    // 3 x 1.80, then 1.250 kg x 13.37 = 16.7125 -> 16.71 and 0.001 kg x 13.37 = 0.01337 -> 0.01.
    expect(stats.summary).toMatchObject({ costOfGoods: 540 + 1671 + 1 })
    expect(stats.topByUnits.map((row) => [row.name, row.units, row.soldBy])).toEqual([
      ['Cheese', 1251, 'kg'],
      ['Tea', 3, 'each']
    ])
  })
})
