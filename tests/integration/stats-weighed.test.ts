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
    // By units counts pieces; the cheese is in the by-weight list, its weight in thousandths of a kg.
    expect(stats.topByUnits.map((row) => [row.name, row.units, row.soldBy])).toEqual([['Tea', 3, 'each']])
    expect(stats.topByWeight.map((row) => [row.name, row.units, row.soldBy])).toEqual([['Cheese', 1251, 'kg']])
    expect(stats.topByRevenue.map((row) => row.name)).toEqual(['Cheese', 'Tea'])
  })

  it('rank products sold by weight by the weight itself across kg, g and lb, net of returns, and pieces by pieces', async () => {
    till = openTestTill({ start: Date.UTC(2026, 5, 1, 9, 0) })
    const [mug, cheese, flour, nuts] = await seedProducts(till.context, [
      { name: 'Mug', price: 900, stock: 2_000 },
      { name: 'Cheese', price: 2490, stock: 10_000, soldBy: 'kg' },
      { name: 'Flour', price: 1, stock: 10_000_000, soldBy: 'g' },
      { name: 'Nuts', price: 1500, stock: 10_000, soldBy: 'lb' }
    ])
    const cart = await till.ok('cart.current')
    // 1,000 mugs, 1.8 kg of cheese, 1,500 g of flour (1.5 kg), 3.5 lb of nuts (1.59 kg).
    await till.ok('cart.addLine', { cartId: cart.id, variantId: mug!.variantId, quantity: 1_000 })
    await till.ok('cart.addWeighedLine', { cartId: cart.id, variantId: cheese!.variantId, quantity: 1_800 })
    await till.ok('cart.addWeighedLine', { cartId: cart.id, variantId: flour!.variantId, quantity: 1_500_000 })
    const { totals } = await till.ok('cart.addWeighedLine', { cartId: cart.id, variantId: nuts!.variantId, quantity: 3_500 })
    const order = await till.ok('cart.checkout', { cartId: cart.id, kind: 'counter', payments: [{ method: 'cash', amount: totals.total }] })
    const overview = () => till.ok('stats.overview', { from: '2026-06-01', to: '2026-06-01' })
    const weights = async () => (await overview()).topByWeight.map((row) => [row.name, row.units, row.soldBy])
    expect(await weights()).toEqual([
      ['Cheese', 1_800, 'kg'],
      ['Nuts', 3_500, 'lb'],
      ['Flour', 1_500_000, 'g']
    ])
    expect((await overview()).topByUnits.map((row) => [row.name, row.units])).toEqual([['Mug', 1_000]])
    // 0.5 kg of cheese comes back: 1.3 kg is now below the nuts' 1.59 kg.
    const cheeseLine = order.lines.find((line) => line.name === 'Cheese')!
    await till.ok('orders.return', { orderId: order.id, lines: [{ orderLineId: cheeseLine.id, quantity: 500 }] })
    expect(await weights()).toEqual([
      ['Nuts', 3_500, 'lb'],
      ['Flour', 1_500_000, 'g'],
      ['Cheese', 1_300, 'kg']
    ])
  })
})
